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
