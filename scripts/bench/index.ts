/**
 * `npm run bench`: measurements that must never be timed tests.
 *   npm run bench                          back-link computation at 1,000–20,000 entries
 *   npm run bench -- --entries 1000,10000  also builds the site from generated archives of those sizes and
 *                                          measures build, index and search
 */
import { parseArgs } from 'node:util';
import { measureBacklinks } from './backlinks.ts';
import { measureSite } from './site.ts';

const { values } = parseArgs({ options: { entries: { type: 'string' } } });

const backlinks = measureBacklinks([1_000, 10_000, 20_000]);
console.log('Back-links (buildBacklinks + symmetricRelations), median of 7 runs, synthetic archive:');
console.table(
  backlinks.map((r) => ({
    entries: r.entries,
    'median ms': Number(r.ms.toFixed(2)),
    'µs per entry': Number(r.usPerEntry.toFixed(2)),
    'per-entry cost vs 1,000': Number((r.usPerEntry / backlinks[0]!.usPerEntry).toFixed(2)),
  })),
);

const sizes = values.entries?.split(',').map(Number).filter(Boolean) ?? [];
if (sizes.length > 0) {
  const rows = [];
  for (const entries of sizes) {
    console.log(`Building and measuring ${entries} entries…`);
    const m = await measureSite(entries);
    rows.push({
      entries: m.entries,
      pages: m.pages,
      'build+index s': Number(m.buildSeconds.toFixed(1)),
      'ms per entry': Number(((m.buildSeconds * 1000) / m.entries).toFixed(2)),
      'index s': m.indexSeconds,
      'peak MB': m.peakMemoryMB && Math.round(m.peakMemoryMB),
      'dist MB': Number(m.distMB.toFixed(1)),
      'index MB': Number(m.indexMB.toFixed(1)),
      'median page KB': Number(m.medianPageKB.toFixed(1)),
      'first query ms': Math.round(m.firstQuery.ms),
      'first query KB gz': Number(m.firstQuery.gzipKB.toFixed(0)),
      'first query KB raw': Number(m.firstQuery.rawKB.toFixed(0)),
      'next query ms': Math.round(m.firstQuery.nextMs),
      'filtered query ms': Math.round(m.filteredQuery.ms),
      'filtered KB gz': Number(m.filteredQuery.gzipKB.toFixed(0)),
    });
  }
  console.log('Site, generated archive (build includes the content check, link check and Pagefind):');
  console.table(rows);
}
