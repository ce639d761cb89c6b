/**
 * One page at a time, what the index step's marking (search-marks.ts) does to a built page: read it for its
 * record and words, and write its word breaks and compound marks into it. Kept apart from the orchestration so
 * that worker threads (page-marks-worker.ts) run the same code over their share of the pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest } from '../digest.ts';
import { detached } from './built-pages.ts';
import { COMPOUND_PARTS } from './compound-parts.ts';
import { indexedWords, separateBlocks } from './search-text.ts';

/**
 * What the index step knows of a page as it leaves it: the digest of its bytes and, for a searchable page,
 * its date and marks. Recorded with the published site (reused-staging.ts), so a rebuild over that site need
 * not read the pages it kept.
 */
export interface IndexedPage {
  digest: string;
  date?: string | undefined;
  /** Absent for a page that is not searched. */
  marks?: string;
}

/** A page as read: its record, and of a searchable page its distinct words unless they are remembered. */
export interface ReadPage {
  file: string;
  page: IndexedPage;
  /** A searchable page's distinct words, as indexedWords reads them; absent when `remembered` has its digest. */
  words?: string[] | undefined;
  /** A searchable page that lacks its word breaks: they are written with its marks (writeMarks). */
  unseparated: boolean;
}

const searchable = /<main\b[^>]*\bdata-pagefind-body\b/;
/** The opening tag of a page's searchable part, which carries its marks: looked for there, not in the page. */
const searchableTag = new RegExp(`${searchable.source}[^>]*>`);
const dateSort = /data-pagefind-sort="datum:([^"]+)"/;

/**
 * Page `file` of the site at `root` read: its record, with its text's word breaks (search-text.ts). The breaks
 * are written at once into a page that is not searched; a searchable page is written once, with its marks.
 * Its words are read unless the digest of its text is among `remembered` (word-memory.ts).
 */
export function readPage(root: string, file: string, remembered: ReadonlySet<string>): ReadPage {
  const path = join(root, file);
  const html = readFileSync(path, 'utf8');
  const separated = separateBlocks(html);
  const tag = searchableTag.exec(separated)?.[0];
  const unseparated = separated !== html && tag !== undefined;
  if (separated !== html && !unseparated) writeFileSync(path, separated);
  const key = digest(separated);
  if (!tag) return { file, page: { digest: key }, unseparated };
  const page: IndexedPage = { digest: key, date: dateSort.exec(separated)?.[1], marks: marksOf(tag) };
  const words = remembered.has(key) ? undefined : [...new Set(indexedWords(separated))];
  return { file, page, words, unseparated };
}

/**
 * Writes page `file` with its word breaks and, when given, `marks` on its searchable part instead of any it
 * had; gives the digest of what it wrote when it was marked.
 */
export function writeMarks(root: string, file: string, marks: string | undefined): string | undefined {
  const path = join(root, file);
  const separated = separateBlocks(readFileSync(path, 'utf8'));
  const written = marks === undefined ? separated : markPage(separated, marks);
  writeFileSync(path, written);
  return marks === undefined ? undefined : digest(written);
}

/**
 * The bundle filter that builds before 2026-12-06 wrote on every page of a site in bundles. No search reads
 * it, yet Pagefind counted it on every search; a page kept from such a build (reused-staging.ts, or a
 * restored deploy cache) has it taken off here.
 */
const bundleMark = / data-pagefind-filter="bundel:[^"]*"/;
const partsMark = new RegExp(` data-pagefind-meta="${COMPOUND_PARTS}:[^"]*"`);

/** The marks of a page's searchable part: the compound parts as metadata (none when there are none). */
export const pageMarks = (parts: readonly string[]) =>
  parts.length === 0 ? '' : ` data-pagefind-meta="${COMPOUND_PARTS}:${parts.join(' ')}"`;

/**
 * The marks a page (or its searchable part's opening tag) carries, as pageMarks writes them: a copy
 * (detached), since the index step keeps every page's marks until all pages are read, and a match would keep
 * its page.
 */
export const marksOf = (html: string) =>
  detached((bundleMark.exec(html)?.[0] ?? '') + (partsMark.exec(html)?.[0] ?? ''));

/** The page with `marks` on its searchable part instead of any it had. */
const markPage = (html: string, marks: string) =>
  html
    .replace(bundleMark, '')
    .replace(partsMark, '')
    .replace(searchable, (main) => `${main}${marks}`);
