/**
 * A rebuild after one changed entry changes a few dozen of the site's files (about 110,000 at 20,000
 * entries), yet building into an empty staging folder wrote all of them again: Astro copies every cached page
 * from its cache into the output folder, and publishing deleted the previous site. On this machine's disk
 * creating and deleting small files costs 0.1–1 ms each, so that copying and deleting dominated a rebuild.
 *
 * So the site published before the current one is kept as a spare folder. The next build renames the spare
 * into the staging folder, copies over it only the files the current site's build wrote and removes what that
 * build removed, which makes it equal to the current site. Astro then leaves the pages whose cache key is
 * unchanged as they are (it skips a cached page already in its output folder), and renders the others over
 * them. After the page build, every file this build neither rendered nor kept is removed, so the staging
 * folder holds exactly what a build from scratch writes (the incremental property test checks it byte for
 * byte). The current site becomes the next spare. When anything does not match the record (a failed or
 * `--force` build since, a folder moved or replaced, another content tree built into the same folder) the
 * build starts from an empty staging folder.
 *
 * The deploy workflow has no spare: it restores the published site and Astro's cache from GitHub's cache
 * (a tar archive), which gives every file and folder a new inode and birth time. Such a site is recognised
 * by its files instead (each one's path, size and modification second, which tar keeps), and the build goes
 * over that copy, moved into the staging folder: until it is published there is then no site in the output
 * folder, as on a first build.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { digest, fileDigest } from '../digest.ts';
import { filesIn, writtenAfter } from './built-pages.ts';
import type { IndexedPage } from './page-marks.ts';
import { SEARCH_INDEX } from './search-index.ts';

export interface BuildFolders {
  cacheDir: string;
  /** The published site. */
  target: string;
  /** Where this build writes (src/postbuild/staging.ts). */
  staging: string;
  /** The site published before the current one. */
  spare: string;
}

/** Astro's record of the last build's keyed pages (astro/dist/core/build/incremental.js, version 1). */
const manifestFile = (cacheDir: string) => join(cacheDir, 'incremental-build.json');
const recordFile = (cacheDir: string) => join(cacheDir, 'wat-werkt-spare.json');
const RECORD_VERSION = 3;

interface FolderId {
  ino: number;
  birthtimeMs: number;
}

interface PublishedRecord {
  version: typeof RECORD_VERSION;
  target: string;
  /** SHA-256 of Astro's manifest of the published build. */
  manifest: string;
  /** The two folders themselves: a folder put in their place has another inode or birth time. */
  targetFolder: FolderId;
  /** Absent when the published build had no site before it (a first build, or one over a restored site). */
  spareFolder?: FolderId;
  /** Every file (path inside the site) the published build wrote, rather than kept from the spare. */
  written: string[];
  /** `siteFingerprint` of the published site. */
  files: string;
  /** The index step's record of each page of the published site, by path inside it (search-marks.ts). */
  pages: Record<string, IndexedPage>;
}

/** How a build starts: over the spare brought up to date, over the published site itself, or empty. */
export type Reuse = 'spare' | 'published' | undefined;

const folderId = (path: string): FolderId => {
  const { ino, birthtimeMs } = statSync(path);
  return { ino, birthtimeMs };
};
const sameFolder = (path: string, id: FolderId) => {
  if (!existsSync(path)) return false;
  const now = folderId(path);
  return now.ino === id.ino && now.birthtimeMs === id.birthtimeMs;
};

/**
 * Every file of a site by path, size and modification time in whole seconds (a tar archive in the older
 * format keeps no fractions): what a copy restored from an archive still shares with the site it copies.
 */
export const siteFingerprint = (site: string) => fingerprintOf(statsOf(site));

/** Every file of a site (paths inside it) with its stats. */
const statsOf = (site: string) => filesIn(site).map((file): [string, Stats] => [file, statSync(join(site, file))]);

const fingerprintOf = (files: [string, Stats][]) =>
  digest(
    files
      .map(([file, { size, mtimeMs }]) => `${file}\t${size}\t${Math.floor(mtimeMs / 1000)}`)
      .sort()
      .join('\n'),
  );

/** A folder inside the site and the folders it is in, up to (not including) the site's root. */
const ancestors = (folder: string): string[] => (folder === '.' ? [] : [folder, ...ancestors(dirname(folder))]);

function readRecord(cacheDir: string): PublishedRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as Partial<PublishedRecord>;
    return record.version === RECORD_VERSION ? (record as PublishedRecord) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns the spare into the staging folder, equal to the published site, when the record says exactly what
 * to copy; else, when the published folder is a copy of the published site (restored from an archive: another
 * folder, the same files), moves it into the staging folder; else removes the spare, and the build starts empty.
 */
