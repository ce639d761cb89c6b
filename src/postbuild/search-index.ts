import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { digest } from '../digest.ts';
import { evidenceLevelInfo, evidenceRank } from '../lib/evidence.ts';
import { evidenceLevels } from '../schemas/evidence.ts';
import { primaryBundle, type BundleManifest, type SearchBundle } from '../search/bundles.ts';
import { NEWEST_BUNDLE_PAGES, planBundles, type BundlePlan } from './bundle-plan.ts';
import {
  isContentNamed,
  pagefindPackage,
  pruneBundle,
  runPagefind,
  seedBundle,
  setSeedsAside,
} from './pagefind-files.ts';
import { runAtOnce, type WeightedJob } from './runs-at-once.ts';
import type { MarkedSite } from './search-marks.ts';

export interface BundleOptions {
  /** At most this many pages in one Pagefind run (its memory grows with the pages of a run). */
  bundlePages: number;
  /** The previously published site: bundles whose pages have not changed are copied from it. */
  previous?: string;
  /** Stops the Pagefind runs (the build gave up). */
  signal?: AbortSignal;
}

export interface SearchBundlesResult {
  bundles: number;
  /** Bundles kept in place or copied from the previous site instead of indexed. */
  unchanged: number;
}

/** The search index's folder in the site. */
export const SEARCH_INDEX = 'pagefind';
const MANIFEST = `${SEARCH_INDEX}/bundles.json`;

/**
 * The search index, after search-marks.ts has marked the pages: writes the Pagefind index of the marked pages
 * to `<root>/pagefind`, in bundles of at most `bundlePages` pages (src/search/bundles.ts), and its list to
 * `pagefind/bundles.json`; rejects when Pagefind fails. Each bundle is one CLI run over a folder of links to its
 * pages, so a run holds only its bundle's pages in memory. The runs are processes of their own: this one can go
 * on meanwhile (the build checks the links then), and two runs go at once while together they hold at most
 * PAGES_AT_ONCE bundles' worth of pages.
 */
