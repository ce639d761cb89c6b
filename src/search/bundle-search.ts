/**
 * Searching an index in bundles (bundles.ts) with a Pagefind instance per bundle: the bundles whose results
 * head the list are searched, and their results shown, before the others; a search that a newer one overtakes
 * stops between bundles (a Pagefind search itself cannot be stopped, and all instances share one worker).
 * Several bundles' results are merged as Pagefind's own `mergeIndex` merges them (by score, facet counts
 * summed), sorted ones in the sort's order across bundles. No DOM and no loading, so it is unit-tested
 * against fake instances.
 */
import {
  bundleOrder,
  DATE_SORT,
  firstBundles,
  newestFirst,
  orderByRank,
  undatedBundles,
  type BundleManifest,
  type SearchBundle,
} from './bundles.ts';
import type { FilterCounts, Pagefind, PagefindInstance, PagefindSearch, SearchOptions } from './pagefind-types.ts';

export interface BundledIndex {
  manifest: BundleManifest;
  /** The bundle's own Pagefind instance, created (and loading) on the first call. */
  open: (bundle: SearchBundle) => PagefindInstance;
}

export interface BundleSearch {
  /** The bundles searched first, whose results are shown at once; undefined when only all of them give those. */
  first: Pagefind | undefined;
  /** Every bundle; a search the first one already answered is not run again. */
  all: Pagefind;
  /** The bundles that hold the undated pages, which are where the theme and organisation guides are. */
  undated: Pagefind;
}

type SearchOne = (bundle: SearchBundle, term: string | null, options: SearchOptions) => Promise<PagefindSearch>;

const NOTHING: PagefindSearch = { results: [], filters: {} };

/**
 * The searches of one query (its sort decides which bundles come first). Once `signal` is aborted, bundles
 * not yet searched answer nothing at once: the island shows nothing of an overtaken search, and the next one
 * gets the worker sooner.
 */
export function bundleSearch(index: BundledIndex, sort: SearchOptions['sort'], signal: AbortSignal): BundleSearch {
  const searches = new Map<string, Promise<PagefindSearch>>();
  const searchOne: SearchOne = (bundle, term, options) => {
    if (signal.aborted) return Promise.resolve(NOTHING);
    const key = JSON.stringify([bundle.id, term, options]);
    let search = searches.get(key);
    if (!search) {
      search = index.open(bundle).search(term, options);
      searches.set(key, search);
    }
    return search;
  };
  const over = (bundles: SearchBundle[]): Pagefind => ({
    search: (term, options = {}) => searchBundles(bundles, index.manifest, searchOne, term, options),
  });
  const first = firstBundles(index.manifest.bundles, sort);
  return {
    first: first && over(first),
    all: over(index.manifest.bundles),
    undated: over(undatedBundles(index.manifest.bundles)),
  };
}

/** Each facet value's count over several searches, the counts of one value combined by `combine`. */
function combineCounts(counts: FilterCounts[], combine: (a: number, b: number) => number): FilterCounts {
  const combined: FilterCounts = {};
  for (const filters of counts)
    for (const [filter, values] of Object.entries(filters))
      for (const [value, count] of Object.entries(values)) {
        const earlier = (combined[filter] ??= {})[value];
        combined[filter][value] = earlier === undefined ? count : combine(earlier, count);
      }
  return combined;
}

/** Each facet value's count over several bundles: the sum of theirs. */
export const sumCounts = (counts: FilterCounts[]) => combineCounts(counts, (a, b) => a + b);

/** Per facet value the most of any of the counts: of searches whose results overlap, never more than they hold. */
export const mostCounts = (counts: FilterCounts[]) => combineCounts(counts, Math.max);

/**
 * A search over bundles, one bundle after another: by relevance their results merged by score; by date each
 * bundle's sorted results one bundle after the other (bundleOrder); by level ordered by each result's level,
 * known from one search per level. Facet counts are those of the whole search, as with one index.
 */
async function searchBundles(
  bundles: SearchBundle[],
  manifest: BundleManifest,
  searchOne: SearchOne,
  term: string | null,
  options: SearchOptions,
): Promise<PagefindSearch> {
  if (bundles.length === 1) return searchOne(bundles[0]!, term, options);
  const [sorted] = Object.entries(options.sort ?? {});
  if (!sorted) {
    const parts = await inTurn(newestFirst(bundles), (bundle) => searchOne(bundle, term, options));
    // Each bundle's results come by score; a stable sort keeps that order among equal scores.
    const results = parts.flatMap((part) => part.results).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    return { results, filters: sumCounts(parts.map((part) => part.filters)) };
  }
  const [key, direction] = sorted;
  const filters = options.filters ?? {};
  const parts = await inTurn(bundleOrder(bundles, key, direction), (bundle) => searchOne(bundle, term, options));
  // A sorted search leaves out the pages without the sort value; the counts are of every page found.
  const whole = await inTurn(newestFirst(bundles), (bundle) => searchOne(bundle, term, { filters }));
  const results = parts.flatMap((part) => part.results);
  const counts = sumCounts(whole.map((part) => part.filters));
  if (key === DATE_SORT) return { results, filters: counts };
  const ranks = manifest.ranks[key] ?? {};
  const levels = await inTurn(
    Object.keys(ranks).filter((value) => !filters[key] || filters[key].any.includes(value)),
    async (value) => {
      const level = { filters: { ...filters, [key]: { any: [value] } } };
      const search = await searchBundles(bundles, manifest, searchOne, term, level);
      return search.results.map((result) => [result.id, ranks[value]!] as const);
    },
  );
  const rankOf = new Map(levels.flat());
  return { results: orderByRank(results, (result) => rankOf.get(result.id), direction), filters: counts };
}

/** One after another, so an overtaken search stops at the next bundle. */
async function inTurn<T, R>(items: T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const done: R[] = [];
  for (const item of items) done.push(await task(item));
  return done;
}

/**
 * The list once every bundle is searched: the results on screen stay where they are, in their order, and
 * the rest of the complete results follow them (so nothing the reader sees moves).
 */
export function appendToShown<T extends { id: string }>(shown: readonly T[], complete: readonly T[]): T[] {
  const ids = new Set(shown.map((result) => result.id));
  return [...shown, ...complete.filter((result) => !ids.has(result.id))];
}
