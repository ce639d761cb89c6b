/**
 * The sites the build and browser tests look at: built once per test run by the global setup, from the
 * fixture content and from the real content, with the build date pinned so the agenda is stable.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { editorFolder } from '../../src/postbuild/security-headers.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const outputRoot = join(projectRoot, 'tests/.output');
export const pinnedToday = '2026-11-23';

export const sites = {
  fixture: { content: join(projectRoot, 'tests/fixtures/site'), dist: join(outputRoot, 'fixture-dist') },
  real: { content: join(projectRoot, 'content'), dist: join(outputRoot, 'real-dist') },
} as const;

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Runs the real build (`npm run build`: Astro, link check, search index) on a content tree: from scratch
 * (`--force`) unless `incremental`, with any further environment variables in `env`.
 */
export function buildSite(
  content: string,
  outDir: string,
  { incremental = false, env = {} }: { incremental?: boolean; env?: Record<string, string> } = {},
): BuildResult {
  const args = ['scripts/build.ts', ...(incremental ? [] : ['--force']), '--outDir', outDir];
  const result = spawnSync('node', args, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      WAT_WERKT_CONTENT: content,
      WAT_WERKT_TODAY: pinnedToday,
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The fixture published under a sub-path, as on a GitHub project page (https://<owner>.github.io/<repo>/). */
export const subPath = { siteUrl: 'https://voorbeeld.test/wat-werkt/', base: '/wat-werkt/' } as const;

/** Builds the fixture with `SITE_URL` carrying `subPath`, into `outDir` (with a cache of its own beside it). */
export const buildFixtureUnderSubPath = (outDir: string) =>
  buildSite(sites.fixture.content, outDir, {
    env: { SITE_URL: subPath.siteUrl, WAT_WERKT_CACHE_DIR: `${outDir}-cache` },
  });

/**
 * A page for readers, by its file in `dist`: every page but the browser editor's (/redactie/), a tool whose
 * interface Sveltia draws in the browser, with no site header, footer or canonical address and the editor's
 * script. tests/browser/editor.test.ts holds that page to its own rules; axe and the HTML checks still see it.
 */
export const isReadingPage = (file: string) => !file.replaceAll('\\', '/').startsWith(`${editorFolder}/`);

/** A built page, parsed: `page(site, '/verslagen/x/')`. */
export function page(site: keyof typeof sites, path: string): CheerioAPI {
  const file = join(sites[site].dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  return load(readFileSync(file, 'utf8'));
}

/** Visible text of an element with whitespace collapsed. */
export const text = ($: CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();

/** The key-facts panel as { term: description }. */
export function keyFacts($: CheerioAPI): Record<string, string> {
  return Object.fromEntries(
    $('.key-facts dt')
      .map((_, dt) => [[$(dt).text().trim(), $(dt).next('dd').text().replace(/\s+/g, ' ').trim()]])
      .get() as [string, string][],
  );
}
