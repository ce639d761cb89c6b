/** The part of citation-js (which ships no types) that this project uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    /** RIS as tags and values, one record per item. */
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
    format(format: 'bibtex' | 'ris' | 'data', options?: { format?: 'text' }): string;
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
    static async(data: string): Promise<Cite>;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: { get(name: string): string; add(name: string, xml: string): void } } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
