/**
 * How to cite an entry's page: one CSL-JSON item (the data model of the Citation Style Language, which
 * reference managers read) from which the APA text on the page, the BibTeX, RIS and CSL-JSON downloads and
 * the citation meta tags in the page's head are all made, so they never disagree.
 *
 * The author is whoever wrote the page: the entry's `auteurs`, else the editorial team (settings). The
 * organisations an entry is about did not write it. There is no retrieval date: APA 7 asks for one only for
 * a page that is designed to change and not archived, and a version of an entry's page is fixed by its
 * editorial date (its newest change note, else `gepubliceerd`), the date in the reference; every version is kept in
 * the repository's history, which the page links. A build day would date the build, not the page.
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
  /** The BibTeX key: letters, digits and _ only, which every BibTeX reader takes. */
  'citation-key': string;
  type: 'webpage';
  title: string;
  /** Whoever wrote the page, as written (CSL "literal" names: a team, an organisation or "Jansen, P."). */
  author: { literal: string }[];
  publisher: string;
  URL: string;
  /** The entry's editorial date: when it was last updated, or else first published. */
  issued: DateParts;
  language: 'nl-NL';
  abstract: string;
}

export interface CitationContext {
  /** The page's canonical address. */
  url: string;
  /** The author of a page whose entry names none (settings.editorialTeam). */
  editorialTeam: string;
}

const dateParts = (date: Date): DateParts => ({
  'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]],
});

export function citationItem(entry: AnyEntry, { url, editorialTeam }: CitationContext): CitationItem {
  const { data } = entry;
  const path = entryPath(entry.collection, entry.id).slice(1, -1);
  return {
    id: path,
    'citation-key': path.replace(/[^A-Za-z0-9]+/g, '_'),
    type: 'webpage',
    title: data.titel,
    author: (data.auteurs ?? [editorialTeam]).map((literal) => ({ literal })),
    publisher: citationPublisher,
    URL: url,
    issued: dateParts(editorialDate(data)),
    language: 'nl-NL',
    abstract: data.samenvatting,
  };
}

/** The issued date as numbers: year, month, day. */
export const issuedParts = (item: CitationItem) => item.issued['date-parts'][0];

export interface CitationMetaTag {
  name: string;
  content: string;
}

const padded = (number: number) => String(number).padStart(2, '0');

/**
 * The meta tags Zotero, Mendeley and Google Scholar read to save a page in one click: Highwire Press's
 * `citation_*` (one `citation_author` per author, the date as YYYY/MM/DD) and Dublin Core, from the same item.
 */
export function citationMetaTags(item: CitationItem): CitationMetaTag[] {
  const [year, month, day] = issuedParts(item);
  const authors = item.author.map((author) => author.literal);
  return [
    { name: 'citation_title', content: item.title },
    ...authors.map((content) => ({ name: 'citation_author', content })),
    { name: 'citation_publication_date', content: `${year}/${padded(month)}/${padded(day)}` },
    { name: 'citation_publisher', content: item.publisher },
    { name: 'citation_public_url', content: item.URL },
    { name: 'citation_language', content: 'nl' },
    { name: 'DC.title', content: item.title },
    ...authors.map((content) => ({ name: 'DC.creator', content })),
    { name: 'DC.date', content: `${year}-${padded(month)}-${padded(day)}` },
    { name: 'DC.publisher', content: item.publisher },
    { name: 'DC.identifier', content: item.URL },
    { name: 'DC.language', content: 'nl' },
  ];
}
