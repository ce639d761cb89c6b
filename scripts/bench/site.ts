/**
 * Builds the real site from a generated archive of N entries and measures the build and the search: build
 * and indexing time, peak memory, dist and index size, a median detail page, and what a visitor's browser
 * fetches (counted on the server, raw and gzipped) and waits for on a first and a filtered query.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { htmlFilesIn } from '../../src/lib/built-pages.ts';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { generateArchive } from './generate.ts';

export interface SiteMeasurement {
  entries: number;
  pages: number;
  buildSeconds: number;
  indexSeconds: number;
  peakMemoryMB: number | undefined;
  distMB: number;
  indexMB: number;
  medianPageKB: number;
  firstQuery: QueryMeasurement;
  filteredQuery: QueryMeasurement;
}

interface QueryMeasurement {
  /** From opening the page (cold cache) to the first result on screen. */
  ms: number;
  /** Then a new query on the loaded page (wasm and index already there) until its results show. */
  nextMs: number;
  requests: number;
  rawKB: number;
  gzipKB: number;
}

const sizeOf = (dir: string): number =>
  spawnSync('du', ['-sb', dir], { encoding: 'utf8' }).stdout.split('\t').map(Number)[0] ?? 0;

export async function measureSite(entries: number): Promise<SiteMeasurement> {
  const work = mkdtempSync(join(tmpdir(), `wat-werkt-bench-${entries}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  await generateArchive(content, entries);

  const timed = existsSync('/usr/bin/time');
  const command = ['npx', 'astro', 'build', '--force', '--outDir', dist];
  const started = performance.now();
  const build = spawnSync(
    timed ? '/usr/bin/time' : command[0]!,
    timed ? ['-f', 'PEAK_KB %M', ...command] : command.slice(1),
    {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WAT_WERKT_CONTENT: content },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const buildSeconds = (performance.now() - started) / 1000;
  const log = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`The build of ${entries} entries failed:\n${log.slice(-3000)}`);

  const pages = htmlFilesIn(dist);
  const pageSizes = pages
    .filter((file) => /^(verslagen|praktijkvoorbeelden|programmas|werkzame-elementen)\/[^/]+\/index\.html$/.test(file))
    .map((file) => statSync(join(dist, file)).size)
    .sort((a, b) => a - b);

  return {
    entries,
    pages: pages.length,
    buildSeconds,
    indexSeconds: Number(/Indexed \d+ pages in ([\d.]+) s/.exec(log)?.[1] ?? NaN),
    peakMemoryMB: timed ? Number(/PEAK_KB (\d+)/.exec(log)?.[1]) / 1024 : undefined,
    distMB: sizeOf(dist) / 1e6,
    indexMB: sizeOf(join(dist, 'pagefind')) / 1e6,
    medianPageKB: (pageSizes[Math.floor(pageSizes.length / 2)] ?? 0) / 1024,
    firstQuery: await measureQuery(dist, '/zoeken/?q=schulden'),
    filteredQuery: await measureQuery(dist, '/zoeken/?q=wijkteam&type=Verslag'),
  };
}

/** A cold browser opens the search page with a query; counts what the server sends until the first result. */
async function measureQuery(dist: string, path: string): Promise<QueryMeasurement> {
  const served: string[] = [];
  const files = sirv(dist);
  const server = createServer((request, response) => {
    served.push(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
    const started = performance.now();
    await page.goto(url);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 60_000 });
    const ms = performance.now() - started;
    const next = performance.now();
    await page.locator('#zoekterm').fill('gemeente');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('gemeente'));
    const nextMs = performance.now() - next;
    const bytes = served.map((file) => {
      const onDisk = join(dist, file.endsWith('/') ? `${file}index.html` : file);
      const body = existsSync(onDisk) && statSync(onDisk).isFile() ? readFileSync(onDisk) : Buffer.alloc(0);
      return { raw: body.length, gzip: gzipSync(body).length };
    });
    return {
      ms,
      nextMs,
      requests: served.length,
      rawKB: bytes.reduce((sum, b) => sum + b.raw, 0) / 1024,
      gzipKB: bytes.reduce((sum, b) => sum + b.gzip, 0) / 1024,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
