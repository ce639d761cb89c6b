/**
 * The link check reads every page's ids and links with an HTML parser: most of its time (about 35 s for
 * 20,000 pages, against 2–3 s to read and hash them). An incremental build leaves most pages as they were,
 * so what a page holds is remembered by the digest of its bytes: an unchanged page is not parsed again, nor
 * read when the index step passes on its digest (search-marks.ts: it knows every page's).
 * Whether its links still reach their targets is checked anew on every build, against every page.
 * Only the result of parsing is remembered, keyed by the exact bytes and by the parser's own source, so a
 * remembered answer is always the one parsing would give.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { digest } from '../digest.ts';
import { idsAndLinks, type BuiltPage, type PageLinks } from './internal-links.ts';
import { stringTable } from './string-table.ts';

interface Stored {
  parser: string;
  /** Every id and href once; pages refer to them by position (most links are shared by many pages). */
  strings: string[];
  pages: Record<string, [ids: number[], hrefs: number[]]>;
}

const parserVersion = digest(idsAndLinks.toString());

/** A page reader for findBrokenInternalLinks that remembers, and `save` to keep what this build read. */
export function linkMemory(file: string) {
  const previous = load(file);
  const { texts: strings, position } = stringTable();
  const pages: Stored['pages'] = {};
  let reused = 0;

  return {
    read(page: BuiltPage): PageLinks {
      const key = page.digest ?? digest(page.html);
      const known = previous.get(key);
      if (known) reused++;
      const links = known ?? idsAndLinks(page.html);
      pages[key] = [[...links.ids].map(position), [...links.hrefs].map(position)];
      return links;
    },
    /** Pages read from memory instead of parsed. */
    get reused() {
      return reused;
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ parser: parserVersion, strings, pages } satisfies Stored));
    },
  };
}

/** The remembered ids and links of a page by its digest (turned back into sets only when asked). */
function load(file: string): { get: (key: string) => PageLinks | undefined } {
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
  } catch {
    return { get: () => undefined };
  }
  if (stored.parser !== parserVersion) return { get: () => undefined };
  const text = (at: number) => stored.strings[at]!;
  return {
    get(key) {
      const page = Object.hasOwn(stored.pages, key) ? stored.pages[key] : undefined;
      return page && { ids: new Set(page[0].map(text)), hrefs: new Set(page[1].map(text)) };
    },
  };
}
