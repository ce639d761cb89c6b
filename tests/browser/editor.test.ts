/**
 * The browser editor at /redactie/ (Sveltia CMS, served from the site), in Chromium with a Dutch browser, the
 * site's `_headers` applied as a host would: it loads under its own policy without a violation, a console
 * error or a request to another origin, and speaks Dutch.
 */
import type { ConsoleMessage } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePage } from '../helpers/browser.ts';
import { sites } from '../helpers/sites.ts';

const site = usePage(sites.fixture.dist, { locale: 'nl-NL' });

declare global {
  interface Window {
    violations?: string[];
  }
}

let complaints: string[];
let elsewhere: string[];

beforeEach(async () => {
  complaints = [];
  elsewhere = [];
  const record = (message: ConsoleMessage) => {
    if (['error', 'warning'].includes(message.type())) complaints.push(`${message.type()}: ${message.text()}`);
  };
  site.page.on('console', record);
  site.page.on('worker', (worker) => worker.on('console', record));
  site.page.on('request', (request) => {
    if (!request.url().startsWith(site.url) && !/^(data|blob):/.test(request.url())) elsewhere.push(request.url());
  });
  await site.page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations!.push(`${event.effectiveDirective}: ${event.blockedURI}`),
    );
  });
});

describe('the editor at /redactie/', () => {
  it('loads under its own policy, in Dutch, with no violation, console error or request elsewhere', async () => {
    const response = await site.page.goto(`${site.url}/redactie/`);
    const header = response!.headers()['content-security-policy']!;
    // One policy (a second, the site's, would be joined with a comma and block the editor), with its own sources.
    expect(header).not.toContain(',');
    expect(header).toContain("style-src-attr 'unsafe-inline'");
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).not.toContain(" 'unsafe-eval'");
    expect(header).toContain("frame-ancestors 'none'");

    await expect.poll(() => site.page.locator('body').innerText()).toContain('Werken met een testrepository');
    await site.page.getByRole('button', { name: 'Werken met een testrepository' }).click();
    await expect.poll(() => site.page.getByRole('button', { name: /Nieuw/ }).count()).toBeGreaterThan(0);
    expect(await site.page.locator('html').getAttribute('lang')).toBe('nl');

    expect(await site.page.evaluate(() => window.violations)).toEqual([]);
    expect(complaints).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('keeps the site policy everywhere else: a page beside it gets no editor source', async () => {
    const response = await site.page.goto(`${site.url}/zoeken/`);
    const header = response!.headers()['content-security-policy']!;
    expect(header).not.toContain('unsafe-inline');
    expect(header).not.toContain('api.github.com');
    const meta = await site.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta).not.toContain('unsafe-inline');
  });
});
