/**
 * The fixture site in a real browser: search with Dutch stemming, keyboard-only use, and axe-core on
 * every page type in light and dark mode.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePage } from '../helpers/browser.ts';
import { sites } from '../helpers/sites.ts';

const session = usePage(sites.fixture.dist);
let site: { url: string };
let tab: Page;
beforeEach(() => {
  site = { url: session.url() };
  tab = session.page();
});

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, matches: (el: HTMLInputElement) => boolean, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('Tab never reached the element');
}

const resultTitles = (page: Page) => page.locator('[data-search-results] .result-title').allInnerTexts();

describe('search', () => {
  it('finds an entry that only says "schulden" when searching "schuld" (Dutch stemming)', async () => {
    await tab.goto(`${site.url}/zoeken/?q=schuld`);
    await expect.poll(() => resultTitles(tab)).toEqual(['Rustige post in Testdorp']);
    await expect.poll(() => tab.locator('[data-search-status]').innerText()).toBe('1 resultaat voor "schuld".');
    expect(await tab.locator('[data-search-results] mark').first().innerText()).toMatch(/^schulden/i);
  });

  it('shows results while typing, best match first, and keeps the query in the URL', async () => {
    await tab.goto(`${site.url}/zoeken/`);
    await tab.locator('#zoekterm').fill('ankerpersoon');
    await expect.poll(async () => (await resultTitles(tab))[0]).toBe('Vaste ankerpersoon');
    expect(new URL(tab.url()).searchParams.get('q')).toBe('ankerpersoon');
    expect(await tab.locator('[data-search-results] .result-meta').first().innerText()).toBe(
      'Werkzaam element · Proefinstituut · toegevoegd 10 januari 2026',
    );
  });

  it('says so when nothing matches', async () => {
    await tab.goto(`${site.url}/zoeken/?q=xylofoonles`);
    await expect
      .poll(() => tab.locator('[data-search-status]').innerText())
      .toBe('Geen resultaten voor "xylofoonles".');
    expect(await resultTitles(tab)).toEqual([]);
  });

  it('loads no JavaScript on content pages', async () => {
    const scripts: string[] = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await tab.goto(`${site.url}/werkzame-elementen/vaste-ankerpersoon/`);
    expect(scripts).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('skips to the content, searches from the header and opens a result', async () => {
    await tab.goto(`${site.url}/`);
    await tab.keyboard.press('Tab');
    const skip = tab.locator('a.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'skip link visible when focused').toBe(true);
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    await tab.goto(`${site.url}/`);
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Tab'); // skip link, brand, search box
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('zoek-kop');
    const outline = await tab.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline, 'focus is visible').not.toBe('none');
    await tab.keyboard.type('proefcongres');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/zoeken\/\?q=proefcongres/);
    await expect.poll(async () => (await resultTitles(tab))[0]).toBe('Proefcongres over wijkteams');

    // On to the facets: tick "Verslag" with the space bar, then Tab on to the first result and open it.
    await tab.locator('#zoekterm').fill('wijkteams');
    await tab.keyboard.press('Enter');
    await expect.poll(async () => (await resultTitles(tab)).length).toBeGreaterThan(1);
    await tabTo(tab, (el) => el.type === 'checkbox' && el.value === 'Verslag');
    await tab.keyboard.press('Space');
    await expect.poll(() => resultTitles(tab)).toEqual(['Proefcongres over wijkteams']);
    expect(new URL(tab.url()).searchParams.getAll('type')).toEqual(['Verslag']);
    await tabTo(tab, (el) => el.textContent === 'Proefcongres over wijkteams');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/verslagen\/proefcongres\/$/);
  });
});

describe('accessibility (axe-core, WCAG 2.0–2.2 A and AA)', () => {
  const pageTypes = {
    home: '/',
    'collection index': '/werkzame-elementen/',
    'working element': '/werkzame-elementen/vaste-ankerpersoon/',
    'practice example': '/praktijkvoorbeelden/rustige-post/',
    'event report': '/verslagen/proefcongres/',
    programme: '/programmas/proefleergang/',
    'theme index': '/themas/',
    theme: '/themas/wijkteams/',
    'organisation index': '/organisaties/',
    organisation: '/organisaties/gemeente-testdorp/',
    'search with results': '/zoeken/?q=wijkteam',
    about: '/over/',
    agenda: '/agenda/',
    'open data': '/open-data/',
    'dossier index': '/werkzame-elementen/',
    'collection index (reports)': '/verslagen/',
    'accessibility statement': '/toegankelijkheid/',
    "editors' guide": '/bijdragen/',
    'not found': '/404.html',
  };

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(pageTypes)) {
      it(`${name} has no violations (${scheme})`, async () => {
        await tab.emulateMedia({ colorScheme: scheme });
        await tab.goto(`${site.url}${path}`);
        if (path.startsWith('/zoeken/')) await tab.locator('[data-search-results] li').first().waitFor();
        const { violations } = await new AxeBuilder({ page: tab })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});
