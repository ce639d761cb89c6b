/**
 * The site published under a sub-path (a GitHub project page, https://<owner>.github.io/<repo>/), with the
 * path taken from SITE_URL: every internal address the build writes, in pages, feeds, calendars, open data
 * and the sitemap, starts with that path and reaches a built file.
 */
import { existsSync, globSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOfFile } from '../../src/postbuild/built-pages.ts';
import { buildFixtureUnderSubPath, isReadingPage, outputRoot, subPath, type BuildResult } from '../helpers/sites.ts';

const dist = join(outputRoot, 'sub-path-dist');
const site = new URL(subPath.siteUrl);
let build: BuildResult;

beforeAll(() => {
  // A failed build keeps the last output: without it, the tests below would read that instead.
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(outputRoot, { recursive: true });
  build = buildFixtureUnderSubPath(dist);
});

const filesIn = (pattern: string) => globSync(pattern, { cwd: dist, exclude: ['pagefind/**'] }).sort();

/** Every address an HTML page refers to, as written: links, sources, image sets, the search form, og:url. */
function addressesInPage(html: string): string[] {
  const $ = load(html);
  const written = [
    ...$('[href]').map((_, el) => $(el).attr('href')!),
    ...$('[src]').map((_, el) => $(el).attr('src')!),
    ...$('[action]').map((_, el) => $(el).attr('action')!),
    ...$('[srcset]').map((_, el) =>
      $(el)
        .attr('srcset')!
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0]!),
    ),
    ...$('meta[property="og:url"]').map((_, el) => $(el).attr('content')!),
  ];
  // JSON-LD: the absolute URLs of structured data.
  const structured = $('script[type="application/ld+json"]')
    .map((_, el) => $(el).text())
    .get()
    .flatMap((json) => addressesInText(json));
  return [...written.flat(), ...structured];
}

/** Absolute addresses on the site's host in a feed, calendar, JSON file or sitemap. */
function addressesInText(text: string): string[] {
  // iCalendar folds long lines (CRLF and a space); unfolded, each address is whole.
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  return [...unfolded.matchAll(new RegExp(`${site.origin.replace(/\./g, '\\.')}[^\\s"'<>\\\\]*`, 'g'))].map(
    (m) => m[0],
  );
}

/** Where an internal address lands in dist/, or why it does not. */
function fileOf(address: string, from: URL): string {
  const target = new URL(address, from);
  if (!target.pathname.startsWith(subPath.base)) return `outside ${subPath.base}: ${target.pathname}`;
  const path = decodeURI(target.pathname.slice(subPath.base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Every internal address of `files`, with the page URL it is resolved against. */
function internalAddresses(files: string[], read: (text: string) => string[]) {
  return files.flatMap((file) => {
    const from = new URL(pathOfFile(file).slice(1), site);
    return read(readFileSync(join(dist, file), 'utf8'))
      .filter((address) => !/^(mailto|tel|data):|^#/.test(address))
      .filter((address) => new URL(address, from).origin === site.origin)
      .map((address) => ({ file, address, target: fileOf(address, from) }));
  });
}

const unreachable = (addresses: ReturnType<typeof internalAddresses>) =>
  addresses.filter(({ target }) => !existsSync(join(dist, target)));

describe('a site whose SITE_URL has a path', () => {
  it('builds, and the link check passes under that path', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('Checked the internal links of');
  });

  it('writes every internal address of every page under the path, and each reaches a built file', () => {
    const addresses = internalAddresses(filesIn('**/*.html'), addressesInPage);
    expect(addresses.length).toBeGreaterThan(500);
    // Root-relative addresses are the ones a missing base path breaks: there must be plenty of them.
    expect(addresses.filter(({ address }) => address.startsWith(subPath.base)).length).toBeGreaterThan(400);
    expect(addresses.filter(({ address }) => address.startsWith('/') && !address.startsWith(subPath.base))).toEqual([]);
    expect(unreachable(addresses)).toEqual([]);
  });

  it('rewrites the root-relative links editors write in Markdown and MDX', () => {
    const page = (path: string) => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
    expect(page('themas/geldzorgen')('main a:contains("de rustige post")').attr('href')).toBe(
      '/wat-werkt/praktijkvoorbeelden/rustige-post/',
    );
    expect(page('verslagen/proefcongres')('main a:contains("de vaste ankerpersoon")').attr('href')).toBe(
      '/wat-werkt/werkzame-elementen/vaste-ankerpersoon/#bronnen',
    );
  });

  it('writes absolute addresses under the path in feeds, calendars, open data and the sitemap', () => {
    for (const pattern of ['**/*.xml', '**/*.ics', 'data/!(*.schema).json']) {
      const files = filesIn(pattern);
      expect(files.length, pattern).toBeGreaterThan(0);
      const addresses = internalAddresses(files, addressesInText);
      expect(addresses.length, pattern).toBeGreaterThan(files.length - 1);
      expect(unreachable(addresses), pattern).toEqual([]);
    }
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain(
      '<loc>https://voorbeeld.test/wat-werkt/sitemap-0.xml</loc>',
    );
  });

  it('gives every page a canonical address under the path', () => {
    const pages = filesIn('**/*.html').filter((file) => file !== '404.html' && isReadingPage(file));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const canonical = load(readFileSync(join(dist, file), 'utf8'))('link[rel="canonical"]').attr('href');
      expect(canonical, file).toBe(new URL(pathOfFile(file).slice(1), site).href);
    }
  });
});
