/**
 * How the real archive looks and behaves for people who zoom, use a small phone or only a keyboard.
 * Screenshots of the key pages land in tests/.output/screenshots/ (git-ignored) for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { htmlFilesIn, pathOfFile } from '../../src/build/built-pages.ts';
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

async function open(path: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
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

describe('screenshots for review', () => {
  it.each(['home', 'dossier', 'programme', 'search'] as const)('%s at 390 and 1280 px', async (name) => {
    for (const width of [390, 1280]) {
      const tab = await open(pages[name], width);
      await tab.screenshot({ path: join(screenshots, `${name}-${width}.png`), fullPage: true });
      await tab.context().close();
    }
  });
});
