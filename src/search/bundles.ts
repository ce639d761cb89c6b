/**
 * The search index in bundles: what the build writes to `pagefind/bundles.json` and the search island reads.
 * Pagefind holds every page of a run in memory until it writes (about 270 KB a page), so a large archive is
 * indexed in parts, one Pagefind run after another (src/postbuild/bundle-plan.ts). The browser searches each
 * bundle with a Pagefind instance of its own (src/search/bundle-search.ts): the bundle whose results come
 * first is searched and shown before the others. Each bundle covers one range of dates, so results by date
 * are the bundles' own sorted results one bundle after the other; for the evidence sort, each result's level
 * comes from the level filter. Pure, so it is unit-tested.
 */

export interface SearchBundle {
  /** Short and stable. */
  id: string;
  /** Where the bundle lies below `/pagefind/`: '' for the one the page loads first, else `<id>/`. */
  path: string;
  /** The first and last date (the `datum` sort value) of its pages; absent for undated pages only. */
  from?: string;
  to?: string;
  /** Digest of its pages' files: a later build copies the bundle from the previous one when it is equal. */
  key: string;
}

export interface BundleManifest {
  /** Oldest first; the bundles of undated pages only come last. */
  bundles: SearchBundle[];
  /**
   * For a sort whose values are also a filter (the evidence level): each filter value's sort value, so
   * results from several bundles can be put in order without fetching each result's data.
   */
  ranks: Record<string, Record<string, number>>;
}

export const DATE_SORT = 'datum';

/** The bundle the search page loads first: the newest dated one (most searches find something there). */
export function primaryBundle<T extends { from?: string }>(bundles: T[]): T {
  return bundles.findLast((bundle) => bundle.from !== undefined) ?? bundles[0]!;
}

/**
 * The bundles whose sorted results, one after the other, give the whole order: by date, the dated bundles
 * newest or oldest first; by any other sort, every bundle newest first (so among equal values newer
 * results come first).
 */
export function bundleOrder(bundles: SearchBundle[], key: string, direction: 'asc' | 'desc'): SearchBundle[] {
  if (key !== DATE_SORT) return [...bundles].reverse();
  const dated = bundles.filter((bundle) => bundle.from !== undefined);
  return direction === 'asc' ? dated : dated.reverse();
}

/**
 * Results in order of their value (`rankOf`), stable: equal values keep the order they came in. Results
 * without a value (not in the sort) are left out, as Pagefind leaves them out.
 */
export function orderByRank<T>(results: T[], rankOf: (result: T) => number | undefined, direction: 'asc' | 'desc') {
  const ranked = results.flatMap((result, i) => {
    const rank = rankOf(result);
    return rank === undefined ? [] : [{ result, rank, i }];
  });
  const sign = direction === 'asc' ? 1 : -1;
  return ranked.sort((a, b) => sign * (a.rank - b.rank) || a.i - b.i).map((entry) => entry.result);
}

/** Every bundle, the newest dated one first (most searches find something there), then the others newest first. */
export function newestFirst<T extends { from?: string }>(bundles: T[]): T[] {
  const primary = primaryBundle(bundles);
  return [primary, ...[...bundles].reverse().filter((bundle) => bundle !== primary)];
}

/** The bundles that hold the undated pages (themes, organisations): the newest dated one and those after it. */
export function undatedBundles<T extends { from?: string }>(bundles: T[]): T[] {
  return bundles.filter((bundle) => bundle === primaryBundle(bundles) || bundle.from === undefined);
}

/**
 * The bundles whose results head the list, so they can be shown before the others are searched: by
 * relevance the newest and those of undated pages only (themes and organisations, small, and where the
 * guides above the results come from), by date the first in that order. None for a sort by another value
 * (any bundle may hold the first results), nor when these are all the bundles.
 */
export function firstBundles(
  bundles: SearchBundle[],
  sort: Record<string, 'asc' | 'desc'> | undefined,
): SearchBundle[] | undefined {
  const [sorted] = Object.entries(sort ?? {});
  const first = !sorted
    ? undatedBundles(bundles)
    : sorted[0] === DATE_SORT
      ? bundleOrder(bundles, sorted[0], sorted[1]).slice(0, 1)
      : [];
  return first.length > 0 && first.length < bundles.length ? first : undefined;
}
