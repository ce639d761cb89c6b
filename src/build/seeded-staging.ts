/**
 * Astro's incremental build copies every unchanged page from its cache into the output folder, one awaited
 * copy after another; a page already in the output folder it leaves alone. On a rebuild after one changed
 * entry that copying was most of the page build (measured at 5,000 entries: about 7 of its 19 s, for
 * 20,000 files). So when the published folder is exactly the build Astro's cache records, the files of the
 * cached pages are copied from it into the fresh staging folder in one synchronous pass first, and after the
 * page build the files of pages that are gone are removed again. Anything else (a failed build since, a
 * `--force` build, another content tree built into the same folder) falls back to Astro's own copying.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Astro's record of the last build's keyed pages (astro/dist/core/build/incremental.js, version 1). */
const manifestFile = (cacheDir: string) => join(cacheDir, 'incremental-build.json');
/** Which published folder holds the build that manifest describes: written when a build is published. */
const publishedFile = (cacheDir: string) => join(cacheDir, 'wat-werkt-published.json');

interface Published {
  target: string;
  /** SHA-256 of the manifest of the published build. */
  manifest: string;
  /** The published folder itself: a folder put in its place by another build has another inode or birth. */
  folder: { ino: number; birthtimeMs: number };
}

const digestOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const folderOf = (path: string) => {
  const { ino, birthtimeMs } = statSync(path);
  return { ino, birthtimeMs };
};

/** The output files (paths inside the output folder) of every keyed page in a manifest. */
function outputFiles(manifest: string): string[] | undefined {
  if (!existsSync(manifest)) return undefined;
  const data = JSON.parse(readFileSync(manifest, 'utf8')) as {
    version?: number;
    routes?: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  if (data.version !== 1 || !data.routes) return undefined;
  // Astro writes each path as a URL relative to the output folder (percent-encoded).
  return Object.values(data.routes).flatMap((route) =>
    Object.values(route.paths).map(({ outputFile }) => fileURLToPath(new URL(outputFile, pathToFileURL('/'))).slice(1)),
  );
}

export interface Seed {
  /** Paths (inside the output folder) copied from the published build. */
  files: string[];
}

/** Copies the cached pages' files of the published build into `staging`, when that build is the cached one. */
export function seedStaging({
  cacheDir,
  target,
  staging,
}: {
  cacheDir: string;
  target: string;
  staging: string;
}): Seed | undefined {
  const files = outputFiles(manifestFile(cacheDir));
  if (!files || !existsSync(publishedFile(cacheDir)) || !existsSync(target)) return undefined;
  const published = JSON.parse(readFileSync(publishedFile(cacheDir), 'utf8')) as Published;
  const folder = folderOf(target);
  if (
    published.target !== resolve(target) ||
    published.manifest !== digestOf(manifestFile(cacheDir)) ||
    published.folder.ino !== folder.ino ||
    published.folder.birthtimeMs !== folder.birthtimeMs
  )
    return undefined;

  const made = new Set<string>();
  const seeded = files.filter((file) => {
    const from = join(target, file);
    if (!existsSync(from)) return false;
    const to = join(staging, file);
    if (!made.has(dirname(to))) {
      mkdirSync(dirname(to), { recursive: true });
      made.add(dirname(to));
    }
    copyFileSync(from, to);
    return true;
  });
  return { files: seeded };
}

/**
 * Removes the seeded files of pages this build no longer has (an entry deleted or renamed): those Astro
 * neither kept (its new manifest) nor wrote (modified after `pagesStarted`, taken after seeding and seconds
 * before Astro writes its first page).
 */
export function removeDroppedSeeds(
  seed: Seed,
  { cacheDir, staging, pagesStarted }: { cacheDir: string; staging: string; pagesStarted: number },
): number {
  const kept = new Set(outputFiles(manifestFile(cacheDir)) ?? []);
  const dropped = seed.files.filter((file) => {
    const path = join(staging, file);
    return !kept.has(file) && existsSync(path) && statSync(path).mtimeMs <= pagesStarted;
  });
  for (const file of dropped) {
    rmSync(join(staging, file));
    // A clean build has no folder for a page that is gone.
    for (let folder = dirname(join(staging, file)); folder !== staging; folder = dirname(folder)) {
      if (readdirSync(folder).length > 0) break;
      rmdirSync(folder);
    }
  }
  return dropped.length;
}

/** Notes that `target` now holds the build Astro's cache manifest describes; call right after publishing. */
export function recordPublished({ cacheDir, target }: { cacheDir: string; target: string }): void {
  if (!existsSync(manifestFile(cacheDir))) return;
  const published: Published = {
    target: resolve(target),
    manifest: digestOf(manifestFile(cacheDir)),
    folder: folderOf(target),
  };
  writeFileSync(publishedFile(cacheDir), JSON.stringify(published));
}
