/**
 * The gap map: for each working element and each theme (or target group), how many entries in the archive
 * apply or discuss the element there. An empty cell is a gap in what is known. Pure, so it is unit-tested;
 * /overzicht/ renders it and links every cell to the search that lists exactly those entries.
 */

export interface GapMatrix {
  /** counts[row][column]: entries linked to the row's element that carry the column's value. */
  counts: number[][];
  /** How many cells are empty. */
  gaps: number;
}

/**
 * `linked(rowId)` gives the entries that reference a row's element, each with the column values it carries
 * (its themes, or its target groups).
 */
export function gapMatrix(
  rowIds: readonly string[],
  columnIds: readonly string[],
  linked: (rowId: string) => readonly { columns: readonly string[] }[],
): GapMatrix {
  const counts = rowIds.map((rowId) => {
    const entries = linked(rowId);
    return columnIds.map((column) => entries.filter((entry) => entry.columns.includes(column)).length);
  });
  return { counts, gaps: counts.flat().filter((count) => count === 0).length };
}

/** A band of counts that share a shade on the gap map: `from` to `to`, both included. */
export interface ShadeBand {
  from: number;
  to: number;
}

/**
 * The gap map's shades: up to three bands that split 1..max evenly, so the busiest cells are always the
 * darkest whatever the archive's size, and a reader compares cells at a glance. A count of 0 is a gap and
 * has no band. An empty map has no bands.
 */
export function shadeBands(max: number): ShadeBand[] {
  const bands = Math.min(3, max);
  return Array.from({ length: bands }, (_, band) => ({
    from: Math.floor((band * max) / bands) + 1,
    to: Math.floor(((band + 1) * max) / bands),
  }));
}

/** The shade of a count: 0 for a gap, else 1 to 3 (its band, counted from 1). */
export const shadeOf = (count: number, bands: readonly ShadeBand[]) =>
  count === 0 ? 0 : bands.findIndex((band) => count <= band.to) + 1;
