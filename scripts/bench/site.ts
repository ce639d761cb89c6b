/**
 * Builds the real site from a generated archive of N entries and measures the build and the search: build
 * and indexing time, peak memory, dist and index size, a median detail page, and what a visitor's browser
 * fetches (counted on the server, raw and gzipped) and waits for on a first and a filtered query.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  globSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { htmlFilesIn } from '../../src/build/built-pages.ts';
import { launchBrowser } from '../lib/chromium.ts';
import { generateArchive } from './generate.ts';
import { measuredRun } from './measured-run.ts';
import { buildPeer, type Peer } from './peers.ts';

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
  /** A second build after one entry's body changed, Astro's cache kept (incremental build). */
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
  firstQuery: QueryMeasurement;
  filteredQuery: QueryMeasurement;
  peers: Partial<Record<Peer, { seconds: number; peakMB: number }>>;
}

interface QueryMeasurement {
  /** From opening the page (cold cache) to the first result on screen. */
  ms: number;
  /** Then a new query on the loaded page (wasm and index already there) until its results show. */
  nextMs: number;
  requests: number;
  rawKB: number;
  gzipKB: number;
  /** Everything sent once the facet counts have loaded too. */
  withFacetsGzipKB: number;
  /** The files sent until the first result, for seeing what dominates. */
  served: string[];
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

/** Pages Astro rendered (its log lists each written page; copied ones end in "(restored)"). */
const renderedPagesOf = (output: string) =>
  output.split('\n').filter((line) => /[├└]─ \S+\.html \(\+?\d/.test(line)).length;

export async function measureSite(entries: number, withPeers: boolean): Promise<SiteMeasurement> {
  const work = mkdtempSync(join(tmpdir(), `wat-werkt-bench-${entries}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  await generateArchive(content, entries);

  const cold = await build(content, dist, true);
  const changed = join(content, 'verslagen', `${globSync('*.md', { cwd: join(content, 'verslagen') }).sort()[0]}`);
  appendFileSync(changed, '\nEen zin die na de eerste bouw is toegevoegd.\n');
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

  const peers: SiteMeasurement['peers'] = {};
  if (withPeers) {
    for (const peer of ['starlight', 'eleventy'] as const) {
      console.log(`  … ${peer}`);
      const run = await buildPeer(peer, content, work);
      peers[peer] = { seconds: run.seconds, peakMB: run.peakMB };
    }
  }

  const measurement = {
    entries,
    pages: pages.length,
    buildSeconds: cold.seconds,
    indexSeconds: indexSecondsOf(cold.output),
    peakMemoryMB: cold.peakMB,
    astroPeakMB: cold.peakByPartMB.astro,
    pagefindPeakMB: cold.peakByPartMB.pagefind,
    rebuildSeconds: rebuild.seconds,
    rebuildAstroSeconds: rebuild.seconds - indexSecondsOf(rebuild.output),
    rebuildRenderedPages: renderedPagesOf(rebuild.output),
    titleRebuildSeconds: titleRebuild.seconds,
    titleRebuildRenderedPages: renderedPagesOf(titleRebuild.output),
    distMB: sizeOf(dist) / 1e6,
    distFiles: globSync('**/*', { cwd: dist, withFileTypes: true }).filter((e) => e.isFile()).length,
    indexMB: sizeOf(join(dist, 'pagefind')) / 1e6,
    medianPageKB: (pageSizes[Math.floor(pageSizes.length / 2)] ?? 0) / 1024,
    firstQuery: await medianQuery(dist, '/zoeken/?q=schulden'),
    filteredQuery: await medianQuery(dist, '/zoeken/?q=wijkteam&type=Verslag'),
    peers,
  };
  rmSync(work, { recursive: true, force: true });
  return measurement;
}

const QUERY_RUNS = 5;

/** The run with the median time to first result, of several cold runs (timings in a browser vary). */
async function medianQuery(dist: string, path: string): Promise<QueryMeasurement> {
  const runs: QueryMeasurement[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) runs.push(await measureQuery(dist, path));
  return runs.sort((a, b) => a.ms - b.ms)[Math.floor(QUERY_RUNS / 2)]!;
}

/** A cold browser opens the search page with a query; counts what the server sends until the first result. */
async function measureQuery(dist: string, path: string): Promise<QueryMeasurement> {
  const served: { path: string; at: number }[] = [];
  const files = sirv(dist);
  const server = createServer((request, response) => {
    served.push({ path: decodeURIComponent(new URL(request.url!, 'http://x').pathname), at: Date.now() });
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    // The moment the first result is added, by the page's clock (the same machine's clock as the server's).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const results = document.querySelector('[data-search-results]');
        if (results?.firstElementChild) {
          (window as unknown as { firstResultAt: number }).firstResultAt = Date.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
    const started = performance.now();
    await page.goto(url);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 60_000 });
    const ms = performance.now() - started;
    // The query's own cost: what was asked for until the first result showed (facet counts follow).
    const firstResultAt = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    await page.waitForLoadState('networkidle');
    const untilResult = served.filter((request) => request.at <= firstResultAt).map((request) => request.path);
    const withFacets = served.map((request) => request.path);
    const next = performance.now();
    await page.locator('#zoekterm').fill('gemeente');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('gemeente'));
    const nextMs = performance.now() - next;
    const sizes = (files: string[]) =>
      files
        .map((file) => {
          const onDisk = join(dist, file.endsWith('/') ? `${file}index.html` : file);
          const body = existsSync(onDisk) && statSync(onDisk).isFile() ? readFileSync(onDisk) : Buffer.alloc(0);
          return { raw: body.length, gzip: gzipSync(body).length };
        })
        .reduce((sum, b) => ({ raw: sum.raw + b.raw / 1024, gzip: sum.gzip + b.gzip / 1024 }), { raw: 0, gzip: 0 });
    const query = sizes(untilResult);
    return {
      ms,
      nextMs,
      requests: untilResult.length,
      rawKB: query.raw,
      gzipKB: query.gzip,
      withFacetsGzipKB: sizes(withFacets).gzip,
      served: untilResult,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
