/**
 * Builds the real site from a generated archive of N entries and measures the build and the search: build
 * and indexing time, peak memory, dist and index size, a median detail page, and what a visitor's browser
 * fetches (counted on the server, raw and gzipped) and waits for on a first and a filtered query.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, globSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { htmlFilesIn } from '../../src/postbuild/built-pages.ts';
import { generateArchive } from './generate.ts';
import { measuredRun } from './measured-run.ts';
import { buildPeer, type Peer } from './peers.ts';
import {
  measureOurSearch,
  measureStarlightSearch,
  type SearchMeasurement,
  type StarlightSearchMeasurement,
} from './search.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

export interface SiteMeasurement {
  entries: number;
  pages: number;
  buildSeconds: number;
  indexSeconds: number;
  peakMemoryMB: number;
  /** The page build (Astro) and the indexer (Pagefind) at their own peaks; they run one after the other. */
  astroPeakMB: number;
  pagefindPeakMB: number;
  /** A build with nothing changed, over the spare (reused-staging.ts), after the cold build and one more. */
  unchangedRebuildSeconds: number;
  /** Then a build after one entry's body changed, Astro's cache kept (incremental build). */
  rebuildSeconds: number;
  /** The part of that rebuild spent in the page build (Astro), and the pages it rendered anew. */
  rebuildAstroSeconds: number;
  rebuildRenderedPages: number;
  /** A third build after the title of a much-referenced working element changed (cards on many pages). */
  titleRebuildSeconds: number;
  titleRebuildRenderedPages: number;
  distMB: number;
  distFiles: number;
  indexMB: number;
  medianPageKB: number;
  search: SearchMeasurement;
  peers: Partial<Record<Peer, { seconds: number; peakMB: number }>>;
  /** Starlight's search on its build of the same archive. */
  starlightSearch?: StarlightSearchMeasurement;
}

const sizeOf = (dir: string): number =>
  spawnSync('du', ['-sb', dir], { encoding: 'utf8' }).stdout.split('\t').map(Number)[0] ?? 0;

const build = async (content: string, dist: string, force: boolean) => {
  const args = [join(projectRoot, 'scripts/build.ts'), ...(force ? ['--force'] : []), '--outDir', dist];
  const run = await measuredRun(process.execPath, args, {
    cwd: projectRoot,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      WAT_WERKT_CONTENT: content,
      WAT_WERKT_CACHE_DIR: join(dirname(content), 'cache'),
    },
  });
  if (run.status !== 0) throw new Error(`The build of ${content} failed:\n${run.output.slice(-3000)}`);
  return run;
};

const indexSecondsOf = (output: string) => Number(/Indexed \d+ pages in ([\d.]+) s/.exec(output)?.[1] ?? NaN);

/** Pages Astro rendered (its log lists each written page; copied ones end in "(restored)" or "(cached)"). */
const renderedPagesOf = (output: string) =>
  output.split('\n').filter((line) => /[├└]─ \S+\.html \(\+?\d/.test(line)).length;

/** Builds and measures `entries` generated entries, and the same entries with each of `peers`. */
export async function measureSite(entries: number, peers: readonly Peer[]): Promise<SiteMeasurement> {
  const work = mkdtempSync(join(tmpdir(), `wat-werkt-bench-${entries}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  await generateArchive(content, entries);

  const cold = await build(content, dist, true);
  // An editor's second build writes every file again (there is no spare yet); the third, with nothing changed,
  // keeps the site as it is (build-inputs.ts). The first build after an edit goes over the spare and copies
  // every file the second wrote; from then on a build copies only what the one before it wrote
  // (reused-staging.ts). So one edit is built before the measured ones, which are that steady state.
  await build(content, dist, false);
  const unchanged = await build(content, dist, false);
  const [changed, earlier] = globSync('*.md', { cwd: join(content, 'verslagen') })
    .sort()
    .map((file) => join(content, 'verslagen', file));
  appendFileSync(earlier!, '\nEen zin die een eerdere bewerking toevoegde.\n');
  await build(content, dist, false);
  appendFileSync(changed!, '\nEen zin die na de eerste bouw is toegevoegd.\n');
  const rebuild = await build(content, dist, false);
  // element-0 (MDX, as every tenth entry) is referenced from entries all over the generated archive: its title is on their pages.
  const element = join(content, 'werkzame-elementen', 'element-0.mdx');
  writeFileSync(element, readFileSync(element, 'utf8').replace(/^titel: (.*)$/m, 'titel: $1 (herzien)'));
  const titleRebuild = await build(content, dist, false);

  const pages = htmlFilesIn(dist);
  const pageSizes = pages
    .filter((file) => /^(verslagen|praktijkvoorbeelden|programmas|werkzame-elementen)\/[^/]+\/index\.html$/.test(file))
    .map((file) => statSync(join(dist, file)).size)
    .sort((a, b) => a - b);

  const peerRuns: SiteMeasurement['peers'] = {};
  let starlightSearch: StarlightSearchMeasurement | undefined;
  for (const peer of peers) {
    console.log(`  … ${peer}`);
    const run = await buildPeer(peer, content, work);
    peerRuns[peer] = { seconds: run.seconds, peakMB: run.peakMB };
    if (peer === 'starlight') starlightSearch = await measureStarlightSearch(run.dist);
  }

  const measurement = {
    entries,
    pages: pages.length,
    buildSeconds: cold.seconds,
    indexSeconds: indexSecondsOf(cold.output),
    peakMemoryMB: cold.peakMB,
    astroPeakMB: cold.peakByPartMB.astro,
    pagefindPeakMB: cold.peakByPartMB.pagefind,
    unchangedRebuildSeconds: unchanged.seconds,
    rebuildSeconds: rebuild.seconds,
    rebuildAstroSeconds: rebuild.seconds - indexSecondsOf(rebuild.output),
    rebuildRenderedPages: renderedPagesOf(rebuild.output),
    titleRebuildSeconds: titleRebuild.seconds,
    titleRebuildRenderedPages: renderedPagesOf(titleRebuild.output),
    distMB: sizeOf(dist) / 1e6,
    distFiles: globSync('**/*', { cwd: dist, withFileTypes: true }).filter((e) => e.isFile()).length,
    indexMB: sizeOf(join(dist, 'pagefind')) / 1e6,
    medianPageKB: (pageSizes[Math.floor(pageSizes.length / 2)] ?? 0) / 1024,
    search: await measureOurSearch(dist),
    peers: peerRuns,
    ...(starlightSearch && { starlightSearch }),
  };
  rmSync(work, { recursive: true, force: true });
  return measurement;
}
