/**
 * The index step reads every page's words for the compound parts (compound-parts.ts) with an HTML parser:
 * about 0.4 ms a page, 2 s at 5,000 entries, on every build. A rebuild leaves most pages as they were, so a
 * page's words are remembered by the digest of its bytes, as the link check remembers its links
 * (link-memory.ts): an unchanged page is not read again. Keyed by the exact bytes and by the reader's own
 * source, so a remembered answer is always the one reading would give.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { digest } from '../digest.ts';
import { stringTable } from './string-table.ts';

interface Stored {
  reader: string;
  /** Every word once; lists refer to them by position (most words are on many pages). */
  words: string[];
  /** Each page's distinct words; a page read before and after the index step marked it shares one list. */
  lists: number[][];
  /** Page digest → its list. */
  pages: Record<string, number>;
}

/**
 * The reader's module (its constants say what counts as a word) and this one (the file's layout): a memory
 * written by another version of either is not used.
 */
const readerVersion = digest(
  ['./search-text.ts', './word-memory.ts']
    .map((module) => readFileSync(new URL(module, import.meta.url), 'utf8'))
    .join('\n'),
);

/**
 * The distinct words of pages (as `read` gives them) by the digest of their bytes, from this build or the
 * previous one; `save` keeps this build's for the next. Without a file, every page is read.
 */
export function wordMemory(file: string | undefined) {
  const previous = file === undefined ? undefined : load(file);
  const { texts: words, position } = stringTable();
  // A remembered word's position in the previous file → in this one: found by the word once, not per page.
  const moved: number[] = [];
  const lists: number[][] = [];
  const pages: Stored['pages'] = {};
  let reused = 0;

  return {
    /** The digests of the pages whose words are remembered. */
    remembered: previous?.keys ?? new Set<string>(),
    /** The distinct words of a page whose digest is `key`; `read` reads them (indexedWords), asked only when not remembered. */
    words(key: string, read: () => readonly string[]): readonly string[] {
      const known = previous?.list(key);
      if (known) {
        reused++;
        pages[key] = lists.push(known.map((at) => (moved[at] ??= position(previous!.words[at]!)))) - 1;
        return known.map((at) => previous!.words[at]!);
      }
      const distinct = [...new Set(read())];
      pages[key] = lists.push(distinct.map(position)) - 1;
      return distinct;
    },
    /** The page read as `key` was rewritten as `rewritten` with the same words (the index step's marks). */
    rewritten(key: string, rewritten: string) {
      pages[rewritten] = pages[key]!;
    },
    /** Pages whose words were remembered instead of read. */
    get reused() {
      return reused;
    },
    save() {
      if (file === undefined) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ reader: readerVersion, words, lists, pages } satisfies Stored));
    },
  };
}

/** The remembered words, and a page's list of them by its digest; nothing from a file another reader (or format) wrote. */
function load(
  file: string,
): Pick<Stored, 'words'> & { keys: ReadonlySet<string>; list: (key: string) => number[] | undefined } {
  const none = { words: [], keys: new Set<string>(), list: () => undefined };
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
  } catch {
    return none;
  }
  if (stored.reader !== readerVersion) return none;
  return {
    words: stored.words,
    keys: new Set(Object.keys(stored.pages)),
    list: (key) => (Object.hasOwn(stored.pages, key) ? stored.lists[stored.pages[key]!] : undefined),
  };
}

export type WordMemory = ReturnType<typeof wordMemory>;
