import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn } from './built-pages.ts';
import { separateBlocks } from './search-text.ts';

/**
 * Writes the Pagefind search index of a built site to `<root>/pagefind`; throws when Pagefind fails.
 * The pages first get the word breaks a reader sees (see search-text.ts), written into the files, so that
 * Pagefind's own CLI can read them itself, which is much faster than feeding each page through its Node
 * API (figures in the README's scale section).
 */
export function writeSearchIndex(root: string): { pages: number } {
  for (const file of htmlFilesIn(root)) {
    const path = join(root, file);
    const html = readFileSync(path, 'utf8');
    const separated = separateBlocks(html);
    if (separated !== html) writeFileSync(path, separated);
  }
  // The package's "bin": its main module is lib/index.js, the runner sits beside it.
  const cli = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');
  const run = spawnSync(process.execPath, [cli, '--site', root], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Pagefind could not build the search index:\n${run.stdout}\n${run.stderr}`);
  const pages = indexedPageCount(root);
  if (!pages) throw new Error(`Pagefind indexed no pages:\n${run.stdout}\n${run.stderr}`);
  return { pages };
}

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** How many pages the index holds, from Pagefind's own entry file (one count per language). */
function indexedPageCount(root: string): number {
  const entry = JSON.parse(readFileSync(join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
