/**
 * Which values of a facet the search page shows. A facet lists its values once, in a fixed order (years
 * newest first, others by how many pages of the whole archive carry them), so options never jump while
 * counts change. A long facet shows only its first values that the current search reaches, plus any that
 * are chosen; "toon alle (n)" shows the rest, including values the search does not reach (count 0), which
 * stay choosable. Pure, so it is unit-tested.
 */

/** Values shown before "toon alle": enough for most facets, short enough that results come first. */
export const FACET_PREVIEW = 5;

/** A facet's values in display order: years newest first, others most used first, then alphabetically. */
export function orderFacetValues(param: string, archiveCounts: Record<string, number>): string[] {
  const values = Object.keys(archiveCounts);
  if (param === 'jaar') return values.sort((a, b) => b.localeCompare(a));
  return values.sort((a, b) => (archiveCounts[b] ?? 0) - (archiveCounts[a] ?? 0) || a.localeCompare(b, 'nl'));
}

/**
 * The values to show of a facet, in display order: all of them when expanded or when the facet is short;
 * otherwise the first `limit` that have results, and every chosen value.
 */
export function visibleFacetValues(
  ordered: readonly string[],
  counts: Record<string, number>,
  selected: readonly string[],
  { expanded = false, limit = FACET_PREVIEW }: { expanded?: boolean; limit?: number } = {},
): string[] {
  // A button that shows one more value would take the space of that value.
  if (expanded || ordered.length <= limit + 1) return [...ordered];
  const shown = new Set(ordered.filter((value) => (counts[value] ?? 0) > 0).slice(0, limit));
  for (const value of selected) shown.add(value);
  return ordered.filter((value) => shown.has(value));
}

/** An element id for a facet value: letters, digits, _ and - only. */
export const facetValueId = (param: string, value: string) => `f-${param}-${value}`.replace(/[^a-zA-Z0-9_-]/g, '-');
