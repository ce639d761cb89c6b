/**
 * The search index's first half, in the build's own process: the pages get the word breaks a reader sees and
 * the compound parts Pagefind searches, written into the files, which search-index.ts then gives Pagefind.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest } from '../digest.ts';
import type { PlannedPage } from './bundle-plan.ts';
import { detached, htmlFilesIn, writtenAfter } from './built-pages.ts';
import { COMPOUND_PARTS, compoundParts, isPartWord } from './compound-parts.ts';
import { separateBlocks } from './search-text.ts';
import { wordMemory, type WordMemory } from './word-memory.ts';

export interface MarkOptions {
  /** Where to remember each page's words between builds (word-memory.ts); none: read every page. */
  memory?: string;
  /** The pages this build kept from the published site, which are not read again. */
  kept?: KeptPages | undefined;
}

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

/** The published site's pages as the index step left them (`pages`, by path inside the site). */
export interface KeptPages {
  pages: ReadonlyMap<string, IndexedPage>;
  /** A page changed after this moment (ms since the epoch) was written by this build: it is read. */
  since: number;
}

/** The site's pages as the index step leaves them: marked for Pagefind, written, not yet indexed. */
export interface MarkedSite {
  /**
   * Every page (path inside the site) as this step leaves it: what the next build over this site is told
   * (`kept`), and the digests by which the link check finds the pages it remembers without reading them
   * (link-memory.ts). Valid until a page is written again.
   */
  pages: ReadonlyMap<string, IndexedPage>;
  /** The searchable pages, with their dates. */
  searchable: PlannedPage[];
  /** Pages whose words were remembered from the previous build instead of read. */
  wordsReused: number;
  /** Pages kept from the published site, not read at all. */
  notRead: number;
}

const searchable = /<main\b[^>]*\bdata-pagefind-body\b/;
/** The opening tag of a page's searchable part, which carries its marks: looked for there, not in the page. */
const searchableTag = new RegExp(`${searchable.source}[^>]*>`);
const dateSort = /data-pagefind-sort="datum:([^"]+)"/;

/**
 * Every page gets the word breaks a reader sees (see search-text.ts) and each searchable page the parts of its
 * compounds (compound-parts.ts), written into the files, so that Pagefind's own CLI can read them itself, which
 * is much faster than feeding each page through its Node API (figures in the README's scale section). A page
 * Astro wrote is written once; a page kept from the previous build (reused-staging.ts) has both already, and
 * only a page whose marks differ is rewritten.
 */
export function markSearchPages(root: string, options: MarkOptions = {}): MarkedSite {
  const memory = wordMemory(options.memory);
  const { pages, searchable, pageWords, known, unseparated, notRead } = readPages(root, memory, options.kept);
  const partsOf = compoundParts(known);
  for (const { file } of searchable) {
    const page = pages.get(file)!;
    const wanted = pageMarks(partsOf(pageWords.get(file)!));
    const remarked = wanted !== page.marks;
    if (!remarked && !unseparated.has(file)) continue;
    const path = join(root, file);
    const separated = separateBlocks(readFileSync(path, 'utf8'));
    const marked = remarked ? markPage(separated, wanted) : separated;
    writeFileSync(path, marked);
    if (!remarked) continue;
    const key = digest(marked);
    memory.rewritten(page.digest, key);
    pages.set(file, { ...page, digest: key, marks: wanted });
  }
  memory.save();
  return { pages, searchable, wordsReused: memory.reused, notRead };
}

/**
 * Every page of the site with its word breaks (search-text.ts): what the index step knows of it (its digest,
 * and of a searchable page its date and marks); of each searchable page the words that can be compound parts,
 * and all of those words (the archive's vocabulary). The word breaks are written into the pages that are not
 * searched now; the searchable pages that lack them are listed (unseparated), to be written once with their
 * marks. Digests are of the pages with their breaks. A page kept from the published site (`kept`) is not read:
 * its record says all that, and the memory its words.
 */
export function readPages(root: string, memory: WordMemory, kept?: KeptPages) {
  const pages = new Map<string, IndexedPage>();
  const searchable: PlannedPage[] = [];
  // The archive's words, and each page's own (the same strings, so a page's list costs only its references).
  const vocabulary = new Map<string, string | undefined>();
  const pageWords = new Map<string, string[]>();
  const unseparated = new Set<string>();
  let notRead = 0;
  for (const file of htmlFilesIn(root)) {
    const path = join(root, file);
    const record = kept?.pages.get(file);
    const unchanged = record !== undefined && !writtenAfter(statSync(path), kept!.since);
    if (unchanged) notRead++;
    // `html` stays out of the record: a page read holds its whole text.
    const { html, ...page } =
      record && unchanged ? { ...record, html: () => readFileSync(path, 'utf8') } : readPage(path, file, unseparated);
    pages.set(file, page);
    if (page.marks === undefined) continue;
    searchable.push({ file, date: page.date });
    const words: string[] = [];
    for (const word of memory.words(page.digest, html)) {
      // Each distinct word is judged once (isPartWord folds it): undefined for one that cannot be a part.
      if (!vocabulary.has(word)) vocabulary.set(word, isPartWord(word) ? word : undefined);
      const part = vocabulary.get(word);
      if (part !== undefined) words.push(part);
    }
    pageWords.set(file, words);
  }
  const known = new Set([...vocabulary.values()].filter((word) => word !== undefined));
  return { pages, searchable, pageWords, known, unseparated, notRead };
}

/**
 * One page read: what its record would say, and its text with word breaks. The breaks are written into a page
 * that is not searched now; a searchable page that lacks them is listed in `unseparated`.
 */
function readPage(path: string, file: string, unseparated: Set<string>) {
  const html = readFileSync(path, 'utf8');
  const separated = separateBlocks(html);
  const tag = searchableTag.exec(separated)?.[0];
  if (separated !== html) {
    if (tag) unseparated.add(file);
    else writeFileSync(path, separated);
  }
  const key = digest(separated);
  const page: IndexedPage = tag
    ? { digest: key, date: dateSort.exec(separated)?.[1], marks: marksOf(tag) }
    : { digest: key };
  return { ...page, html: () => separated };
}

/**
 * The bundle filter that builds before 2026-12-06 wrote on every page of a site in bundles. No search reads
 * it, yet Pagefind counted it on every search; a page kept from such a build (reused-staging.ts, or a
 * restored deploy cache) has it taken off here.
 */
const bundleMark = / data-pagefind-filter="bundel:[^"]*"/;
const partsMark = new RegExp(` data-pagefind-meta="${COMPOUND_PARTS}:[^"]*"`);

/** The marks of a page's searchable part: the compound parts as metadata (none when there are none). */
const pageMarks = (parts: readonly string[]) =>
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
