import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digest } from '../digest.ts';
import {
  builtSite,
  publishedPages,
  recordPublished,
  removeStaleFiles,
  reuseSpare,
  type BuildFolders,
} from './reused-staging.ts';

let root: string;
let folders: BuildFolders;

const write = (file: string, text: string, at?: number) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  if (at !== undefined) utimesSync(file, new Date(at), new Date(at));
};
const read = (file: string) => readFileSync(file, 'utf8');

/** Astro's manifest (version 1) of these page files, percent-encoded as Astro writes them. */
const writeManifest = (files: string[]) =>
  write(
    join(folders.cacheDir, 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/[id].astro': {
          dependencyHash: 'x',
          paths: Object.fromEntries(files.map((file) => [`/${file}`, { cacheKey: file, outputFile: encodeURI(file) }])),
        },
      },
    }),
  );

/** A build from scratch of these files (path → text), published the way scripts/build.ts does. */
function publishBuild(files: Record<string, string>) {
  const started = Date.now() - 10_000;
  for (const [file, text] of Object.entries(files)) write(join(folders.staging, file), text, started + 5_000);
  writeManifest(Object.keys(files).filter((file) => file.endsWith('.html')));
  const site = builtSite(folders.staging, started);
  rmSync(folders.spare, { recursive: true, force: true });
  if (existsSync(folders.target)) renameSync(folders.target, folders.spare);
  renameSync(folders.staging, folders.target);
  recordPublished(folders, site, indexedPages(files));
}

/** What the index step would know of the pages among these files. */
const indexedPages = (files: Record<string, string>) =>
  new Map(
    Object.entries(files)
      .filter(([file]) => file.endsWith('.html'))
      .map(([file, text]) => [file, { digest: digest(text) }]),
  );

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'reused-'));
  folders = {
    cacheDir: join(root, 'cache'),
    target: join(root, 'dist'),
    staging: join(root, 'dist.next'),
    spare: join(root, 'dist.spare'),
  };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('reuseSpare', () => {
  it('turns the site before into the current one, copying only what the current build wrote', () => {
    publishBuild({ 'a/index.html': 'a1', 'b/index.html': 'b1', 'old/index.html': 'o1' });
    publishBuild({ 'a/index.html': 'a2', 'b/index.html': 'b2' });
    // A third build over the first site, without what the second removed: only b changes.
    expect(reuseSpare(folders)).toBe('spare');
    expect(existsSync(join(folders.staging, 'old'))).toBe(false);
    const pagesStarted = Date.now() + 1; // as scripts/build.ts: after the reuse, in whole milliseconds
    write(join(folders.staging, 'b/index.html'), 'b3', pagesStarted + 2_000);
    removeStaleFiles(folders, pagesStarted);
    const site = builtSite(folders.staging, pagesStarted);
    expect(site.written).toEqual(['b/index.html']);
    renameSync(folders.target, folders.spare);
    renameSync(folders.staging, folders.target);
    recordPublished(folders, site, indexedPages({ 'a/index.html': 'a2', 'b/index.html': 'b3' }));
    // What the index step knew of the third site's pages, for the fourth build to use for those it keeps.
    expect(publishedPages(folders.cacheDir)).toEqual(indexedPages({ 'a/index.html': 'a2', 'b/index.html': 'b3' }));

    // The fourth build starts from the second site and copies b only: a2 was the third site's already.
    expect(reuseSpare(folders)).toBe('spare');
    expect(read(join(folders.staging, 'a/index.html'))).toBe('a2');
    expect(read(join(folders.staging, 'b/index.html'))).toBe('b3');
  });

  it('starts empty when the folders are not what the record says', () => {
    expect(reuseSpare(folders)).toBeUndefined();
    publishBuild({ 'a/index.html': 'a1' });
    // One published site and no spare yet: nothing to reuse.
    expect(reuseSpare(folders)).toBeUndefined();

    publishBuild({ 'a/index.html': 'a2' });
    // A build that failed after Astro wrote its manifest: the cache describes pages never published.
    writeManifest(['a/index.html', 'new/index.html']);
    expect(reuseSpare(folders)).toBeUndefined();
    expect(existsSync(folders.spare)).toBe(false);

    publishBuild({ 'a/index.html': 'a3' });
    publishBuild({ 'a/index.html': 'a4' });
    // Another build (another content tree) put its own site in place.
    rmSync(folders.target, { recursive: true });
    write(join(folders.target, 'a/index.html'), 'elsewhere');
    expect(reuseSpare(folders)).toBeUndefined();

    publishBuild({ 'a/index.html': 'a5' });
    publishBuild({ 'a/index.html': 'a6' });
    expect(reuseSpare({ ...folders, target: join(root, 'elders') })).toBeUndefined();
  });
});