export function reuseSpare({ cacheDir, target, staging, spare }: BuildFolders): Reuse {
  const record = readRecord(cacheDir);
  const recorded =
    record !== undefined &&
    record.target === resolve(target) &&
    existsSync(manifestFile(cacheDir)) &&
    record.manifest === fileDigest(manifestFile(cacheDir));
  const spareValid =
    recorded &&
    record.spareFolder !== undefined &&
    sameFolder(target, record.targetFolder) &&
    sameFolder(spare, record.spareFolder);
  try {
    if (!recorded) throw new Error('The cache does not describe the published site.');
    if (!spareValid) {
      // Only a copy of the published site is moved: the site itself (same folder) stays in place while this
      // build runs, and the build starts empty, keeping it as the next build's spare.
      const copy = existsSync(target) && !sameFolder(target, record.targetFolder);
      if (!copy || siteFingerprint(target) !== record.files) throw new Error('No restored copy of the published site.');
      rmSync(spare, { recursive: true, force: true });
      renameSync(target, staging);
      return 'published';
    }
    renameSync(spare, staging);
    const made = new Set<string>();
    for (const file of record.written) {
      const to = join(staging, file);
      if (!made.has(dirname(to))) {
        mkdirSync(dirname(to), { recursive: true });
        made.add(dirname(to));
      }
      copyFileSync(join(target, file), to);
    }
    // And without what the current build removed (pages that are gone, replaced search files).
    const published = new Set(filesIn(target));
    removeFiles(
      staging,
      filesIn(staging).filter((file) => !published.has(file)),
    );
    return 'spare';
  } catch {
    // Whatever went wrong (a file where the site now has a folder, say), an empty folder is always right.
    for (const folder of [spare, staging]) rmSync(folder, { recursive: true, force: true });
    return undefined;
  }
}

/** Removes files (paths inside `root`) and then the folders that leaves empty, deepest first. */
function removeFiles(root: string, files: readonly string[]) {
  for (const file of files) rmSync(join(root, file));
  // Each folder once: one folder may hold thousands of the files.
  const folders = new Set(files.flatMap((file) => ancestors(dirname(file))));
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length))
    if (readdirSync(join(root, folder)).length === 0) rmdirSync(join(root, folder));
}

/** The output files (paths inside the site) of every page in Astro's manifest of this build. */
function keptPages(cacheDir: string): Set<string> {
  const data = JSON.parse(readFileSync(manifestFile(cacheDir), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  // Astro writes each path as a URL relative to the output folder (percent-encoded).
  return new Set(
    Object.values(data.routes).flatMap((route) =>
      Object.values(route.paths).map(({ outputFile }) =>
        fileURLToPath(new URL(outputFile, pathToFileURL('/'))).slice(1),
      ),
    ),
  );
}

/**
 * After the page build over a reused spare: removes every file Astro neither wrote (after `pagesStarted`,
 * taken seconds before Astro writes its first page) nor kept as a cached page, nor a step after it kept
 * unchanged (`keptByPostbuild`, such as the citation files), with the folders that leaves empty. What stays is
 * what a build from scratch has at this point.
 */
export function removeStaleFiles(
  { cacheDir, staging }: BuildFolders,
  pagesStarted: number,
  keptByPostbuild: readonly string[] = [],
): number {
  const kept = keptPages(cacheDir);
  for (const file of keptByPostbuild) kept.add(file);
  const stale = filesIn(staging).filter(
    (file) =>
      !kept.has(file) &&
      // The search index is the index step's, which keeps its unchanged bundles in place (search-index.ts).
      !file.startsWith(`${SEARCH_INDEX}/`) &&
      !writtenAfter(statSync(join(staging, file)), pagesStarted),
  );
  removeFiles(staging, stale);
  return stale.length;
}

/** What the records of a published build hold of its site (recordPublished, and build-inputs.ts). */
export interface BuiltSite {
  /** The files (paths inside the site) the build wrote after `pagesStarted`. */
  written: string[];
  /** `siteFingerprint` of the site, which publishing (renaming its folder) leaves as it is. */
  fingerprint: string;
}

/** The site in the staging folder, about to be published: one walk, one stat of each file. */
export function builtSite(staging: string, pagesStarted: number): BuiltSite {
  const files = statsOf(staging);
  return {
    written: files.filter(([, stats]) => writtenAfter(stats, pagesStarted)).map(([file]) => file),
    fingerprint: fingerprintOf(files),
  };
}

/**
 * Records, right after publishing (the published site's former folder now the spare), what the next build
 * needs to reuse the spare: the files this build wrote, taken before publishing (`builtSite`); and what the
 * index step knows of its pages, which holds for every page a build over this site keeps.
 */
export function recordPublished(
  { cacheDir, target, spare }: BuildFolders,
  { written, fingerprint }: BuiltSite,
  pages: ReadonlyMap<string, IndexedPage>,
): void {
  rmSync(recordFile(cacheDir), { force: true });
  if (!existsSync(manifestFile(cacheDir))) return;
  const record: PublishedRecord = {
    version: RECORD_VERSION,
    target: resolve(target),
    manifest: fileDigest(manifestFile(cacheDir)),
    targetFolder: folderId(target),
    ...(existsSync(spare) && { spareFolder: folderId(spare) }),
    written,
    files: fingerprint,
    pages: Object.fromEntries(pages),
  };
  writeFileSync(recordFile(cacheDir), JSON.stringify(record));
}

/**
 * The index step's record of the published site's pages (recordPublished): for a build that `reuseSpare`
 * started over that site, where it holds for every page the build has not written.
 */
export function publishedPages(cacheDir: string): ReadonlyMap<string, IndexedPage> | undefined {
  const record = readRecord(cacheDir);
  return record && new Map(Object.entries(record.pages));
}
