/**
 * `npm run bench`: measurements that must never be timed tests.
 *   npm run bench                                 back-link computation at 1,000–20,000 entries
 *   npm run bench -- --entries 1000,5000,20000    also builds the site from generated archives of those sizes
 *                                                 and measures build, rebuild, memory, pages and search
 *   … --peers-up-to 5000                          builds Starlight and Eleventy on the same archives up to
 *                                                 that size (default 5,000; 0 for none) and measures
 *                                                 Starlight's search beside ours
 *   … --starlight-up-to 20000                     builds Starlight alone up to that larger size (default:
 *                                                 as --peers-up-to), so its search is compared at every size
 * Results are saved as JSON in scripts/bench/results/ (git-ignored); each run prints its change against the
 * previous run of the same size.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBacklinks } from './backlinks.ts';
import { installPeers, type Peer } from './peers.ts';
import { measureSite, type SiteMeasurement } from './site.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string' },
    'peers-up-to': { type: 'string', default: '5000' },
    'starlight-up-to': { type: 'string' },
  },
});
const resultsDir = join(import.meta.dirname, 'results');
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

const backlinks = measureBacklinks([1_000, 10_000, 20_000]);
console.log('Back-links (buildBacklinks + symmetricRelations), median of 7 runs, synthetic archive:');
console.table(
  backlinks.map((r) => ({
    entries: r.entries,
    'median ms': round(r.ms, 2),
    'µs per entry': round(r.usPerEntry, 2),
    'per-entry cost vs 1,000': round(r.usPerEntry / backlinks[0]!.usPerEntry, 2),
  })),
);

const sizes = values.entries?.split(',').map(Number).filter(Boolean) ?? [];
const peersUpTo = Number(values['peers-up-to']);
const starlightUpTo = Number(values['starlight-up-to'] ?? peersUpTo);
/** The peers built beside ours at a size: Starlight up to its own limit, Eleventy up to the peers'. */
const peersAt = (entries: number): Peer[] => [
  ...(entries <= starlightUpTo ? (['starlight'] as const) : []),
  ...(entries <= peersUpTo ? (['eleventy'] as const) : []),
];
if (sizes.length > 0) {
  if (sizes.some((n) => peersAt(n).length > 0)) installPeers();
  const previous = previousResults();
  const results: SiteMeasurement[] = [];
  for (const entries of sizes) {
    console.log(`Building and measuring ${entries} entries…`);
    results.push(await measureSite(entries, peersAt(entries)));
  }
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  report(results, previous);
  console.log(`Saved to ${file}.`);
}

