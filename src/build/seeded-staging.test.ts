import {
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
import { recordPublished, removeDroppedSeeds, seedStaging } from './seeded-staging.ts';

let root: string;
let cacheDir: string;
let target: string;
let staging: string;

const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

/** Astro's manifest (version 1) listing these output files under one route, percent-encoded as Astro does. */
const writeManifest = (files: string[]) =>
  write(
    join(cacheDir, 'incremental-build.json'),
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

/** A published build of these files, with the manifest that describes it. */
function publish(files: string[]) {
  for (const file of files) write(join(root, 'next', file), `<p>${file}</p>`);
  rmSync(target, { recursive: true, force: true });
  renameSync(join(root, 'next'), target);
  writeManifest(files);
  recordPublished({ cacheDir, target });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'seeded-'));
  cacheDir = join(root, 'cache');
  target = join(root, 'dist');
  staging = join(root, 'dist.next');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('seedStaging', () => {
  it("copies the cached pages' files of the published build, and nothing else", () => {
    publish(['a/index.html', 'b/index.html', 'b/citeer.bib', 'café/index.html']);
    write(join(target, '_headers'), 'not a page');
    const seed = seedStaging({ cacheDir, target, staging });
    expect(seed?.files.sort()).toEqual(['a/index.html', 'b/citeer.bib', 'b/index.html', 'café/index.html']);
    expect(readFileSync(join(staging, 'café/index.html'), 'utf8')).toBe('<p>café/index.html</p>');
    expect(existsSync(join(staging, '_headers'))).toBe(false);
  });

  it('copies nothing when the published folder is not the build the cache describes', () => {
    expect(seedStaging({ cacheDir, target, staging })).toBeUndefined();
    publish(['a/index.html']);
    // A build that failed after Astro wrote its manifest: the cache describes pages that were never published.
    writeManifest(['a/index.html', 'new/index.html']);
    expect(seedStaging({ cacheDir, target, staging })).toBeUndefined();

    publish(['a/index.html']);
    // Another build (another content tree, another cache) put its own folder in place.
    rmSync(target, { recursive: true });
    write(join(target, 'a/index.html'), '<p>from elsewhere</p>');
    expect(seedStaging({ cacheDir, target, staging })).toBeUndefined();

    publish(['a/index.html']);
    expect(seedStaging({ cacheDir, target: join(root, 'elders'), staging })).toBeUndefined();
  });
});

describe('removeDroppedSeeds', () => {
  it('removes the seeded files of pages that are gone, with their folders, and keeps what Astro wrote', () => {
    publish(['kept/index.html', 'gone/index.html', 'gone/citeer.bib', 'rewritten/index.html']);
    const seed = seedStaging({ cacheDir, target, staging })!;
    // Make the seeds older than the page build, whose start is now.
    const past = new Date(Date.now() - 60_000);
    for (const file of seed.files) utimesSync(join(staging, file), past, past);
    const pagesStarted = Date.now();
    // The page build: `rewritten` lost its cache key but was rendered anew; `gone` is no longer built.
    writeManifest(['kept/index.html']);
    write(join(staging, 'rewritten/index.html'), '<p>new</p>');
    const during = new Date(pagesStarted + 2_000);
    utimesSync(join(staging, 'rewritten/index.html'), during, during);

    expect(removeDroppedSeeds(seed, { cacheDir, staging, pagesStarted })).toBe(2);
    expect(existsSync(join(staging, 'gone'))).toBe(false);
    expect(existsSync(join(staging, 'kept/index.html'))).toBe(true);
    expect(readFileSync(join(staging, 'rewritten/index.html'), 'utf8')).toBe('<p>new</p>');
  });
});
