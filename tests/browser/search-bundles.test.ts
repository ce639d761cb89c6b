/**
 * Search over an index in bundles (src/search/bundles.ts): the fixture built with a cap of 3 pages a
 * bundle must search exactly as the normal one-bundle build of the same fixture: the same results in the
 * same order for every sort, the same facet counts, the same "no results" with suggestions. Pagefind's own
 * merge of bundles would order sorted results by each bundle's rank instead of by date. The newest bundle's
 * results come first, while the older bundles are still being searched, and stay where they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { primaryBundle, type BundleManifest } from '../../src/search/bundles.ts';
import { serveSite, usePage } from '../helpers/browser.ts';
import { buildSite, outputRoot, sites } from '../helpers/sites.ts';

const dist = join(outputRoot, 'search-bundles-browser-dist');
beforeAll(() => {
  const result = buildSite(sites.fixture.content, dist, { env: { WAT_WERKT_SEARCH_BUNDLE_PAGES: '3' } });
  if (result.status !== 0) throw new Error(result.output);
});
const bundled = usePage(dist);
let single: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  single = await serveSite(sites.fixture.dist);
});
afterAll(() => single?.stop());

/** What a search shows once it has settled: results (links), status, every facet value with its count. */
async function shown(page: Page, url: string) {
  await page.goto(url);
  const status = page.locator('[data-search-status]');
  // Without words or filters nothing is searched: there is no status to wait for.
  if (new URL(url).search) await expect.poll(() => status.innerText()).not.toBe('');
  const labels = page.locator('[data-search-facets] label');
  // Groups without results are hidden (for a word that finds nothing, all of them): wait for them to exist.
  await labels.first().waitFor({ state: 'attached' });
  await expect.poll(async () => (await labels.allInnerTexts()).every((label) => /\(\d+\)\s*$/.test(label))).toBe(true);
  return {
    links: await resultPaths(page),
    status: await status.innerText(),
    counts: (await labels.allInnerTexts()).map((label) => label.trim()).sort(),
    suggestions: await page.locator('[data-search-suggestions]').innerText(),
  };
}

/** A page's date, as the search sorts by it. */
const dateOf = (path: string) =>
  /data-pagefind-sort="datum:([^"]+)"/.exec(readFileSync(join(dist, path, 'index.html'), 'utf8'))![1]!;

const manifest = () => JSON.parse(readFileSync(join(dist, 'pagefind/bundles.json'), 'utf8')) as BundleManifest;

const bundleOf = (date: string) => manifest().bundles.find((bundle) => bundle.from! <= date && date <= bundle.to!)!.id;

/** The paths of the results on screen, in order. */
const resultPaths = (page: Page) =>
  page
    .locator('[data-search-results] .result-title a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe('an index in bundles', () => {
  const allTypes = '?type=Werkzaam+element&type=Praktijkvoorbeeld&type=Verslag&type=Programma';

  it.each(['?q=wijk&sortering=nieuwste', allTypes])(
    'shows results by date, newest first, across bundles (%s)',
    async (query) => {
      const result = await shown(bundled.page, `${bundled.url}/zoeken/${query}`);
      const dates = result.links.map(dateOf);
      expect(dates.length).toBeGreaterThanOrEqual(4);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(new Set(dates.map(bundleOf)).size).toBeGreaterThanOrEqual(2);
    },
  );

  it('shows results oldest first across bundles', async () => {
    const result = await shown(bundled.page, `${bundled.url}/zoeken/?q=wijk&sortering=oudste`);
    const dates = result.links.map(dateOf);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates.map(bundleOf)).size).toBeGreaterThanOrEqual(2);
  });

  it.each([
    '',
    '?q=wijk',
    '?q=wijk&sortering=nieuwste',
    '?q=wijk&sortering=oudste',
    '?q=wijk&sortering=onderbouwing',
    '?q=wijk&thema=Geldzorgen',
    '?thema=Wijkteams&sortering=oudste',
    allTypes,
    '?q=werkdruk',
    '?q=stresbakje',
  ])('searches as the one-bundle index does: %s', async (query) => {
    const expected = await shown(bundled.page, `${single.url}/zoeken/${query}`);
    const actual = await shown(bundled.page, `${bundled.url}/zoeken/${query}`);
    // Relevance is computed per bundle (Pagefind's mergeIndex), so only sorted results must come in the same order.
    if (!query.includes('sortering') && query.includes('q=')) {
      actual.links.sort();
      expected.links.sort();
    }
    expect(actual).toEqual(expected);
  });
});

describe('results while the older bundles are searched', () => {
  it('shows the newest bundle’s results at once, then appends the older ones below them, moving nothing', async () => {
    const { page } = bundled;
    const { bundles } = manifest();
    const primary = primaryBundle(bundles);
    const older = bundles.filter((bundle) => bundle.from !== undefined && bundle.id !== primary.id);
    // The older bundles' files are held back until the first results have been looked at.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => older.some((bundle) => url.pathname.startsWith(`/pagefind/${bundle.path}`)),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(`${bundled.url}/zoeken/?q=wijk`);
    const list = page.locator('[data-search-results]');
    const items = list.locator('li');
    await items.first().waitFor();
    const first = await resultPaths(page);
    expect(await list.getAttribute('data-complete')).toBeNull();
    expect(new Set(first.map(dateOf).map(bundleOf))).toEqual(new Set([primary.id]));
    const top = await items.first().boundingBox();
    await items.evaluateAll((shown) => shown.forEach((item, i) => ((item as HTMLElement).dataset.early = String(i))));

    release();
    await expect.poll(() => list.getAttribute('data-complete')).toBe('');
    const all = await resultPaths(page);
    expect(all.slice(0, first.length)).toEqual(first);
    expect(all.slice(first.length).map(dateOf).map(bundleOf)).toContain(older[0]!.id);
    // The first results are the same elements, not drawn again, at the same place; the others come below.
    expect(
      await items.evaluateAll((shown) => shown.map((item) => (item as HTMLElement).dataset.early ?? null)),
    ).toEqual(all.map((_, i) => (i < first.length ? String(i) : null)));
    expect(await items.first().boundingBox()).toEqual(top);
    await expect
      .poll(() => page.locator('[data-search-status]').innerText())
      .toBe(`${all.length} resultaten voor "wijk".`);
  });
});
