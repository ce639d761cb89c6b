/**
 * The downloads beside each entry's page (`<page>/citeer.bib`, `.ris`, `.json`), written from the page's CSL
 * item: reference managers (Zotero, EndNote, Mendeley) and LaTeX import these. The two text formats are
 * written here, not by citation-js: its BibTeX left names unescaped (an organisation called
 * `X}}, url = {…` closed the author field and added a field of its own) and wrote `month = {nov 23}`, and
 * its RIS broke lines after 70 characters and cut the ID. The tests read every file back with two parsers.
 */
import { issuedParts, type CitationItem } from './citation.ts';

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
 * Every entry's CSL item in one file, which the page build writes (src/pages/citeer-alle.json.ts) and the
 * post-build step turns into the downloads beside each page, at the item's id (src/postbuild/citation-files.ts):
 * three endpoints an entry in Astro's page loop cost about a millisecond a file, as long as rendering all pages.
 */
export const CITATION_MANIFEST = 'citeer-alle.json';

/** Any run of white space, line breaks included, as one space: both formats are one line per field. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * BibTeX's and LaTeX's special characters as LaTeX commands. Braces become commands too, not \{ and \}:
 * BibTeX counts every brace in a field, escaped or not, so a lone one would end the field.
 */
const latexCommands: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const bibtexText = (text: string) => oneLine(text).replace(/[\\{}&%$#_~^]/g, (character) => latexCommands[character]!);

/**
 * A title with each word that holds a capital in braces: BibTeX styles and parsers lower-case a title's
 * words (sentence case), which would hit names ("Schouders Eronder"); braces around the whole title are
 * not enough for every reader. Zotero writes titles the same way.
 */
const bibtexTitle = (title: string) =>
  oneLine(title)
    .split(' ')
    .map((word) => (/\p{Lu}/u.test(word) ? `{${bibtexText(word)}}` : bibtexText(word)))
    .join(' ');

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * One @misc entry (every BibTeX style and biblatex know it). Each author in its own braces, so a name is
 * read as written, never split into first and last names; the month as BibTeX's own macro (`month = oct`).
 * A URL is written as it is: URL parsing already percent-encoded spaces and braces.
 */
function bibtex(item: CitationItem): string {
  const [year, month] = issuedParts(item);
  const fields: [string, string][] = [
    ['author', `{${item.author.map((author) => `{${bibtexText(author.literal)}}`).join(' and ')}}`],
    ['title', `{${bibtexTitle(item.title)}}`],
    ['publisher', `{${bibtexText(item.publisher)}}`],
    ['year', `{${year}}`],
    ['month', bibtexMonths[month - 1]!],
    ['url', `{${item.URL}}`],
    ['language', '{dutch}'],
  ];
  return `@misc{${item['citation-key']},\n${fields.map(([name, value]) => `\t${name} = ${value},\n`).join('')}}\n`;
}

/** RIS: one tag a line (values on one line), CR LF, from TY to ER. */
function ris(item: CitationItem): string {
  const [year, month, day] = issuedParts(item);
  const pad = (number: number) => String(number).padStart(2, '0');
  const tags: [string, string][] = [
    ['TY', 'ELEC'],
    ['TI', item.title],
    ...item.author.map((author): [string, string] => ['AU', author.literal]),
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
    ['PB', item.publisher],
    ['UR', item.URL],
    ['LA', item.language],
    ['AB', item.abstract],
    ['ID', item.id],
    ['ER', ''],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n') + '\r\n';
}

/** The text of one download. */
export function citationFile(item: CitationItem, format: CitationFormat): string {
  switch (format) {
    case 'bib':
      return bibtex(item);
    case 'ris':
      return ris(item);
    case 'json':
      return `${JSON.stringify([item], null, 2)}\n`;
  }
}
