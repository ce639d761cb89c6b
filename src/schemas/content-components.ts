/**
 * The components editors may use in MDX, without importing them: the one place that says which exist,
 * which attributes each takes and which are required. The content check (src/checks/body-rules.ts) allows
 * exactly these; each component (src/components/content/) takes its props type from here.
 */

/** A value an attribute may take: free text, one of a list, a web address, or a video address. */
export type AttributeKind = 'text' | 'url' | 'video-url' | readonly string[];

export interface ComponentSpec {
  attributes: Readonly<Record<string, AttributeKind>>;
  required: readonly string[];
  /** What an editor uses it for, shown in messages and the editors' guide. */
  purpose: string;
}

export const contentComponentSpecs = {
  Kader: {
    attributes: { soort: ['info', 'tip', 'let-op'], titel: 'text' },
    required: [],
    purpose: 'een opvallend kader met een tip of waarschuwing',
  },
  Citaat: {
    attributes: { bron: 'text', rol: 'text' },
    required: ['bron'],
    purpose: 'een citaat met wie het zei',
  },
  Kerncijfer: {
    attributes: { waarde: 'text', label: 'text', bron: 'text' },
    required: ['waarde', 'label'],
    purpose: 'één opvallend cijfer met uitleg',
  },
  Video: {
    attributes: { url: 'video-url', titel: 'text', transcript: 'url', duur: 'text' },
    required: ['url', 'titel', 'transcript'],
    purpose: 'een link naar een video, met een uitgeschreven tekst',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ContentComponentName = keyof typeof contentComponentSpecs;

type Spec<N extends ContentComponentName> = (typeof contentComponentSpecs)[N];
type ValueOf<K> = K extends readonly (infer V)[] ? V : string;
type Attributes<N extends ContentComponentName> = Spec<N>['attributes'];
type Required<N extends ContentComponentName> = Spec<N>['required'][number];

/** A component's props as its spec describes them: required attributes required, the rest optional. */
export type ContentComponentProps<N extends ContentComponentName> = {
  [A in keyof Attributes<N> as A extends Required<N> ? A : never]: ValueOf<Attributes<N>[A]>;
} & {
  [A in keyof Attributes<N> as A extends Required<N> ? never : A]?: ValueOf<Attributes<N>[A]>;
};
