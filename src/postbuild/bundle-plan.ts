/**
 * Which pages go into which search bundle (see src/search/bundles.ts for why there are bundles).
 * Pure, so it is unit-tested.
 */

/** A page to index: its file, and its date as its `datum` sort value (absent when it has none). */
export interface PlannedPage {
  file: string;
  date?: string | undefined;
}

/**
 * The newest bundle is searched first and its results are shown at once (src/search/bundle-search.ts), and
 * new entries land in it. At 10,000 generated entries its 2,471 pages took the first results to 249 ms after
 * the last key, where 20,000 entries, whose newest bundle happened to be small, took 56 ms: so it is kept
 * small whatever the archive's size. (Adding an entry then moves the newest bundle's oldest pages into the one
 * before it: the two are indexed again, as many pages as the one larger newest bundle before.)
 */
export const NEWEST_BUNDLE_PAGES = 1000;

/**
 * The newest bundle is split off its group only when what stays behind is at least this share of its cap: a
 * bundle of a few pages costs every search its own requests (its metadata, index chunk and every filter file)
 * for nearly nothing. At 5,000 generated entries the split left a bundle of 11 pages. Until the rest is that
 * large, the newest bundle holds it too, and a new entry changes that bundle only.
 */
const SMALLEST_SPLIT_SHARE = 0.25;

export interface BundlePlan {
  id: string;
  from?: string;
  to?: string;
  files: string[];
}

/**
 * Splits the pages into bundles of at most `cap` pages. Dated pages go by date, whole months together
 * (a month of more than `cap` pages is split), oldest first: a new entry changes only the newest bundle,
 * and older bundles keep their pages, so a later build copies them instead of indexing them again. Undated
 * pages (themes, organisations) never take part in date sorting: they fill the newest bundle, then bundles
 * of their own. A site of at most `cap` pages is one bundle, so it costs a search nothing. The newest bundle
 * holds at most `newestPages` dated pages (the newest of the last group; see NEWEST_BUNDLE_PAGES), or the whole
 * last group when splitting it would leave a bundle of only a few pages (SMALLEST_SPLIT_SHARE).
 */
export function planBundles(pages: PlannedPage[], cap: number, newestPages = cap): BundlePlan[] {
  const newestCap = Math.min(newestPages, cap);
  const dated = pages
    .filter((page) => page.date !== undefined)
    .sort((a, b) => compare(a.date!, b.date!) || compare(a.file, b.file));
  const undated = pages
    .filter((page) => page.date === undefined)
    .map((page) => page.file)
    .sort(compare);
  if (pages.length <= cap) return [{ id: '1', ...range(dated), files: [...dated.map((p) => p.file), ...undated] }];

  const months: PlannedPage[][] = [];
  for (const page of dated) {
    const last = months.at(-1);
    if (last && month(last[0]!) === month(page) && last.length < cap) last.push(page);
    else months.push([page]);
  }
  const groups: PlannedPage[][] = [];
  for (const pagesOfMonth of months) {
    const last = groups.at(-1);
    if (last && last.length + pagesOfMonth.length <= cap) last.push(...pagesOfMonth);
    else groups.push([...pagesOfMonth]);
  }
  const last = groups.at(-1);
  if (last && last.length - newestCap >= Math.max(1, newestCap * SMALLEST_SPLIT_SHARE))
    groups.push(last.splice(last.length - newestCap));
  const plans: BundlePlan[] = groups.map((group, i) => ({
    id: String(i + 1),
    ...range(group),
    files: group.map((page) => page.file),
  }));
  let rest = undated;
  const newest = plans.at(-1);
  if (newest) {
    const room = cap - newest.files.length;
    newest.files.push(...rest.slice(0, room));
    rest = rest.slice(room);
  }
  for (let i = 0; i < rest.length; i += cap)
    plans.push({ id: String(plans.length + 1), files: rest.slice(i, i + cap) });
  return plans;
}

/** Plain code-point order, as Pagefind sorts text values (a locale's order could differ from its own). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const month = (page: PlannedPage) => page.date!.slice(0, 7);
const range = (group: PlannedPage[]) => (group.length > 0 ? { from: group[0]!.date!, to: group.at(-1)!.date! } : {});
