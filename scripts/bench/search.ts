/**
 * Search as a visitor's browser meets it, in headless Chromium with the built site served on 127.0.0.1 and
 * every request counted: a cold first query, a filtered one, and keystroke to result on a loaded page; the
 * same for Starlight's Pagefind UI on the same archive, so the two are compared in one run on one machine.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import sirv from 'sirv';
import { launchBrowser } from '../lib/chromium.ts';

export interface QueryMeasurement {
  /** From opening the page (cold cache) to the first result on screen. */
  ms: number;
  requests: number;
  rawKB: number;
  gzipKB: number;
  /** Everything sent once the page is idle (for our site: the facet counts loaded too). */
  withFacetsGzipKB: number;
  /** The files sent until the first result, for seeing what dominates. */
  served: string[];
}

export interface KeystrokeMeasurement {
  /** From the last keystroke of a word to its first result on screen, median over the words. */
  medianMs: number;
  runs: number[];
  /**
   * From the last keystroke to the complete list: ours shows the newest bundle's results first and says
   * when the others are in (`data-complete`); Starlight's list is complete when it shows.
   */
  completeMedianMs: number;
  completeRuns: number[];
}

export interface SearchMeasurement {
  firstQuery: QueryMeasurement;
  filteredQuery: QueryMeasurement;
  keystroke: KeystrokeMeasurement;
}

/** Starlight has no search address (`?q=`): a visitor opens its search dialog and types. */
export interface StarlightSearchMeasurement {
  firstQuery: QueryMeasurement;
  keystroke: KeystrokeMeasurement;
  /** Pagefind UI waits this long after typing before it searches; part of what its visitors wait. */
  debounceMs: number;
}

const COLD_RUNS = 5;
/** Words of the generated archive's field vocabulary, typed one after another on a loaded page. */
const TYPED_WORDS = ['gemeente', 'wijkteam', 'armoede', 'mantelzorg', 'preventie', 'participatie', 'bewindvoering'];
/** A quick typist: about twelve characters a second. */
const TYPING_GAP_MS = 80;
const STARLIGHT_DEBOUNCE_MS = 300;

type Site = 'ours' | 'starlight';
const resultSelector: Record<Site, string> = {
  ours: '[data-search-results] li',
  starlight: '.pagefind-ui__result-link',
};

export async function measureOurSearch(dist: string): Promise<SearchMeasurement> {
  return {
    firstQuery: await medianQuery(dist, 'ours', '/zoeken/?q=schulden'),
    filteredQuery: await medianQuery(dist, 'ours', '/zoeken/?q=wijkteam&type=Verslag'),
    keystroke: await withServedSite(dist, async (origin, page) => {
      await page.goto(`${origin}/zoeken/?q=schulden`);
      await page.locator(resultSelector.ours).first().waitFor();
      await page.waitForLoadState('networkidle');
      return keystrokes(page, page.locator('#zoekterm'), 'ours');
    }),
  };
}

export async function measureStarlightSearch(dist: string): Promise<StarlightSearchMeasurement> {
  return {
    firstQuery: await medianQuery(dist, 'starlight', '/', (page) => openStarlightSearch(page, 'schulden')),
    keystroke: await withServedSite(dist, async (origin, page) => {
      await page.goto(`${origin}/`);
      await openStarlightSearch(page, 'schulden');
      await page.locator(resultSelector.starlight).first().waitFor();
      await page.waitForLoadState('networkidle');
      return keystrokes(page, page.locator('.pagefind-ui__search-input'), 'starlight');
    }),
    debounceMs: STARLIGHT_DEBOUNCE_MS,
  };
}

/** Opens Starlight's search dialog and types the query as soon as its Pagefind UI is there. */
async function openStarlightSearch(page: Page, query: string) {
  await page.locator('button[data-open-modal]').click();
  await page.locator('.pagefind-ui__search-input').fill(query);
}

/** The run with the median time to first result, of several cold runs (timings in a browser vary). */
async function medianQuery(dist: string, site: Site, path: string, act?: (page: Page) => Promise<void>) {
  const runs: QueryMeasurement[] = [];
  for (let i = 0; i < COLD_RUNS; i++) runs.push(await coldQuery(dist, site, path, act));
  return runs.sort((a, b) => a.ms - b.ms)[Math.floor(COLD_RUNS / 2)]!;
}

