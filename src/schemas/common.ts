/**
 * Schema parts shared by the content collections. Field names are Dutch because editors write them in
 * frontmatter; zod reports problems by these names, so messages speak the editor's language.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import type { AnyCollection } from './collections.ts';
import { lastDay, parseFuzzyDate } from './fuzzy-date.ts';

/** A non-empty line of text, trimmed. */
export const text = (label: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${label} is verplicht`
          : // The usual cause: an unquoted colon makes YAML read "a: b" as a field instead of text.
            `${label} moet tekst zijn. Staat er een dubbele punt in? Zet de tekst dan tussen aanhalingstekens: '...'`,
    })
    .trim()
    .min(1, `${label} mag niet leeg zijn`);

/**
 * What to write instead of a date that is not one; for 14-10-2024 or 14/10/2024 the same day the right
 * way round.
 */
export function dateAdvice(input: unknown): string {
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(String(input));
  if (!dayFirst) return 'gebruik een datum als 2024-10-14';
  const [, day, month, year] = dayFirst as unknown as [string, string, string, string];
  return `schrijf de datum als ${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')} (jaar-maand-dag)`;
}

/** A calendar day, written 2024-10-14 (YAML makes it a Date). */
export const calendarDate = () => z.date({ error: (issue) => dateAdvice(issue.input) });

/**
 * A calendar date, exact (2024-10-14) or as precise as the source allows (2017-01 or 2017).
 * YAML turns a full date into a Date and leaves the shorter forms as text (or a number, for a bare year).
 */
export const fuzzyDate = z
  .union([z.date(), z.string(), z.number()], {
    error: 'gebruik een datum als 2024-10-14, of 2017-01 of 2017 als de bron niet preciezer is',
  })
  .transform((value, ctx) => {
    const parsed = parseFuzzyDate(value);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${String(value)}" is geen datum: gebruik 2024-10-14, of 2017-01 of 2017 als de bron niet preciezer is`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/** The span something ran: a start (as precise as known) or at least a length, and perhaps an end. */
export const period = z
  .strictObject({
    start: fuzzyDate.optional(),
    eind: fuzzyDate.optional(),
    duur: text('De duur').optional(),
  })
  .refine((p) => p.start || p.duur, 'Geef een "start"-datum of een "duur" (bijvoorbeeld: een half jaar)')
  .refine((p) => !p.start || !p.eind || p.start.start <= lastDay(p.eind), 'De einddatum ligt vóór de startdatum');

/** A clock time written as 09:30. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'schrijf een tijd als 09:30');

/** A figure that is either one number or a range (deelnemers: 300, or deelnemers: { van: 25, tot: 60 }). */
export const numberOrRange = (options: { integer: boolean; max?: number }) => {
  let n = z.number({ error: 'moet een getal zijn' }).nonnegative('mag niet negatief zijn');
  if (options.integer) n = n.int('moet een heel getal zijn');
  if (options.max !== undefined) n = n.max(options.max, `mag niet hoger zijn dan ${options.max}`);
  return z
    .union([n, z.strictObject({ van: n, tot: n })], {
      error: 'schrijf één getal, of een bereik als { van: 25, tot: 60 }',
    })
    .transform((value) => (typeof value === 'number' ? { van: value, tot: value } : value))
    .refine((range) => range.van <= range.tot, '"van" moet kleiner zijn dan of gelijk aan "tot"');
};

/**
 * A web address on the open web. zod's url() accepts any scheme, javascript: and data: included, and these
 * addresses become links on the site: only http and https pass.
 */
export const webAddress = z.url({
  protocol: /^https?$/,
  error: 'moet een volledig webadres zijn dat begint met https://',
});

/** Kinds of source, so a reader sees at a glance whether a claim rests on research or on a web page. */
export const sourceKinds = ['onderzoek', 'review', 'praktijkbeschrijving', 'rapport', 'webpagina'] as const;

/** Where a fact comes from: shown as a numbered source list and required on every entry. */
export const source = z.strictObject({
  titel: text('De titel van de bron'),
  url: webAddress,
  uitgever: text('De uitgever van de bron'),
  /** Authors, when the source names them (a DOI can go in url as https://doi.org/...). */
  auteurs: text('De auteurs').optional(),
  jaar: z.number().int().min(1900).max(2100).optional(),
  soort: z.enum(sourceKinds, { error: `kies een soort bron uit: ${sourceKinds.join(', ')}` }).optional(),
});

/** A person in the public role the source gives them (speaker, trainer). */
export const person = z.strictObject({
  naam: text('De naam'),
  rol: text('De rol').optional(),
});

/** How Astro stores a reference() field, and how the editors' check produces it too. */
export interface StoredReference {
  collection: string;
  id: string;
}

/** True for a stored reference: exactly a collection name and an id. */
export const isStoredReference = (value: unknown): value is StoredReference =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as StoredReference).collection === 'string' &&
  typeof (value as StoredReference).id === 'string';

/**
 * What the entry schemas need from outside: in the site, Astro's image() and reference(); in the editors'
 * check (`npm run check`), stand-ins that read the same frontmatter without running Astro.
 */
export interface SchemaTools {
  image: SchemaContext['image'];
  reference: (collection: AnyCollection) => z.ZodType<StoredReference, string>;
}

/**
 * An image with required alt text. `image()` sends it through astro:assets (sharp), which gives it
 * width, height and modern formats.
 */
export const illustration = ({ image }: SchemaTools) =>
  z.strictObject({
    src: image(),
    alt: text('De alt-tekst van de afbeelding (een korte beschrijving voor wie het beeld niet ziet)'),
    bijschrift: z.string().trim().optional(),
  });

/**
 * A change to an entry that a reader should know of, noted by the editors in words for readers (GOV.UK's
 * change notes): shown under "Geschiedenis van deze pagina", the latest one as "laatst bijgewerkt".
 */
export const revision = z
  .strictObject({
    datum: calendarDate().describe('De dag van de wijziging, bijvoorbeeld 2026-10-14.'),
    notitie: text('De notitie bij de wijziging')
      .max(200, 'De notitie bij de wijziging mag hoogstens 200 tekens hebben: zeg in één zin wat er veranderd is')
      .regex(/^[^\r\n]*$/, 'De notitie bij de wijziging moet op één regel staan')
      .describe(
        'Wat er voor de lezer veranderd is, in één korte zin, bijvoorbeeld: Resultaten van de evaluatie toegevoegd.',
      ),
  })
  .describe('Een inhoudelijke wijziging: de datum en een korte notitie voor de lezer.');

/** Fields every publishable entry (element, example, report, programme) shares. */
export const entryBase = (tools: SchemaTools) =>
  z.strictObject({
    titel: text('De titel'),
    samenvatting: z
      .string({ error: 'De samenvatting is verplicht' })
      .trim()
      .min(20, 'De samenvatting moet minstens 20 tekens hebben')
      .max(320, 'De samenvatting mag hoogstens 320 tekens hebben: houd haar kort, de rest hoort in de tekst'),
    themas: z.array(tools.reference('themes')).min(1, 'Noem minstens één thema'),
    organisaties: z.array(tools.reference('organisations')).min(1, 'Noem minstens één organisatie'),
    bronnen: z.array(source).min(1, 'Noem minstens één bron met een link'),
    afbeelding: illustration(tools).optional(),
    gepubliceerd: calendarDate(),
    wijzigingen: z
      .array(revision)
      .min(1, 'Laat wijzigingen weg als er nog geen inhoudelijke wijziging is')
      .optional()
      .describe(
        'Inhoudelijke wijzigingen na de publicatie, elk met datum en notitie voor de lezer. Een kleine correctie (tikfout) hoeft er niet in.',
      ),
  });
