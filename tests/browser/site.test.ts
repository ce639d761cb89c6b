/**
 * The fixture site in a real browser: search with Dutch stemming, keyboard-only use, and axe-core on
 * every page type in light and dark mode.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { htmlFilesIn, pathOfFile } from '../../src/postbuild/built-pages.ts';
import { usePage } from '../helpers/browser.ts';
import { sites } from '../helpers/sites.ts';

const site = usePage(sites.fixture.dist);

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
    await site.page.goto(`${site.url}/zoeken/?q=schuld`);
    // The example says "schulden" throughout; the element names its target group "Mensen met schulden".
    await expect.poll(() => resultTitles(site.page)).toEqual(['Rustige post in Testdorp', 'Vaste ankerpersoon']);
    await expect.poll(() => site.page.locator('[data-search-status]').innerText()).toBe('2 resultaten voor "schuld".');
    expect(await site.page.locator('[data-search-results] mark').first().innerText()).toMatch(/^schulden/i);
  });

  it('shows results while typing, best match first, and keeps the query in the URL', async () => {
    await site.page.goto(`${site.url}/zoeken/`);
    await site.page.locator('#zoekterm').fill('ankerpersoon');
    await expect.poll(async () => (await resultTitles(site.page))[0]).toBe('Vaste ankerpersoon');
    expect(new URL(site.page.url()).searchParams.get('q')).toBe('ankerpersoon');
    expect(await site.page.locator('[data-search-results] .result-meta').first().innerText()).toBe(
      'Werkzaam element · Proefinstituut · toegevoegd 10 januari 2026',
    );
  });

  it('says so when nothing matches', async () => {
    await site.page.goto(`${site.url}/zoeken/?q=xylofoonles`);
    await expect
      .poll(() => site.page.locator('[data-search-status]').innerText())
      .toBe('Geen resultaten voor "xylofoonles".');
    expect(await resultTitles(site.page)).toEqual([]);
  });

  it("loads no JavaScript on content pages but an entry's Kopieer button, under 1 KB", async () => {
    const scripts: string[] = [];
    site.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await site.page.goto(`${site.url}/themas/wijkteams/`);
    expect(scripts).toEqual([]);
    await site.page.goto(`${site.url}/werkzame-elementen/vaste-ankerpersoon/`);
    expect(scripts).toEqual([expect.stringMatching(/^\/_astro\/CiteThisPage\.[^/]+\.js$/)]);
    expect(statSync(join(sites.fixture.dist, scripts[0]!)).size).toBeLessThan(1024);
  });
});

describe('keyboard only', () => {
  it('skips to the content, searches from the header and opens a result', async () => {
    await site.page.goto(`${site.url}/`);
    await site.page.keyboard.press('Tab');
    const skip = site.page.locator('a.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'skip link visible when focused').toBe(true);
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    await site.page.goto(`${site.url}/`);
    for (let i = 0; i < 3; i++) await site.page.keyboard.press('Tab'); // skip link, brand, search box
    await expect.poll(() => site.page.evaluate(() => document.activeElement?.id)).toBe('zoek-kop');
    const outline = await site.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline, 'focus is visible').not.toBe('none');
    await site.page.keyboard.type('proefcongres');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/zoeken\/\?q=proefcongres/);
    await expect.poll(async () => (await resultTitles(site.page))[0]).toBe('Proefcongres over wijkteams');

    // On to the facets: tick "Verslag" with the space bar, then Tab on to the first result and open it.
    await site.page.locator('#zoekterm').fill('wijkteams');
    await site.page.keyboard.press('Enter');
    await expect.poll(async () => (await resultTitles(site.page)).length).toBeGreaterThan(1);
    await tabTo(site.page, (el) => el.type === 'checkbox' && el.value === 'Verslag');
    await site.page.keyboard.press('Space');
    await expect.poll(() => resultTitles(site.page)).toEqual(['Proefcongres over wijkteams']);
    expect(new URL(site.page.url()).searchParams.getAll('type')).toEqual(['Verslag']);
    await tabTo(site.page, (el) => el.textContent === 'Proefcongres over wijkteams');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/verslagen\/proefcongres\/$/);
  });
});

describe('accessibility (axe-core, WCAG 2.0–2.2 A and AA)', () => {
  // Every built page of the fixture, and the search page with results.
  const pagePaths = [...htmlFilesIn(sites.fixture.dist).map(pathOfFile), '/zoeken/?q=wijkteam'];

  it('covers every page', () => {
    expect(pagePaths).toEqual(expect.arrayContaining(['/overzicht/', '/onderbouwing/', '/werkzame-elementen/']));
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const path of pagePaths) {
      it(`${path} has no violations (${scheme})`, async () => {
        await site.page.emulateMedia({ colorScheme: scheme });
        await site.page.goto(`${site.url}${path}`);
        if (path.includes('?q=')) await site.page.locator('[data-search-results] li').first().waitFor();
        const { violations } = await new AxeBuilder({ page: site.page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});
