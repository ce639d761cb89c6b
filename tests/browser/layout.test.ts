/**
 * How the real archive looks and behaves for people who zoom, use a small phone or only a keyboard.
 * Screenshots of every page type at 390 and 1280 px, light and dark, land in tests/.output/screenshots/
 * (git-ignored) for a human to look at before a change is done.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { htmlFilesIn, pathOfFile } from '../../src/postbuild/built-pages.ts';
import { serveSite } from '../helpers/browser.ts';
import { outputRoot, sites } from '../helpers/sites.ts';

const screenshots = join(outputRoot, 'screenshots');

const pages = {
  home: '/',
  dossier: '/werkzame-elementen/vaste-contactpersoon/',
  programme: '/programmas/van-praktijk-naar-beleid/',
  report: '/verslagen/actualiteitencolleges-eerste-halfjaar-2017/',
  practice: '/praktijkvoorbeelden/stressbakje/',
  theme: '/themas/armoede-en-schulden/',
  organisations: '/organisaties/',
  search: '/zoeken/?q=schulden',
  statement: '/toegankelijkheid/',
  guide: '/bijdragen/',
  contact: '/contact/',
  agenda: '/agenda/',
  'open data': '/open-data/',
  'dossier index': '/werkzame-elementen/',
  overview: '/overzicht/',
  reports: '/verslagen/',
};

let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite(sites.real.dist);
  browser = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function open(
  path: string,
  width: number,
  options: { colorScheme?: 'light' | 'dark'; hasTouch?: boolean; isMobile?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
  const tab = await context.newPage();
  await tab.goto(`${site.url}${path}`);
  if (path.startsWith('/zoeken/')) await tab.locator('[data-search-results] li').first().waitFor();
  return tab;
}

const horizontalOverflow = (tab: Page) =>
  tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// Every built page, not a chosen few: a hand-picked list once missed four pages that scrolled sideways.
const everyPage = [...htmlFilesIn(sites.real.dist).map(pathOfFile), '/zoeken/?q=schulden'];

describe.each([
  ['a 320 px phone', 320],
  ['a 390 px phone', 390],
  ['200% zoom on a 1280 px screen', 640],
])('at %s', (_, width) => {
  it('no page needs horizontal scrolling', async () => {
    expect(everyPage.length).toBeGreaterThan(40);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const tab = await context.newPage();
    const overflowing: string[] = [];
    for (const path of everyPage) {
      await tab.goto(`${site.url}${path}`);
      if (path.includes('?q=')) await tab.locator('[data-search-results] li').first().waitFor();
      const overflow = await horizontalOverflow(tab);
      if (overflow > 0) overflowing.push(`${path} (${overflow} px)`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  }, 300_000);
});

describe('keyboard focus', () => {
  it.each(Object.entries(pages))('is visible at every Tab stop on %s', async (_, path) => {
    const tab = await open(path, 1280);
    const seen = new Set<string>();
    for (let stop = 0; stop < 25; stop++) {
      await tab.keyboard.press('Tab');
      const focus = await tab.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          key: `${el.tagName}:${el.getAttribute('href') ?? el.id}:${box.top + scrollY}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          inView: box.bottom > 0 && box.top < innerHeight && box.width > 0 && box.height > 0,
        };
      });
      if (!focus || seen.has(focus.key)) break; // wrapped around to the start
      seen.add(focus.key);
      expect(focus.outline, `focus outline on ${focus.key}`).toBe(true);
      expect(focus.inView, `${focus.key} scrolled into view`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(5);
    await tab.context().close();
  });
});

describe('the header on a 390 px phone', () => {
  it('fits in two rows, with the search placeholder whole and the menu folded', async () => {
    const tab = await open('/', 390);
    const height = await tab.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThan(120);
    const placeholder = await tab.locator('#zoek-kop').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { needed: context.measureText(input.placeholder).width, room };
    });
    expect(placeholder.needed).toBeLessThan(placeholder.room);
    await expect.poll(() => tab.locator('.site-nav').getByRole('link', { name: 'Verslagen' }).isVisible()).toBe(false);
    await tab.context().close();
  });

  it('opens the menu from the keyboard (a native details element: a button that says whether it is open)', async () => {
    const tab = await open('/', 390);
    const summary = tab.locator('.site-nav summary');
    await summary.focus();
    expect(await tab.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.locator('.site-nav').getByRole('link', { name: 'Verslagen' }).isVisible()).toBe(true);
    expect(await tab.locator('.site-nav details').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Werkzame elementen');
    await tab.context().close();
  });

  it('shows every menu link without a "Menu" button on a wide screen', async () => {
    const tab = await open('/', 1280);
    expect(await tab.locator('.site-nav summary').isVisible()).toBe(false);
    expect(await tab.locator('.site-nav').getByRole('link', { name: 'Agenda' }).isVisible()).toBe(true);
    await tab.context().close();
  });
});

describe('the "/" key hint of the search page', () => {
  it('shows where a keyboard is likely and not on a touch screen', async () => {
    const desk = await open('/zoeken/?q=schulden', 1280);
    expect(await desk.locator('.key-hint').isVisible()).toBe(true);
    await desk.context().close();
    const phone = await open('/zoeken/?q=schulden', 390, { hasTouch: true, isMobile: true });
    expect(await phone.locator('.key-hint').isVisible()).toBe(false);
    await phone.context().close();
  });
});

describe('a wide table on a 390 px phone', () => {
  it.each([
    '/werkzame-elementen/',
    '/overzicht/',
    '/organisaties/',
    '/praktijkvoorbeelden/stressbakje/',
    '/bijdragen/',
  ])('%s says it scrolls sideways, and its box takes the keyboard', async (path) => {
    const tab = await open(path, 390);
    const tables = await tab.evaluate(() =>
      [...document.querySelectorAll('main table')].map((table) => {
        const box = table.closest('.table-scroll') ?? table;
        const hint = box.querySelector(':scope > .scroll-hint');
        return {
          scrolls: box.scrollWidth > box.clientWidth,
          hint: hint
            ? getComputedStyle(hint).display !== 'none'
            : getComputedStyle(table, '::before').content.includes('Scroll opzij'),
          focusable: box.matches('.table-scroll')
            ? box.getAttribute('tabindex') === '0' && box.matches('[aria-label], [aria-labelledby]')
            : true,
        };
      }),
    );
    const wide = tables.filter((table) => table.scrolls);
    expect(wide.length, 'a table wider than the phone').toBeGreaterThan(0);
    for (const table of wide) expect(table).toMatchObject({ hint: true, focusable: true });
    await tab.context().close();
  });

  it('says nothing about scrolling where the table fits: on a wide screen, or a narrow table on a phone', async () => {
    for (const [path, width] of [
      ['/werkzame-elementen/', 1280],
      ['/open-data/', 390],
    ] as const) {
      const tab = await open(path, width);
      expect(await tab.locator('main table').count(), path).toBeGreaterThan(0);
      expect(await tab.locator('.scroll-hint').isVisible(), path).toBe(false);
      await tab.context().close();
    }
  });
});

describe('an entry page uses the width of a desk', () => {
  const element = pages.dossier;
  const boxOf = (tab: Page, selector: string) =>
    tab
      .locator(selector)
      .first()
      .evaluate((el) => {
        const { left, right, top, bottom } = el.getBoundingClientRect();
        return { left, right, top, bottom };
      });

  it('puts "Op deze pagina" beside the text at 1280 px, in view while the reader scrolls', async () => {
    const tab = await open(element, 1280);
    const [contents, text, facts] = await Promise.all([
      boxOf(tab, '.toc-fold'),
      boxOf(tab, '.entry-main'),
      boxOf(tab, '.key-facts'),
    ]);
    expect(contents.left, 'right of the text column').toBeGreaterThanOrEqual(text.right);
    expect(contents.top, 'level with the top of the text').toBeLessThan(facts.bottom);
    expect(await tab.locator('.toc a[href="#bronnen"]').isVisible()).toBe(true);
    await tab.locator('#bronnen').scrollIntoViewIfNeeded();
    const scrolled = await boxOf(tab, '.toc-fold');
    expect(scrolled.top, 'still on screen after scrolling').toBeGreaterThanOrEqual(0);
    expect(scrolled.top).toBeLessThan(900);
    await tab.context().close();
  });

  it('marks the section in view in "Op deze pagina"', async () => {
    const tab = await open(element, 1280);
    await tab.locator('#bronnen').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    const weight = (href: string) =>
      tab.locator(`.toc a[href="${href}"]`).evaluate((link) => getComputedStyle(link).fontWeight);
    await expect.poll(() => weight('#bronnen')).toBe('700');
    expect(await weight('#waarom')).not.toBe('700');
    await tab.context().close();
  });

  it('keeps "Op deze pagina" inline in the text at 390 px, folded under its name above the key facts', async () => {
    const tab = await open(element, 390);
    const [contents, text, facts] = await Promise.all([
      boxOf(tab, '.toc-fold'),
      boxOf(tab, '.entry-main'),
      boxOf(tab, '.key-facts'),
    ]);
    expect(contents.left).toBeCloseTo(text.left, 0);
    expect(contents.right).toBeLessThanOrEqual(390);
    expect(contents.bottom).toBeLessThanOrEqual(facts.top);
    expect(await tab.locator('.toc a[href="#bronnen"]').isVisible()).toBe(false);
    await tab.locator('.toc-fold summary').click();
    expect(await tab.locator('.toc a[href="#bronnen"]').isVisible()).toBe(true);
    await tab.context().close();
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])('shows the evidence level and the key facts in the first screen at %i × %i', async (width, height) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const tab = await context.newPage();
    await tab.goto(`${site.url}${element}`);
    const level = tab.locator('.key-facts a[href="#onderbouwing"]');
    expect((await level.textContent())?.trim()).toBe('Niet beoordeeld');
    const box = await level.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(box, 'the level above the fold').toBeLessThanOrEqual(height);
    await context.close();
  });
});

describe('screenshots for review', () => {
  it.each(Object.keys(pages) as (keyof typeof pages)[])('%s at 390 and 1280 px, light and dark', async (name) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        const tab = await open(pages[name], width, { colorScheme });
        await tab.screenshot({ path: join(screenshots, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        await tab.context().close();
      }
    }
  });
});
