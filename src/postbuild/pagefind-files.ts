/**
 * Pagefind's CLI, and reusing what it wrote for a bundle before when the bundle has to be indexed again.
 *
 * Pagefind names its fragments (a page's text), word-index chunks, filter indexes and metadata after a hash of
 * their contents, and skips such a file when it already exists in its output folder: it neither compresses nor
 * writes it again. Compressing is most of a run (gzip at its best level): of 11 s for a bundle of 3,989
 * generated pages, 6.2 s went to writing 4,232 files, which a run over the bundle's earlier files skipped. So
 * the index step puts the earlier version's files into the output folder before Pagefind runs
 * (`seedBundle`), and afterwards removes those the new version no longer lists (`pruneBundle`).
 *
 * Pagefind's other files (its scripts, wasm, entry file) are written whatever exists, by truncating the file:
 * they are never seeded, so a hard link to the previous site's copy is never written through.
 */
import { execFile } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';

/** Pagefind's package folder (its main module is lib/index.js). */
export const pagefindPackage = () => join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..');

/** What one Pagefind run ended with: its exit status (null when stopped) and what it printed. */
export interface PagefindRun {
  status: number | null;
  output: string;
}

/**
 * Pagefind's executable, found as its npm wrapper (the package's "bin") finds it. The wrapper would run it as a
 * child of its own, which stopping the wrapper leaves running.
 */
const { resolveBinaryPath } = (await import(pathToFileURL(join(pagefindPackage(), 'lib/resolveBinary.js')).href)) as {
  resolveBinaryPath: (names: string[]) => string;
};
const pagefindBinary = resolveBinaryPath(['pagefind_extended', 'pagefind']);

export interface PagefindRunOptions {
  /**
   * Only these pages (paths inside the site), named to Pagefind as one glob in a configuration file that is
   * written into `folder`, where Pagefind runs: a bundle's glob (about 45 bytes a page) is too long for a
   * command line (128 KB an argument on Linux). A folder of links to the pages would do as well, but creating
   * and removing thousands of links and folders took 1–2 s of each run.
   */
  pages?: { files: readonly string[]; folder: string };
  signal?: AbortSignal | undefined;
}

/** Glob syntax (wax, which Pagefind uses) escaped with a backslash, so a path matches only itself. */
const globSyntax = /[\\?*$:<>()[\]{},!]/g;

/** A glob that matches exactly `files` (paths inside the site, with either separator). */
const globOf = (files: readonly string[]) =>
  `{${files.map((file) => file.replace(/\\/g, '/').replace(globSyntax, '\\$&')).join(',')}}`;

/**
 * One run of Pagefind's CLI over the pages in `site` (all, or `pages`), writing to `output`: in a process of
 * its own, started at once, so the caller can go on meanwhile. `signal` stops it.
 */
export function runPagefind(site: string, output: string, { pages, signal }: PagefindRunOptions = {}) {
  if (pages) {
    mkdirSync(pages.folder, { recursive: true });
    writeFileSync(join(pages.folder, 'pagefind.json'), JSON.stringify({ glob: globOf(pages.files) }));
  }
  return new Promise<PagefindRun>((done) => {
    execFile(
      pagefindBinary,
      ['--site', resolve(site), '--output-path', resolve(output)],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: pages?.folder, ...(signal ? { signal } : {}) },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        // Its log repeats the glob (a line of up to 200 KB): cut short, for an error message.
        const log = `${stdout}${stderr}`.replace(/^(.{300}).+$/gm, '$1…');
        done({ status, output: `${log}${error && status === null ? `\n${error.message}` : ''}` });
      },
    );
  });
}

/** The folders of content-named files Pagefind writes in a bundle. */
const NAMED_FOLDERS: readonly string[] = ['fragment', 'index', 'filter'];
/** Each language's metadata, named after its hash, beside them. */
const isMetadata = (name: string) => name.endsWith('.pf_meta');
/** Whether an entry of a bundle folder (a name in it) is content-named: one of those folders, or metadata. */
export const isContentNamed = (name: string) => isMetadata(name) || NAMED_FOLDERS.includes(name);
/** Pagefind starts each of its compressed files, once unpacked, with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** The content-named files of a bundle folder, as paths inside it. */
export function namedFiles(bundle: string): string[] {
  if (!existsSync(bundle)) return [];
  const files = readdirSync(bundle).filter(isMetadata);
  for (const folder of NAMED_FOLDERS) {
    const path = join(bundle, folder);
    if (existsSync(path)) files.push(...readdirSync(path).map((name) => `${folder}/${name}`));
  }
  return files;
}

/**
 * Moves the content-named files of an earlier bundle (a folder of the site being built over, about to be
 * cleared) into `seeds`: whole folders are renamed, which costs nothing per file.
 */
export function setSeedsAside(bundle: string, seeds: string) {
  mkdirSync(seeds, { recursive: true });
  for (const name of readdirSync(bundle)) if (isContentNamed(name)) renameSync(join(bundle, name), join(seeds, name));
}

/**
 * Fills a bundle's empty output folder with earlier files: those set aside (moved in), or else those of the
 * same bundle in the previous site (hard-linked: Pagefind never writes to a content-named file that exists).
 */
export function seedBundle(output: string, from: { setAside?: string | undefined; previous?: string | undefined }) {
  mkdirSync(output, { recursive: true });
  if (from.setAside && existsSync(from.setAside)) {
    for (const name of readdirSync(from.setAside)) renameSync(join(from.setAside, name), join(output, name));
    return;
  }
  if (!from.previous) return;
  const files = namedFiles(from.previous);
  for (const folder of NAMED_FOLDERS)
    if (files.some((file) => file.startsWith(`${folder}/`))) mkdirSync(join(output, folder), { recursive: true });
  for (const file of files) linkSync(join(from.previous, file), join(output, file));
}

interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

/**
 * The content-named files a bundle's Pagefind entry file refers to: each language's metadata, and what that
 * lists. The metadata is CBOR (Pagefind's pagefind_web reads it as an array: version, pages as [hash, word
 * count, …], index chunks as [from, to, hash], filters as [name, hash], sorts).
 */
export function listedFiles(bundle: string): Set<string> {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const listed = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const name = `pagefind.${hash}.pf_meta`;
    listed.add(name);
    const unpacked = gunzipSync(readFileSync(join(bundle, name)));
    if (unpacked.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
      throw new Error(`${name} is not Pagefind metadata as this version of the index step knows it.`);
    const [, pages, chunks, filters] = decode(unpacked.subarray(SIGNATURE.length)) as [
      string,
      [string, ...unknown[]][],
      [string, string, string][],
      [string, string][],
    ];
    for (const [hash] of pages) listed.add(`fragment/${hash}.pf_fragment`);
    for (const [, , hash] of chunks) listed.add(`index/${hash}.pf_index`);
    for (const [, hash] of filters) listed.add(`filter/${hash}.pf_filter`);
  }
  return listed;
}

/**
 * Removes the seeded files the bundle no longer lists, and throws when it lists a file that is not there
 * (a search would fail on it). Returns how many files were removed.
 */
export function pruneBundle(bundle: string): number {
  const listed = listedFiles(bundle);
  const files = namedFiles(bundle);
  const present = new Set(files);
  const missing = [...listed].filter((file) => !present.has(file));
  if (missing.length > 0)
    throw new Error(`Pagefind's index in ${bundle} lacks ${missing.length} of its files, such as ${missing[0]}.`);
  const unlisted = files.filter((file) => !listed.has(file));
  for (const file of unlisted) rmSync(join(bundle, file));
  return unlisted.length;
}
