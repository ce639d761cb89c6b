/**
 * The fixture published under a sub-path, served there (and nowhere else) with its _headers: search loads
 * Pagefind from under the path, filters by a facet, and its results open the pages under the path.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { usePage } from '../helpers/browser.ts';
import { buildFixtureUnderSubPath, outputRoot, subPath } from '../helpers/sites.ts';

const dist = join(outputRoot, 'sub-path-browser-dist');

// Before usePage's own hooks: the server reads the built _headers when it starts.
beforeAll(() => {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(outputRoot, { recursive: true });
  const build = buildFixtureUnderSubPath(dist);
  if (build.status !== 0) throw new Error(`Building the fixture under ${subPath.base} failed:\n${build.output}`);
});

const site = usePage(dist, { base: subPath.base });

const titles = (page: Page) => page.locator('[data-search-results] .result-title').allInnerTexts();

/** Every response that failed or was refused, and every Content-Security-Policy violation, on `page`. */
function problemsOn(page: Page) {
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}

describe(`the site under ${subPath.base}`, () => {
  it('searches with a facet and opens a result under the path', async () => {
    const problems = problemsOn(site.page);
    await site.page.goto(`${site.url}${subPath.base}zoeken/?q=wijkteams`);
    await expect.poll(async () => (await titles(site.page)).length).toBeGreaterThan(1);
    await site.page.getByRole('checkbox', { name: /^Verslag/ }).check();
    await expect.poll(() => titles(site.page)).toEqual(['Proefcongres over wijkteams']);
    expect(new URL(site.page.url()).pathname).toBe(`${subPath.base}zoeken/`);

    await site.page.locator('[data-search-results] .result-title a').first().click();
    await site.page.waitForURL(`**${subPath.base}verslagen/proefcongres/`);
    expect(await site.page.locator('h1').innerText()).toBe('Proefcongres over wijkteams');
    // The page's styles came from under the path too: the header is laid out (a grid), not a bare block.
    expect(await site.page.locator('.site-header .bar').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    expect(problems).toEqual([]);
  });

  it("sends the header's search form to the search page under the path", async () => {
    const problems = problemsOn(site.page);
    await site.page.goto(`${site.url}${subPath.base}themas/geldzorgen/`);
    await site.page.locator('#zoek-kop').fill('ankerpersoon');
    await site.page.locator('#zoek-kop').press('Enter');
    await site.page.waitForURL(`**${subPath.base}zoeken/?q=ankerpersoon`);
    await expect.poll(() => titles(site.page)).toContain('Vaste ankerpersoon');
    expect(problems).toEqual([]);
  });
});
