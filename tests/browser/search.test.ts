/**
 * Faceted search on the fixture site, in a real browser. Expected counts and results come from the
 * fixture's own files, not from constants.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectionInfo, entryCollections } from '../../src/lib/collections.ts';
import { usePage } from '../helpers/browser.ts';
import { sites } from '../helpers/sites.ts';

interface FixtureEntry {
  folder: string;
  title: string;
  themes: string[];
}

const fixture: FixtureEntry[] = globSync('*/*.{md,mdx}', { cwd: sites.fixture.content }).map((file) => {
  const data = yaml.load(readFileSync(join(sites.fixture.content, file), 'utf8').split('---')[1]!) as Record<
    string,
    unknown
  >;
  return {
    folder: file.split('/')[0]!,
    title: String(data.titel ?? data.naam),
    themes: (data.themas as string[]) ?? [],
  };
});
const typeOf = (folder: string) =>
  ({ themas: 'Thema', organisaties: 'Organisatie' })[folder] ??
  collectionInfo[entryCollections.find((c) => collectionInfo[c].folder === folder)!].singular;

const session = usePage(sites.fixture.dist);
let site: { url: string };
let tab: Page;
beforeEach(() => {
  site = { url: session.url() };
  tab = session.page();
});

const titles = (page: Page) => page.locator('[data-search-results] .result-title').allInnerTexts();
const status = (page: Page) => page.locator('[data-search-status]').innerText();
/** The "Soort" facet's labels and counts, as shown. */
const facetCounts = async (page: Page, legend: string) =>
  Object.fromEntries(
    (
      await page
        .locator('fieldset')
        .filter({ has: page.locator('legend', { hasText: new RegExp(`^${legend}$`) }) })
        .locator('label')
        .allInnerTexts()
    ).map((label) => {
      const [, value, count] = /^(.*) \((\d+)\)$/.exec(label.trim())!;
      return [value!, Number(count)];
    }),
  );

describe('facets', () => {
  it('count every entry of the archive by type before anything is chosen', async () => {
    await tab.goto(`${site.url}/zoeken/`);
    await tab.locator('[data-search-facets]').waitFor();
    const expected: Record<string, number> = {};
    for (const entry of fixture) expected[typeOf(entry.folder)] = (expected[typeOf(entry.folder)] ?? 0) + 1;
    await expect.poll(() => facetCounts(tab, 'Soort')).toEqual(expected);
  });

  it('narrow to exactly the entries with a theme, and count the types among them', async () => {
    await tab.goto(`${site.url}/zoeken/`);
    await tab.getByRole('checkbox', { name: /^Geldzorgen/ }).check();
    const tagged = fixture.filter((entry) => entry.themes.includes('geldzorgen'));
    await expect.poll(async () => (await titles(tab)).sort()).toEqual(tagged.map((entry) => entry.title).sort());
    expect(new URL(tab.url()).search).toBe('?thema=Geldzorgen');
    // Other themes stay choosable: their counts are what choosing them would add.
    expect((await facetCounts(tab, 'Thema')).Wijkteams).toBe(
      fixture.filter((e) => e.themes.includes('wijkteams')).length,
    );
  });

  it('show 0 for values the current words do not reach, and widen within a facet', async () => {
    await tab.goto(`${site.url}/zoeken/?q=ankerpersoon`);
    await expect.poll(() => titles(tab)).toContain('Vaste ankerpersoon');
    const counts = await facetCounts(tab, 'Soort');
    expect(counts.Programma).toBe(0);
    expect(counts['Werkzaam element']).toBeGreaterThan(0);
    await tab.goto(`${site.url}/zoeken/?type=Verslag&type=Programma`);
    await expect
      .poll(async () => (await titles(tab)).sort())
      .toEqual(['Proefcongres over wijkteams', 'Proefleergang regie']);
  });

  it('browse without words, newest first', async () => {
    await tab.goto(`${site.url}/zoeken/?type=Werkzaam+element`);
    await expect.poll(() => titles(tab)).toEqual(['Regie op maat', 'Vaste ankerpersoon']);
    await tab.selectOption('#sortering', 'oudste');
    await expect.poll(() => titles(tab)).toEqual(['Vaste ankerpersoon', 'Regie op maat']);
  });
});

describe('the URL', () => {
  it('keeps the search through reload, back and forward', async () => {
    await tab.goto(`${site.url}/zoeken/?q=wijkteams`);
    await expect.poll(async () => (await titles(tab)).length).toBeGreaterThan(1);
    const all = await titles(tab);
    await tab.getByRole('checkbox', { name: /^Verslag/ }).check();
    await expect.poll(() => titles(tab)).toEqual(['Proefcongres over wijkteams']);
    expect(new URL(tab.url()).search).toBe('?q=wijkteams&type=Verslag');

    await tab.reload();
    await expect.poll(() => titles(tab)).toEqual(['Proefcongres over wijkteams']);
    expect(await tab.getByRole('checkbox', { name: /^Verslag/ }).isChecked()).toBe(true);
    expect(await tab.locator('#zoekterm').inputValue()).toBe('wijkteams');

    await tab.goBack();
    await expect.poll(() => titles(tab)).toEqual(all);
    expect(await tab.getByRole('checkbox', { name: /^Verslag/ }).isChecked()).toBe(false);
    await tab.goForward();
    await expect.poll(() => titles(tab)).toEqual(['Proefcongres over wijkteams']);
  });
});

describe('no results', () => {
  it('says so, shows the filters with a way to drop each, and suggests the collections', async () => {
    await tab.goto(`${site.url}/zoeken/?q=ankerpersoon&type=Programma`);
    await expect.poll(() => status(tab)).toBe('Geen resultaten voor "ankerpersoon" met de gekozen filters.');
    expect(await tab.locator('[data-search-empty] a').count()).toBeGreaterThan(3);
    await tab.getByRole('button', { name: 'Soort: Programma (filter verwijderen)' }).click();
    await expect.poll(() => titles(tab)).toContain('Vaste ankerpersoon');
    expect(new URL(tab.url()).search).toBe('?q=ankerpersoon');
  });
});

describe('the "/" shortcut', () => {
  it('focuses the search box from any page', async () => {
    await tab.goto(`${site.url}/verslagen/proefcongres/`);
    await tab.keyboard.press('/');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('zoek-kop');
  });
});
