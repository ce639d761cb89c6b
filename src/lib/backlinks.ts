/**
 * Back-links: for each theme, organisation and working element, the entries that point at it. Built in
 * one pass over all entries (linear in the number of references), once per build, and never by hand.
 */
import { byDateDescending, type EntrySummary } from './entry-summary.ts';

export interface Backlinks {
  byTheme: Map<string, EntrySummary[]>;
  byOrganisation: Map<string, EntrySummary[]>;
  byWorkingElement: Map<string, EntrySummary[]>;
}

const push = (map: Map<string, EntrySummary[]>, key: string, entry: EntrySummary) => {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
};

export function buildBacklinks(entries: readonly EntrySummary[]): Backlinks {
  const backlinks: Backlinks = { byTheme: new Map(), byOrganisation: new Map(), byWorkingElement: new Map() };
  for (const entry of entries) {
    for (const id of new Set(entry.themeIds)) push(backlinks.byTheme, id, entry);
    for (const id of new Set(entry.organisationIds)) push(backlinks.byOrganisation, id, entry);
    for (const id of new Set(entry.workingElementIds)) push(backlinks.byWorkingElement, id, entry);
  }
  for (const map of Object.values(backlinks)) for (const list of map.values()) list.sort(byDateDescending);
  return backlinks;
}

/** Makes "related" symmetric: if A names B as related, B's page lists A too. */
export function symmetricRelations(relations: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const result = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (!result.has(a)) result.set(a, new Set());
    result.get(a)!.add(b);
  };
  for (const [id, related] of relations) {
    for (const other of related) {
      link(id, other);
      link(other, id);
    }
  }
  return new Map([...result].map(([id, set]) => [id, [...set].sort()]));
}
