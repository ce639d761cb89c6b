/**
 * Which page numbers a pager shows: the first and last page, the current page and its neighbours, and a gap
 * where numbers are left out, so the pager stays short at hundreds of pages.
 */
export type PagerItem = { page: number } | { gap: true };

export function pagerItems(current: number, last: number): PagerItem[] {
  const shown = [...new Set([1, current - 1, current, current + 1, last])]
    .filter((page) => page >= 1 && page <= last)
    .sort((a, b) => a - b);
  return shown.flatMap((page, i) => {
    const previous = shown[i - 1];
    // A gap of exactly one page shows that page instead of an ellipsis standing for it.
    if (previous === undefined || page === previous + 1) return [{ page }];
    return page === previous + 2 ? [{ page: previous + 1 }, { page }] : [{ gap: true as const }, { page }];
  });
}