function report(results: SiteMeasurement[], previous: Map<number, SiteMeasurement>) {
  const first = results[0]!;
  const msPerEntry = (m: SiteMeasurement) => (m.buildSeconds * 1000) / m.entries;
  console.log('Site, generated archive (build = Astro + link check + Pagefind; memory = whole process tree):');
  console.table(
    results.map((m) => ({
      entries: m.entries,
      pages: m.pages,
      'build s': round(m.buildSeconds),
      'astro s': round(m.buildSeconds - m.indexSeconds),
      'index s': m.indexSeconds,
      'ms/entry': round(msPerEntry(m), 2),
      'vs first size': round(msPerEntry(m) / msPerEntry(first), 2),
      'peak MB': Math.round(m.peakMemoryMB),
      'astro MB': Math.round(m.astroPeakMB),
      'pagefind MB': Math.round(m.pagefindPeakMB),
      'unchanged rebuild s': round(m.unchangedRebuildSeconds),
      'rebuild s': round(m.rebuildSeconds),
      'rebuild %': Math.round((100 * m.rebuildSeconds) / m.buildSeconds),
      'rebuild astro s': round(m.rebuildAstroSeconds),
      'rebuild rendered': m.rebuildRenderedPages,
      'title rebuild s': round(m.titleRebuildSeconds),
      'title rebuild rendered': m.titleRebuildRenderedPages,
      'dist MB': round(m.distMB),
      'dist files': m.distFiles,
      'index MB': round(m.indexMB),
      'median page KB': round(m.medianPageKB),
    })),
  );
  console.log('Search, cold browser (headless Chromium), bytes counted by the server, gzipped:');
  console.table(
    results.map(({ entries, search }) => ({
      entries,
      'first query KB': Math.round(search.firstQuery.gzipKB),
      'first query ms': Math.round(search.firstQuery.ms),
      'with facets KB': Math.round(search.firstQuery.withFacetsGzipKB),
      'filtered KB': Math.round(search.filteredQuery.gzipKB),
      'filtered ms': Math.round(search.filteredQuery.ms),
      'keystroke to first result ms (median)': Math.round(search.keystroke.medianMs),
      'keystroke to complete list ms (median)': Math.round(search.keystroke.completeMedianMs),
    })),
  );
  const searchCompared = results.filter((m) => m.starlightSearch);
  if (searchCompared.length > 0) {
    console.log(
      "Search against Starlight's Pagefind UI (cold: our /zoeken/?q= against opening Starlight's dialog and " +
        "typing; its times include Pagefind UI's wait after typing):",
    );
    console.table(
      searchCompared.map(({ entries, search, starlightSearch: starlight }) => ({
        entries,
        'ours cold ms': Math.round(search.firstQuery.ms),
        'Starlight cold ms': Math.round(starlight!.firstQuery.ms),
        'cold vs Starlight': round(search.firstQuery.ms / starlight!.firstQuery.ms, 2),
        'ours KB': Math.round(search.firstQuery.gzipKB),
        'Starlight KB': Math.round(starlight!.firstQuery.gzipKB),
        'ours keystroke first ms': Math.round(search.keystroke.medianMs),
        'ours keystroke complete ms': Math.round(search.keystroke.completeMedianMs),
        'Starlight keystroke first = complete ms': Math.round(starlight!.keystroke.completeMedianMs),
        'Starlight wait after typing ms': starlight!.debounceMs,
      })),
    );
  }
  const compared = results.filter((m) => m.peers.starlight && m.peers.eleventy);
  if (compared.length > 0) {
    console.log('Against the peers on the same archive (ratio < 1: we are faster or leaner):');
    console.table(
      compared.map((m) => ({
        entries: m.entries,
        'ours s': round(m.buildSeconds),
        'Starlight s': round(m.peers.starlight!.seconds),
        'Eleventy s': round(m.peers.eleventy!.seconds),
        'time vs Starlight': round(m.buildSeconds / m.peers.starlight!.seconds, 2),
        'time vs Eleventy': round(m.buildSeconds / m.peers.eleventy!.seconds, 2),
        'ours MB': Math.round(m.peakMemoryMB),
        'Starlight MB': Math.round(m.peers.starlight!.peakMB),
        'Eleventy MB': Math.round(m.peers.eleventy!.peakMB),
        'memory vs Starlight': round(m.peakMemoryMB / m.peers.starlight!.peakMB, 2),
        'memory vs Eleventy': round(m.peakMemoryMB / m.peers.eleventy!.peakMB, 2),
      })),
    );
  }
  const changes = results.filter((m) => previous.has(m.entries));
  if (changes.length > 0) {
    const change = (now: number, before: number) =>
      `${now >= before ? '+' : ''}${Math.round((100 * (now - before)) / before)}%`;
    console.log('Change against the previous run of the same size:');
    console.table(
      changes.map((m) => {
        const before = previous.get(m.entries)!;
        return {
          entries: m.entries,
          build: change(m.buildSeconds, before.buildSeconds),
          'peak memory': change(m.peakMemoryMB, before.peakMemoryMB),
          rebuild: change(m.rebuildSeconds, before.rebuildSeconds),
          'median page': change(m.medianPageKB, before.medianPageKB),
          'first query KB': change(m.search.firstQuery.gzipKB, before.search.firstQuery.gzipKB),
          'first query ms': change(m.search.firstQuery.ms, before.search.firstQuery.ms),
        };
      }),
    );
  }
}

/** The latest saved measurement of each size. */
function previousResults(): Map<number, SiteMeasurement> {
  const latest = new Map<number, SiteMeasurement>();
  let files: string[] = [];
  try {
    files = readdirSync(resultsDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return latest;
  }
  for (const file of files) {
    for (const m of JSON.parse(readFileSync(join(resultsDir, file), 'utf8')) as SiteMeasurement[]) {
      // Results saved before the search measurements moved under `search` are not comparable.
      if (m.search) latest.set(m.entries, m);
    }
  }
  return latest;
}
