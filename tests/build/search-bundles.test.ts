/**
 * The search index in bundles (src/search/bundles.ts), on the fixture with a cap of 3 pages a bundle:
 * every searchable page is indexed once, in bundles by date, and a later build indexes again only the
 * bundles whose pages changed, copying the rest byte for byte. The normal fixture build stays one bundle.
 */
import { cpSync, existsSync, globSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../src/search/bundles.ts';
import { buildSite, outputRoot, sites } from '../helpers/sites.ts';

const root = join(outputRoot, 'search-bundles');
const content = join(root, 'content');
const dist = join(root, 'dist');
const env = { WAT_WERKT_SEARCH_BUNDLE_PAGES: '3' };

const manifest = (site: string) =>
  JSON.parse(readFileSync(join(site, 'pagefind/bundles.json'), 'utf8')) as BundleManifest;

/** The URL and filters of every page in a bundle, from Pagefind's fragment files. */
function fragments(bundle: string): { url: string; filters: Record<string, string[]> }[] {
  return globSync('fragment/*.pf_fragment', { cwd: bundle }).map((file) => {
    const text = gunzipSync(readFileSync(join(bundle, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
  });
}

/** Every file of the search index with its bytes. */
const indexFiles = (site: string) =>
  new Map(globSync('pagefind/**/*.*', { cwd: site }).map((file) => [file, readFileSync(join(site, file))]));

let first: ReturnType<typeof buildSite>;
beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(sites.fixture.content, content, { recursive: true });
  first = buildSite(content, dist, { env });
  if (first.status !== 0) throw new Error(first.output);
});

describe('a site larger than the cap', () => {
  it('is indexed in bundles of at most the cap, each page in exactly one, as in the one-bundle build', () => {
    const { bundles } = manifest(dist);
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    const pages = bundles.map((bundle) => fragments(join(dist, 'pagefind', bundle.path)));
    for (const [i, bundle] of bundles.entries()) {
      expect(pages[i]!.length, bundle.id).toBeGreaterThan(0);
      expect(pages[i]!.length, bundle.id).toBeLessThanOrEqual(3);
      // No search tells the bundles apart by a filter: Pagefind would count it on every search.
      for (const page of pages[i]!) expect(page.filters.bundel, page.url).toBeUndefined();
    }
    const urls = pages.flat().map((page) => page.url);
    expect(urls.sort()).toEqual(
      fragments(join(sites.fixture.dist, 'pagefind'))
        .map((page) => page.url)
        .sort(),
    );
    // Every bundle indexed, none copied; the words of pages the cache remembers from an earlier run may follow.
    expect(first.output).toMatch(
      new RegExp(`Indexed ${urls.length} pages in [\\d.]+ s \\(${bundles.length} search bundles[;)]`),
    );
  });

  it('gives the dated bundles ranges one after the other, and loads the newest first', () => {
    const dated = manifest(dist).bundles.filter((bundle) => bundle.from);
    expect(dated.length).toBeGreaterThanOrEqual(2);
    for (const [i, bundle] of dated.entries()) {
      expect(bundle.from! <= bundle.to!).toBe(true);
      if (i > 0) expect(dated[i - 1]!.to! < bundle.from!).toBe(true);
    }
    expect(dated.at(-1)!.path).toBe('');
    expect(manifest(dist).bundles.filter((bundle) => bundle.path === '')).toHaveLength(1);
  });

  it('indexes again only the bundle whose page changed; the copies equal a clean build byte for byte', () => {
    const { bundles } = manifest(dist);
    // The oldest entry's body is shown on its own page only (other pages show its title and summary).
    const report = join(content, 'verslagen/proefcongres.mdx');
    writeFileSync(report, `${readFileSync(report, 'utf8')}\nEen nieuwe alinea over de proefzaal.\n`);
    const rebuilt = buildSite(content, dist, { incremental: true, env });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain(`${bundles.length - 1} unchanged, not indexed again`);
    // Only the changed pages' words are read again (word-memory.ts); the index equals a clean build's below.
    expect(rebuilt.output).toMatch(/the words of \d+ unchanged pages remembered/);
    const changed = manifest(dist).bundles.filter((bundle, i) => bundle.key !== bundles[i]!.key);
    expect(changed.map((bundle) => bundle.id)).toEqual([bundles[0]!.id]);
    // Its unchanged pages' fragments are the previous site's files, which Pagefind did not write again
    // (src/postbuild/pagefind-files.ts); that site is now the spare.
    const [now, before] = [dist, `${dist}.spare`].map((site) => join(site, 'pagefind', changed[0]!.path));
    const reused = globSync('fragment/*', { cwd: now! }).filter(
      (file) => existsSync(join(before!, file)) && statSync(join(now!, file)).ino === statSync(join(before!, file)).ino,
    );
    expect(reused.length).toBeGreaterThan(0);

    const clean = join(root, 'clean-dist');
    // A cache of its own: the incremental builds here copy from the site published with theirs.
    const fresh = buildSite(content, clean, { env: { ...env, WAT_WERKT_CACHE_DIR: `${clean}-cache` } });
    expect(fresh.status, fresh.output).toBe(0);
    expect(fresh.output).not.toContain('unchanged, not indexed again');
    expect(indexFiles(dist)).toEqual(indexFiles(clean));
  });

  it('back within the cap, leaves no bundle mark on the pages it copied from the bundled build', () => {
    // Same cache, one bundle now: unchanged pages are kept from the marked build before (reused-staging.ts).
    const rebuilt = buildSite(content, dist, { incremental: true });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain('Building over the previous site');
    const clean = join(root, 'clean-one-bundle');
    const fresh = buildSite(content, clean, { env: { WAT_WERKT_CACHE_DIR: `${clean}-cache` } });
    expect(fresh.status, fresh.output).toBe(0);
    const pages = (site: string) =>
      new Map(globSync('**/*.html', { cwd: site }).map((file) => [file, readFileSync(join(site, file), 'utf8')]));
    const built = pages(dist);
    expect([...built.values()].filter((html) => html.includes('data-pagefind-filter="bundel:'))).toEqual([]);
    expect(built).toEqual(pages(clean));
    expect(indexFiles(dist)).toEqual(indexFiles(clean));
  });

  it('keeps unchanged bundles in place when it builds over the previous site, with nothing left over', () => {
    const report = join(content, 'verslagen/proefcongres.mdx');
    writeFileSync(report, `${readFileSync(report, 'utf8')}\nNog een alinea.\n`);
    const changed = buildSite(content, dist, { incremental: true, env });
    expect(changed.status, changed.output).toBe(0);
    // Nothing the site shows changed since: every bundle stays where it is, in a folder that held the one-bundle
    // index before. (With no input changed at all the build would keep the site without building: the heap
    // limit is an input, build-inputs.ts.)
    const same = buildSite(content, dist, { incremental: true, env: { ...env, WAT_WERKT_BUILD_HEAP_MB: '2047' } });
    expect(same.status, same.output).toBe(0);
    expect(same.output).toContain('Building over the previous site');
    expect(same.output).toContain(`${manifest(dist).bundles.length} unchanged, not indexed again`);
    const clean = join(root, 'clean-bundles-again');
    const fresh = buildSite(content, clean, { env: { ...env, WAT_WERKT_CACHE_DIR: `${clean}-cache` } });
    expect(fresh.status, fresh.output).toBe(0);
    expect(indexFiles(dist)).toEqual(indexFiles(clean));
  });
});

describe('a site within the cap', () => {
  it('is one bundle at /pagefind/, without a bundle filter', () => {
    expect(manifest(sites.fixture.dist).bundles.map((bundle) => bundle.path)).toEqual(['']);
    for (const page of fragments(join(sites.fixture.dist, 'pagefind'))) expect(page.filters.bundel).toBeUndefined();
  });
});
