/**
 * How to cite an entry's page: one CSL-JSON item (the data model of the Citation Style Language, which
 * reference managers read) from which the APA text on the page and the BibTeX, RIS and CSL-JSON downloads
 * are all made, so they never disagree.
 */
import type { AnyEntry } from './entry-summary.ts';
import { entryPath } from '../schemas/collections.ts';
import { editorialDate } from './revisions.ts';

/** The site as publisher and website name in every citation. */
export const citationPublisher = 'Wat Werkt';

type DateParts = { 'date-parts': [[number, number, number]] };

/** The CSL-JSON fields a citation of an entry's page uses (https://citationstyles.org/, csl-data.json). */
export interface CitationItem {
  /** The page's path without slashes, `werkzame-elementen/vaste-ankerpersoon`: unique across collections. */
  id: string;
  /** The BibTeX key: citation-js accepts only letters, digits and _ there, and else makes up a key. */
  'citation-key': string;
  type: 'webpage';
  title: string;
  /** The organisations the entry names, as institutional authors (CSL "literal" names). */
  author: { literal: string }[];
  publisher: string;
  URL: string;
  /** The entry's editorial date: when it was last updated, or else first published. */
  issued: DateParts;
  /** The day the page was built: the version a reader sees was "geraadpleegd" that day. */
  accessed: DateParts;
  language: 'nl-NL';
  abstract: string;
}

const dateParts = (date: Date): DateParts => ({
  'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]],
});

export interface CitationContext {
  /** The page's canonical address. */
  url: string;
  /** The names of the entry's organisations, in the order the entry names them. */
  organisationNames: string[];
  /** The build date (src/lib/build-date.ts). */
  accessed: Date;
}

export function citationItem(entry: AnyEntry, { url, organisationNames, accessed }: CitationContext): CitationItem {
  const { data } = entry;
  const path = entryPath(entry.collection, entry.id).slice(1, -1);
  return {
    id: path,
    'citation-key': path.replace(/[^A-Za-z0-9]+/g, '_'),
    type: 'webpage',
    title: data.titel,
    author: organisationNames.map((literal) => ({ literal })),
    publisher: citationPublisher,
    URL: url,
    issued: dateParts(editorialDate(data)),
    accessed: dateParts(accessed),
    language: 'nl-NL',
    abstract: data.samenvatting,
  };
}
