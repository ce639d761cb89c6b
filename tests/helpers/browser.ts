/**
 * A built site served on 127.0.0.1 (an ephemeral port, in-process, so tests never collide with a running
 * `npm start`) with the response headers of its `_headers` file, as a host would send them, and a page in
 * Chromium (scripts/lib/chromium.ts) for each test.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import sirv from 'sirv';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { headersFor, readHeaderRules } from './headers.ts';

/**
 * `base` is the path the site is published under ("/wat-werkt/", as on a GitHub project page): `dist` is
 * served there, and every other path answers 404, so a link that leaves the base path fails as it would.
 */
export async function serveSite(dist: string, { base = '/' }: { base?: string } = {}) {
  const headersFile = join(dist, '_headers');
  const rules = existsSync(headersFile) ? readHeaderRules(headersFile) : [];
  const files = sirv(dist, { dev: true });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const [name, values] of headersFor(rules, path)) response.setHeader(name, values.join(', '));
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    request.url = `/${request.url!.slice(base.length)}`;
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a browser test file: serves `dist` and launches Chromium once, and gives each test a fresh page at
 * 1280 × 900 in which every request that leaves the site fails (no tracking, fonts or scripts from elsewhere).
 */
export function usePage(dist: string, { base = '/', locale }: { base?: string; locale?: string } = {}) {
  let site: Awaited<ReturnType<typeof serveSite>>;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    site = await serveSite(dist, { base });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  beforeEach(async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...(locale ? { locale } : {}) });
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      throw new Error(`Request left the site: ${route.request().url()}`);
    });
    page = await context.newPage();
    return () => context.close();
  });
  return {
    /** The served site's origin, e.g. http://127.0.0.1:41234. */
    get url() {
      return site.url;
    },
    /** This test's page. */
    get page() {
      return page;
    },
  };
}
