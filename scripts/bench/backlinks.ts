/**
 * How the back-link computation scales: builds the back-link maps for synthetic archives of growing size
 * and reports the median time per entry. Flat time per entry means linear cost; quadratic code would
 * show ten times the time per entry at ten times the entries.
 */
import { buildBacklinks, symmetricRelations } from '../../src/lib/backlinks.ts';
import type { EntrySummary } from '../../src/lib/entry-summary.ts';
import { entryCollections } from '../../src/schemas/collections.ts';
import { random } from './generate.ts';

export function syntheticSummaries(count: number, seed = 1): EntrySummary[] {
  const next = random(seed);
  const pick = (prefix: string, pool: number, n: number) =>
    Array.from({ length: n }, () => `${prefix}-${Math.floor(next() * pool)}`);
  const elements = Math.max(7, Math.round(count / 50));
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(2010 + Math.floor(next() * 16), Math.floor(next() * 12), 1));
    return {
      collection: entryCollections[i % entryCollections.length]!,
      id: `entry-${i}`,
      url: `/x/entry-${i}/`,
      title: `Entry ${i}`,
      summary: '',
      typeLabel: '',
      date: { start, precision: 'month', iso: start.toISOString().slice(0, 7) },
      dateKind: 'start',
      added: { start, precision: 'day', iso: start.toISOString().slice(0, 10) },
      updated: start,
      themeIds: pick('thema', 40, 1 + Math.floor(next() * 3)),
      organisationIds: pick('organisatie', Math.max(20, count / 20), 1 + Math.floor(next() * 2)),
      workingElementIds: pick('element', elements, Math.floor(next() * 4)),
    };
  });
}

function median(values: number[]) {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function measureBacklinks(sizes: number[], runs = 7) {
  return sizes.map((size) => {
    const summaries = syntheticSummaries(size);
    const relations = new Map(summaries.slice(0, size / 50).map((s) => [s.id, s.workingElementIds]));
    const times = Array.from({ length: runs }, () => {
      const started = performance.now();
      buildBacklinks(summaries);
      symmetricRelations(relations);
      return performance.now() - started;
    });
    const ms = median(times);
    return { entries: size, ms, usPerEntry: (ms * 1000) / size };
  });
}
