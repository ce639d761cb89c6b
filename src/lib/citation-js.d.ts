/** The part of citation-js (which ships no types) that this project's tests use to read citations back. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
    /** `forceType` names the input's format instead of letting citation-js guess it (`@ris/file`). */
    static async(data: string, options?: { forceType?: string }): Promise<Cite>;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: { get(name: string): string; add(name: string, xml: string): void } } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
