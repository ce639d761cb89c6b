/**
 * The search index's first half, in the build's own process and its worker threads (page-threads.ts): the
 * pages get the word breaks a reader sees and the compound parts Pagefind searches, written into the files,
 * which search-index.ts then gives Pagefind.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannedPage } from './bundle-plan.ts';
import { htmlFilesIn, writtenAfter } from './built-pages.ts';
import { compoundParts, isPartWord } from './compound-parts.ts';
import { pageMarks, type IndexedPage } from './page-marks.ts';
import { pageThreads, type PageMarks, type PageThreads } from './page-threads.ts';
import { indexedWords } from './search-text.ts';
import { wordMemory, type WordMemory } from './word-memory.ts';

export interface MarkOptions {
  /** Where to remember each page's words between builds (word-memory.ts); none: read every page. */
  memory?: string;
  /** The pages this build kept from the published site, which are not read again. */
  kept?: KeptPages | undefined;
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

/**
 * Every page gets the word breaks a reader sees (see search-text.ts) and each searchable page the parts of its
 * compounds (compound-parts.ts), written into the files, so that Pagefind's own CLI can read them itself, which
 * is much faster than feeding each page through its Node API (figures in the README's scale section). A page
 * Astro wrote is written once; a page kept from the previous build (reused-staging.ts) has both already, and
 * only a page whose marks differ is rewritten.
 */
export async function markSearchPages(root: string, options: MarkOptions = {}): Promise<MarkedSite> {
  const memory = wordMemory(options.memory);
  const threads = pageThreads(root, memory.remembered);
  try {
    const { pages, searchable, pageWords, known, unseparated, notRead } = await readPages(
      root,
      memory,
      options.kept,
      threads.read,
    );
    const partsOf = compoundParts(known);
    const writes: PageMarks[] = [];
    for (const { file } of searchable) {
      const wanted = pageMarks(partsOf(pageWords.get(file)!));
      const remarked = wanted !== pages.get(file)!.marks;
      if (remarked || unseparated.has(file)) writes.push([file, remarked ? wanted : undefined]);
    }
    const digests = await threads.mark(writes);
    writes.forEach(([file, marks], at) => {
      if (marks === undefined) return;
      const page = pages.get(file)!;
      memory.rewritten(page.digest, digests[at]!);
      pages.set(file, { ...page, digest: digests[at]!, marks });
    });
    memory.save();
    return { pages, searchable, wordsReused: memory.reused, notRead };
  } finally {
    await threads.close();
  }
}

/**
 * Every page of the site with its word breaks (search-text.ts): what the index step knows of it (its digest,
 * and of a searchable page its date and marks); of each searchable page the words that can be compound parts,
 * and all of those words (the archive's vocabulary). The word breaks are written into the pages that are not
 * searched now; the searchable pages that lack them are listed (unseparated), to be written once with their
 * marks. Digests are of the pages with their breaks. A page kept from the published site (`kept`) is not read:
 * its record says all that, and the memory its words. The other pages are read by `read` (page-threads.ts).
 */
export async function readPages(
  root: string,
  memory: WordMemory,
  kept: KeptPages | undefined,
  read: PageThreads['read'],
) {
  const pages = new Map<string, IndexedPage>();
  const searchable: PlannedPage[] = [];
  // The archive's words, and each page's own (the same strings, so a page's list costs only its references).
  const vocabulary = new Map<string, string | undefined>();
  const pageWords = new Map<string, string[]>();
  const unseparated = new Set<string>();

  const add = (file: string, page: IndexedPage, words: () => readonly string[]) => {
    pages.set(file, page);
    if (page.marks === undefined) return;
    searchable.push({ file, date: page.date });
    const parts: string[] = [];
    for (const word of memory.words(page.digest, words)) {
      // Each distinct word is judged once (isPartWord folds it): undefined for one that cannot be a part.
      if (!vocabulary.has(word)) vocabulary.set(word, isPartWord(word) ? word : undefined);
      const part = vocabulary.get(word);
      if (part !== undefined) parts.push(part);
    }
    pageWords.set(file, parts);
  };

  const written: string[] = [];
  let notRead = 0;
  for (const file of htmlFilesIn(root)) {
    const record = kept?.pages.get(file);
    if (record === undefined || writtenAfter(statSync(join(root, file)), kept!.since)) {
      written.push(file);
      continue;
    }
    notRead++;
    add(file, record, () => indexedWords(readFileSync(join(root, file), 'utf8')));
  }
  await read(written, ({ file, page, words, unseparated: lacksBreaks }) => {
    if (lacksBreaks) unseparated.add(file);
    add(file, page, () => words!);
  });
  const known = new Set([...vocabulary.values()].filter((word) => word !== undefined));
  return { pages, searchable, pageWords, known, unseparated, notRead };
}