/** A fresh browser (empty cache) opens the page; counts what the server sends until the first result. */
async function coldQuery(dist: string, site: Site, path: string, act?: (page: Page) => Promise<void>) {
  return withServedSite(dist, async (origin, page, served) => {
    // The moment the first result is added, by the page's clock (the same machine's clock as the server's).
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          (window as unknown as { firstResultAt: number }).firstResultAt = Date.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, resultSelector[site]);
    const started = performance.now();
    await page.goto(`${origin}${path}`);
    await act?.(page);
    await page.locator(resultSelector[site]).first().waitFor({ timeout: 60_000 });
    const ms = performance.now() - started;
    const firstResultAt = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    await page.waitForLoadState('networkidle');
    const untilResult = served.filter((request) => request.at <= firstResultAt).map((request) => request.path);
    const query = bytesOf(dist, untilResult);
    return {
      ms,
      requests: untilResult.length,
      rawKB: query.raw,
      gzipKB: query.gzip,
      withFacetsGzipKB: bytesOf(
        dist,
        served.map((request) => request.path),
      ).gzip,
      served: untilResult,
    } satisfies QueryMeasurement;
  });
}

/**
 * Types each word into an emptied search box at a typist's pace and times, by the page's own clock, the
 * last keystroke to the first result for the whole word and to the complete list (results for a shorter
 * prefix do not count).
 */
async function keystrokes(page: Page, input: Locator, site: Site): Promise<KeystrokeMeasurement> {
  const runs: number[] = [];
  const completeRuns: number[] = [];
  for (const word of TYPED_WORDS) {
    await input.fill('');
    await page.locator(resultSelector[site]).first().waitFor({ state: 'detached' });
    await page.evaluate(
      ({ word, site, selector }) => {
        const w = window as unknown as { lastKeyAt?: number; shownAt: Promise<number>; completeAt: Promise<number> };
        if (w.lastKeyAt === undefined) {
          w.lastKeyAt = 0;
          addEventListener('keydown', () => (w.lastKeyAt = performance.now()), { capture: true });
        }
        // Our list names the query its results answer, and says when the results of every bundle are in;
        // Pagefind UI's message names it ("… voor gemeente") and its list is complete when it shows.
        const list = () => document.querySelector<HTMLElement>('[data-search-results]');
        const shown = () =>
          site === 'ours'
            ? list()?.dataset.query === word && document.querySelector(selector) !== null
            : document.querySelector(selector) !== null &&
              (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(word);
        const complete = () => shown() && (site !== 'ours' || list()?.dataset.complete !== undefined);
        const when = (done: () => boolean) =>
          new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              if (!done()) return;
              observer.disconnect();
              resolve(performance.now());
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
          });
        w.shownAt = when(shown);
        w.completeAt = when(complete);
      },
      { word, site, selector: resultSelector[site] },
    );
    await page.keyboard.type(word, { delay: TYPING_GAP_MS });
    const [first, complete] = await page.evaluate(async () => {
      const w = window as unknown as { lastKeyAt: number; shownAt: Promise<number>; completeAt: Promise<number> };
      return [(await w.shownAt) - w.lastKeyAt, (await w.completeAt) - w.lastKeyAt];
    });
    runs.push(first!);
    completeRuns.push(complete!);
  }
  return { medianMs: median(runs), runs, completeMedianMs: median(completeRuns), completeRuns };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Serves `dist` on 127.0.0.1 to a new browser, logging each request's path and moment. */
async function withServedSite<T>(
  dist: string,
  use: (origin: string, page: Page, served: { path: string; at: number }[]) => Promise<T>,
): Promise<T> {
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
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, page, served);
  } finally {
    await browser.close();
    server.close();
  }
}

/** What the files cost on the wire, raw and gzipped, in KB. */
function bytesOf(dist: string, files: string[]) {
  return files
    .map((file) => {
      const onDisk = join(dist, file.endsWith('/') ? `${file}index.html` : file);
      const body = existsSync(onDisk) && statSync(onDisk).isFile() ? readFileSync(onDisk) : Buffer.alloc(0);
      return { raw: body.length, gzip: gzipSync(body).length };
    })
    .reduce((sum, b) => ({ raw: sum.raw + b.raw / 1024, gzip: sum.gzip + b.gzip / 1024 }), { raw: 0, gzip: 0 });
}