export async function writeSearchBundles(
  root: string,
  marked: MarkedSite,
  options: BundleOptions,
): Promise<SearchBundlesResult> {
  const plans = planBundles(marked.searchable, options.bundlePages, NEWEST_BUNDLE_PAGES);
  const primary = primaryBundle(plans);
  const previous = options.previous ? readManifest(options.previous) : undefined;
  const version = pagefindVersion();
  const bundles: SearchBundle[] = plans.map((plan) => ({
    id: plan.id,
    path: plan === primary ? '' : `${plan.id}/`,
    ...(plan.from === undefined ? {} : { from: plan.from, to: plan.to }),
    key: digest([version, ...plan.files.map((file) => `${file} ${marked.pages.get(file)!.digest}`)].join('\n')),
  }));

  // A build over the previous site (reused-staging.ts) finds the published index here: its unchanged bundles
  // stay where they are, untouched; everything else in the folder goes.
  const existing = readManifest(root);
  const kept = new Set(
    bundles
      .filter((bundle) => existing?.bundles.some((old) => old.key === bundle.key && old.path === bundle.path))
      .filter((bundle) => isComplete(join(root, SEARCH_INDEX, bundle.path))),
  );
  // A bundle indexed again starts from the files of its earlier version at the same place (pagefind-files.ts):
  // in this folder, set aside before it is cleared, or else in the previous site. The step's own folder beside
  // the site holds them, and each run's configuration.
  const scratch = `${root}.index-step`;
  rmSync(scratch, { recursive: true, force: true });
  const seeds = join(scratch, 'seeds');
  for (const bundle of bundles) {
    const folder = kept.has(bundle) ? undefined : completeBundleAt(root, existing, bundle.path);
    if (folder) setSeedsAside(folder, join(seeds, bundle.id));
  }
  clearIndex(root, kept);

  let unchanged = kept.size;
  const indexed: WeightedJob[] = [];
  // The bundle at pagefind/ itself first: the others are folders inside it.
  const order = [...bundles.keys()].sort((a, b) => Number(bundles[b]!.path === '') - Number(bundles[a]!.path === ''));
  for (const i of order) {
    const bundle = bundles[i]!;
    if (kept.has(bundle)) continue;
    const output = join(root, SEARCH_INDEX, bundle.path);
    const earlier = previous?.bundles.find((candidate) => candidate.key === bundle.key);
    const source = earlier && join(options.previous!, SEARCH_INDEX, earlier.path);
    if (earlier && source && isComplete(source)) {
      copyBundle(source, output, previous!, earlier);
      unchanged++;
      continue;
    }
    seedBundle(output, {
      setAside: join(seeds, bundle.id),
      previous: options.previous && completeBundleAt(options.previous, previous, bundle.path),
    });
    const plan = plans[i]!;
    indexed.push({
      weight: plan.files.length,
      run: async (signal) => {
        await indexBundle(root, plan, join(scratch, 'runs', plan.id), output, signal);
        pruneBundle(output);
      },
    });
  }
  try {
    await runAtOnce(indexed, {
      slots: Math.min(2, availableParallelism()),
      budget: PAGES_AT_ONCE * options.bundlePages,
      signal: options.signal,
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const manifest: BundleManifest = { bundles, ranks: { onderbouwing: evidenceRanks() } };
  writeFileSync(join(root, MANIFEST), JSON.stringify(manifest));
  return { bundles: bundles.length, unchanged };
}

/**
 * Two Pagefind runs go at once while their pages add up to at most this many times `bundlePages`: a full
 * bundle beside the newest (at most 1,249 dated pages, bundle-plan.ts), which is where edits land, but not two
 * full ones, whose memory (about 1.3–1.4 GB a run of 4,000 pages) together would pass the 3 GiB that the largest
 * archives are held to. Two, not more: a run already keeps about one and a quarter cores busy.
 */
const PAGES_AT_ONCE = 1.5;

/**
 * Empties the index folder but for the bundles kept in place: the one at pagefind/ itself is all but the
 * numbered folders (bundle ids are numbers, Pagefind's own folders are not), each other one is its folder.
 */
function clearIndex(root: string, kept: ReadonlySet<SearchBundle>) {
  const folder = join(root, SEARCH_INDEX);
  if (!existsSync(folder)) return;
  const keptFolders = new Set(
    [...kept].filter((bundle) => bundle.path !== '').map((bundle) => bundle.path.slice(0, -1)),
  );
  const primaryKept = [...kept].some((bundle) => bundle.path === '');
  for (const name of readdirSync(folder)) {
    const bundleFolder = /^\d+$/.test(name);
    if (keptFolders.has(name) || (primaryKept && !bundleFolder)) continue;
    rmSync(join(folder, name), { recursive: true, force: true });
  }
}

/** Whether a folder holds a bundle Pagefind wrote: its entry file is what a browser loads first. */
const isComplete = (bundleFolder: string) => existsSync(join(bundleFolder, 'pagefind-entry.json'));

/** The folder of the complete bundle at `path` of a site whose manifest lists one there, if there is one. */
function completeBundleAt(site: string, manifest: BundleManifest | undefined, path: string) {
  const folder = join(site, SEARCH_INDEX, path);
  return manifest?.bundles.some((bundle) => bundle.path === path) && isComplete(folder) ? folder : undefined;
}

/** One Pagefind run over the bundle's pages of the site, configured (and run) in `folder`. */
async function indexBundle(root: string, plan: BundlePlan, folder: string, output: string, signal: AbortSignal) {
  const run = await runPagefind(root, output, { pages: { files: plan.files, folder }, signal });
  if (run.status !== 0) throw new Error(`Pagefind could not build the search index:\n${run.output}`);
  const indexed = indexedPageCount(output);
  if (indexed !== plan.files.length)
    throw new Error(
      `Pagefind indexed ${indexed} of the ${plan.files.length} pages of search bundle ${plan.id}:\n${run.output}`,
    );
}

/**
 * Copies an unchanged bundle; the one at pagefind/ itself without the other bundles' folders in it. Its
 * content-named files are hard-linked (pagefind-files.ts), the few others copied.
 */
function copyBundle(source: string, output: string, previous: BundleManifest, bundle: SearchBundle) {
  const nested = new Set(
    bundle.path === ''
      ? previous.bundles.filter((other) => other.path !== '').map((other) => join(source, other.path.slice(0, -1)))
      : [],
  );
  cpSync(source, output, {
    recursive: true,
    filter: (from) => {
      const entry = relative(source, from);
      return !nested.has(from) && !isContentNamed(entry) && entry !== 'bundles.json';
    },
  });
  seedBundle(output, { previous: source });
}

function readManifest(site: string): BundleManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(site, MANIFEST), 'utf8')) as BundleManifest;
  } catch {
    return undefined;
  }
}

/** A bundle made by another Pagefind version is indexed again. */
const pagefindVersion = () =>
  (JSON.parse(readFileSync(join(pagefindPackage(), 'package.json'), 'utf8')) as { version: string }).version;

/** The evidence levels' labels (the filter values) and their sort values (see EvidenceLevel.astro). */
const evidenceRanks = () =>
  Object.fromEntries(evidenceLevels.map((level) => [evidenceLevelInfo[level].label, evidenceRank(level)]));

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** How many pages a bundle holds, from Pagefind's own entry file (one count per language). */
function indexedPageCount(output: string): number {
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
