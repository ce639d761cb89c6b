/**
 * The downloads beside each entry's page (`<page>/citeer.bib`, `.ris`, `.json`), made by citation-js from
 * the page's CSL item: reference managers (Zotero, EndNote, Mendeley) and LaTeX import these.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CitationItem } from './citation.ts';

export const citationFormats = {
  bib: { label: 'BibTeX', contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type CitationFormat = keyof typeof citationFormats;
export const citationFormatNames = Object.keys(citationFormats) as CitationFormat[];

/** The file's name under the entry's page: /werkzame-elementen/x/citeer.bib. */
export const citationFileName = (format: CitationFormat) => `citeer.${format}`;

/**
 * RIS from citation-js's tags, one line per value. Its own text output breaks every value after 70
 * characters, which cuts long addresses in two and which stricter readers (astrocite) reject; the RIS
 * specification has one line per tag, ended by CR LF, from TY to ER.
 */
function risText(cite: Cite): string {
  const tags = cite.format('ris', { format: 'object' })[0]!;
  const { TY, ...rest } = tags;
  const lines = Object.entries(rest).flatMap(([tag, values]) =>
    [values].flat().map((value) => `${tag}  - ${value.replace(/\s+/g, ' ')}`),
  );
  return [`TY  - ${TY}`, ...lines, 'ER  - ', ''].join('\r\n');
}

/** The text of one download. */
export function citationFile(item: CitationItem, format: CitationFormat): string {
  const cite = new Cite(item);
  switch (format) {
    case 'bib':
      return cite.format('bibtex', { format: 'text' });
    case 'ris':
      return risText(cite);
    case 'json':
      return cite.format('data', { format: 'text' });
  }
}
