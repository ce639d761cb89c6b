/**
 * A fake of Pagefind's browser API over a few pages of text, for unit tests of the search island's
 * workarounds (src/search/pagefind.ts). It copies the habits those workarounds exist for, as measured on the
 * real index (src/search/terms.ts): words match by prefix; a word that begins no indexed word falls back to
 * the longest indexed word it begins ("werkdruk" → "werk"); an exact ("quoted") word matches only itself;
 * and the stemmer gives some plurals a stem their singular does not begin ("schulden" → "schul"), and some
 * infinitives one their verb's stem does not begin ("voorkomen" → "voorkoom": "voorkom" finds "voor").
 * A page's compound parts (`parts`, the `woorddelen` metadata) are searched like its words but are not in
 * its text.
 * Results come by score (a page's `score`, 1 unless given), else in the pages' order; filters are `{ any }`
 * lists; sorting works as in a bundle. One fake stands for one bundle's Pagefind instance.
 */
import type { FilterCounts, PagefindInstance, PagefindResult, SearchOptions } from '../../src/search/pagefind-types.ts';
import { COMPOUND_PARTS } from '../../src/search/terms.ts';

export interface FakePage {
  url: string;
  title: string;
  text: string;
  filters?: Record<string, string[]>;
  sort?: Record<string, string>;
  /** Compound parts the build gave the page (src/postbuild/compound-parts.ts). */
  parts?: string[];
  /** Pagefind's relevance score of the page for any search that finds it. */
  score?: number;
}

const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
/**
 * Snowball's Dutch habits: "schulden" is indexed as "schul" (what the plural retry is for); an open
 * syllable's vowel is written double once "-en" goes ("voorkomen" → "voorkoom").
 */
const stem = (word: string) => word.replace(/lden$/, 'l').replace(/([^aeiouy])([aeiouy])([^aeiouy])en$/, '$1$2$2$3');

export function fakePagefind(pages: FakePage[]) {
  const indexed = pages.map((page) => ({
    page,
    words: [...page.text.split(/\s+/), ...(page.parts ?? [])].map(fold),
    length: page.text.split(/\s+/).length,
  }));
  const vocabulary = [...new Set(indexed.flatMap(({ words }) => words.map(stem)))];
  const searches: (string | null)[] = [];

  const positions = (words: string[], term: string, exact: boolean) => {
    const wanted = stem(fold(term));
    const hits = (w: string) => (exact ? w === wanted : stem(w).startsWith(wanted));
    if (!exact && !vocabulary.some((w) => w.startsWith(wanted))) {
      const fallback = vocabulary
        .filter((w) => wanted.startsWith(w) && w.length > 2)
        .sort((a, b) => b.length - a.length)[0];
      if (!fallback) return [];
      return words.flatMap((w, i) => (stem(w) === fallback ? [i] : []));
    }
    return words.flatMap((w, i) => (hits(w) || (exact && stem(w) === wanted) ? [i] : []));
  };

  const api: PagefindInstance = {
    preload: async () => {},
    filters: async () => countFilters(pages),
    search: async (term: string | null, options: SearchOptions = {}) => {
      searches.push(term);
      const exact = term !== null && /^\s*".+"\s*$/.test(term);
      const terms = term === null ? [] : term.replace(/"/g, '').trim().split(/\s+/);
      let found = indexed.flatMap(({ page, words, length }) => {
        const matches = terms.map((t) => positions(words, t, exact));
        if (matches.some((m) => m.length === 0)) return [];
        // A match in the compound parts has no place in the text.
        const locations = matches.flat().filter((location) => location < length);
        const filtered = Object.entries(options.filters ?? {}).every(([key, { any }]) =>
          any.some((value) => page.filters?.[key]?.includes(value)),
        );
        return filtered ? [{ page, locations }] : [];
      });
      const [sorted] = Object.entries(options.sort ?? {});
      if (sorted) {
        const [key, direction] = sorted;
        found = found
          .filter(({ page }) => page.sort?.[key] !== undefined)
          .sort((a, b) => (direction === 'asc' ? 1 : -1) * a.page.sort![key]!.localeCompare(b.page.sort![key]!));
      } else found.sort((a, b) => (b.page.score ?? 1) - (a.page.score ?? 1));
      const results: PagefindResult[] = found.map(({ page, locations }) => ({
        id: page.url,
        ...(!sorted && { score: page.score ?? 1 }),
        data: async () => ({
          url: page.url,
          excerpt: '',
          meta: { title: page.title, ...(page.parts && { [COMPOUND_PARTS]: page.parts.join(' ') }) },
          filters: page.filters ?? {},
          sub_results: [],
          content: page.text,
          locations,
        }),
      }));
      return { results, filters: countFilters(found.map(({ page }) => page)) };
    },
  };
  return { api, searches };
}

function countFilters(pages: FakePage[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const page of pages)
    for (const [key, values] of Object.entries(page.filters ?? {}))
      for (const value of values) (counts[key] ??= {})[value] = (counts[key][value] ?? 0) + 1;
  return counts;
}
