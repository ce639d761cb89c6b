/**
 * The Content-Security-Policy in a real browser: the fixture site served with its `_headers` as HTTP headers
 * (tests/helpers/browser.ts) and the meta policy in every page, both enforced. Searching with facets (Pagefind's
 * worker and wasm) and every page must run without a single violation, and a script injected into a page
 * must not run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { htmlFilesIn, pathOfFile } from '../../src/postbuild/built-pages.ts';
import { usePage } from '../helpers/browser.ts';
import { sites } from '../helpers/sites.ts';

const site = usePage(sites.fixture.dist);

declare global {
  interface Window {
    violations?: string[];
    injectedRan?: boolean;
  }
}

/** Violations reported in the page, as "directive: blocked URL". */
const violations = (page: Page) => page.evaluate(() => window.violations ?? []);
/** Console warnings and errors of the page and its workers (Pagefind warns there when its worker fails). */
let complaints: string[];

beforeEach(async () => {
  complaints = [];
  const record = (message: ConsoleMessage) => {
    if (['error', 'warning'].includes(message.type())) complaints.push(`${message.type()}: ${message.text()}`);
  };
  site.page.on('console', record);
  site.page.on('worker', (worker) => worker.on('console', record));
  // Runs before the page's own scripts; init scripts come from the browser, not the page, so the policy
  // does not apply to this one.
  await site.page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations!.push(`${event.effectiveDirective}: ${event.blockedURI}`),
    );
  });
});

const titles = (page: Page) => page.locator('[data-search-results] .result-title').allInnerTexts();

describe('the Content-Security-Policy', () => {
  it('comes as a header with frame-ancestors, beside the meta policy', async () => {
    const response = await site.page.goto(`${site.url}/zoeken/`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(await site.page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
  });

  it('lets search with facets run, Pagefind worker and wasm included, without a violation', async () => {
    await site.page.goto(`${site.url}/zoeken/`);
    await site.page.locator('#zoekterm').fill('wijkteams');
    await expect.poll(async () => (await titles(site.page)).length).toBeGreaterThan(1);
    await site.page.getByRole('checkbox', { name: /^Verslag/ }).check();
    await expect.poll(() => titles(site.page)).toEqual(['Proefcongres over wijkteams']);
    expect(site.page.workers().map((worker) => new URL(worker.url()).pathname)).toContain(
      '/pagefind/pagefind-worker.js',
    );

    await site.page.getByRole('link', { name: 'Proefcongres over wijkteams' }).click();
    await site.page.waitForURL(/\/verslagen\/proefcongres\/$/);
    expect(await site.page.locator('h1').innerText()).toBe('Proefcongres over wijkteams');
    expect(await violations(site.page)).toEqual([]);
    expect(complaints).toEqual([]);
  });

  it('lets every page of the site load without a violation', async () => {
    const found: string[] = [];
    for (const file of htmlFilesIn(sites.fixture.dist)) {
      const path = pathOfFile(file);
      await site.page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      for (const violation of await violations(site.page)) found.push(`${path} ${violation}`);
    }
    expect(found).toEqual([]);
    expect(complaints).toEqual([]);
  });

  it('keeps a script that got into a page from running', async () => {
    // As if a check had missed an inline script in an entry: the served page, with one more script in it.
    const page = readFileSync(join(sites.fixture.dist, 'verslagen/proefcongres/index.html'), 'utf8');
    const injected = page.replace('</main>', '<script>window.injectedRan = true</script></main>');
    await site.page.route(/\/verslagen\/proefcongres\/$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: injected });
    });
    await site.page.goto(`${site.url}/verslagen/proefcongres/`);
    expect(await site.page.evaluate(() => window.injectedRan)).toBeUndefined();
    // One report per policy that refused it: the header's and the meta element's.
    await expect.poll(() => violations(site.page)).toEqual(['script-src-elem: inline', 'script-src-elem: inline']);
  });
});