/** The published site as the deploy workflow restores it from its cache: a new folder, the files' times kept. */
function restorePublished(change?: (copy: string) => void) {
  const copy = join(root, 'restored');
  cpSync(folders.target, copy, { recursive: true, preserveTimestamps: true });
  change?.(copy);
  rmSync(folders.target, { recursive: true });
  rmSync(folders.spare, { recursive: true, force: true });
  renameSync(copy, folders.target);
}

describe('reuseSpare on a published site restored from an archive', () => {
  it('moves the restored site into the staging folder', () => {
    publishBuild({ 'a/index.html': 'a1', 'b/index.html': 'b1' });
    restorePublished();
    expect(reuseSpare(folders)).toBe('published');
    expect(existsSync(folders.target)).toBe(false);
    expect(read(join(folders.staging, 'a/index.html'))).toBe('a1');
    expect(read(join(folders.staging, 'b/index.html'))).toBe('b1');
  });

  it('starts empty when a restored file differs from the published one, or one is missing or added', () => {
    const changes: ((copy: string) => void)[] = [
      (copy) => write(join(copy, 'a/index.html'), 'a1 changed'),
      (copy) => rmSync(join(copy, 'b/index.html')),
      (copy) => write(join(copy, 'c/index.html'), 'c1'),
      (copy) => utimesSync(join(copy, 'a/index.html'), new Date(0), new Date(0)),
    ];
    for (const change of changes) {
      publishBuild({ 'a/index.html': 'a1', 'b/index.html': 'b1' });
      restorePublished(change);
      expect(reuseSpare(folders), String(change)).toBeUndefined();
      expect(existsSync(folders.staging)).toBe(false);
      expect(existsSync(folders.target)).toBe(true);
      rmSync(folders.target, { recursive: true });
    }
  });

  it('starts empty when the restored cache describes another build than the restored site', () => {
    publishBuild({ 'a/index.html': 'a1' });
    restorePublished();
    writeManifest(['a/index.html', 'new/index.html']);
    expect(reuseSpare(folders)).toBeUndefined();
  });
});

describe('removeStaleFiles', () => {
  it('removes what the page build neither wrote nor kept, but the search index, with the folders that leaves empty', () => {
    publishBuild({ 'kept/index.html': 'k', 'gone/index.html': 'g', 'gone/citeer.bib': 'g', 'pagefind/x.pf': 'p' });
    publishBuild({ 'kept/index.html': 'k', 'gone/index.html': 'g', 'gone/citeer.bib': 'g', 'pagefind/x.pf': 'p' });
    expect(reuseSpare(folders)).toBe('spare');
    const pagesStarted = Date.now() + 1; // as scripts/build.ts: after the reuse, in whole milliseconds
    // The page build: `kept` unchanged, `new` rendered, `gone` no longer built.
    write(join(folders.staging, 'new/index.html'), 'n', pagesStarted + 2_000);
    writeManifest(['kept/index.html', 'new/index.html']);

    expect(removeStaleFiles(folders, pagesStarted)).toBe(2);
    expect(existsSync(join(folders.staging, 'gone'))).toBe(false);
    // The search index is left to the index step, which keeps its unchanged bundles.
    expect(existsSync(join(folders.staging, 'pagefind/x.pf'))).toBe(true);
    expect(read(join(folders.staging, 'kept/index.html'))).toBe('k');
    expect(builtSite(folders.staging, pagesStarted).written).toEqual(['new/index.html']);
  });

  it('keeps the files a later step keeps unchanged (the citation files), and only those', () => {
    const old = { 'a/index.html': 'a', 'a/citeer.bib': 'a', 'gone/index.html': 'g', 'gone/citeer.bib': 'g' };
    publishBuild(old);
    publishBuild(old);
    expect(reuseSpare(folders)).toBe('spare');
    const pagesStarted = Date.now() + 1;
    writeManifest(['a/index.html']);

    expect(removeStaleFiles(folders, pagesStarted, ['a/citeer.bib'])).toBe(2);
    expect(read(join(folders.staging, 'a/citeer.bib'))).toBe('a');
    expect(existsSync(join(folders.staging, 'gone'))).toBe(false);
  });

  it("keeps an empty file the build copied over the spare, though the copy keeps its source's old time", async () => {
    const publicFile = join(root, 'public/.nojekyll');
    write(publicFile, '', Date.now() - 60_000);
    publishBuild({ 'a/index.html': 'a', '.nojekyll': '' });
    publishBuild({ 'a/index.html': 'a', '.nojekyll': '' });
    expect(reuseSpare(folders)).toBe('spare');
    const pagesStarted = Date.now() + 1;
    // Past the kernel's coarse clock, which file times come from: Vite copies public/ seconds later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeManifest(['a/index.html']);
    copyFileSync(publicFile, join(folders.staging, '.nojekyll'));

    expect(removeStaleFiles(folders, pagesStarted)).toBe(0);
    expect(existsSync(join(folders.staging, '.nojekyll'))).toBe(true);
    expect(builtSite(folders.staging, pagesStarted).written).toEqual(['.nojekyll']);
  });
});
