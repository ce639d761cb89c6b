/**
 * `npm run bench`: measurements that must never be timed tests. For now the back-link computation at
 * 1,000 to 20,000 entries; the full-site build benchmark (issue "Scale and speed") extends this file.
 */
import { measureBacklinks } from './backlinks.ts';

const results = measureBacklinks([1_000, 10_000, 20_000]);
console.log('Back-links (buildBacklinks + symmetricRelations), median of 7 runs, synthetic archive:');
console.table(
  results.map((r) => ({
    entries: r.entries,
    'median ms': Number(r.ms.toFixed(2)),
    'µs per entry': Number(r.usPerEntry.toFixed(2)),
    'per-entry cost vs 1,000': Number((r.usPerEntry / results[0]!.usPerEntry).toFixed(2)),
  })),
);
