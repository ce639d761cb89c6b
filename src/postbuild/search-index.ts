import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { digest } from '../digest.ts';
import { evidenceLevelInfo, evidenceRank } from '../lib/evidence.ts';
import { evidenceLevels } from '../schemas/evidence.ts';
import { primaryBundle, type BundleManifest, type SearchBundle } from '../search/bundles.ts';
import { NEWEST_BUNDLE_PAGES, planBundles, type BundlePlan, type PlannedPage } from './bundle-plan.ts';
import { detached, htmlFilesIn, writtenAfter } from './built-pages.ts';
import {
  isContentNamed,
  pagefindPackage,
  pruneBundle,
  runPagefind,
  seedBundle,
  setSeedsAside,
} from './pagefind-files.ts';
import { runAtOnce, type WeightedJob } from './runs-at-once.ts';
import { separateBlocks } from './search-text.ts';
import { wordMemory, type WordMemory } from './word-memory.ts';
import { COMPOUND_PARTS, compoundParts, isPartWord } from './compound-parts.ts';

export interface MarkOptions {
  /** Where to remember each page's words between builds (word-memory.ts); none: read every page. */
  memory?: string;
  /** The pages this build kept from the published site, which are not read again. */
  kept?: KeptPages | undefined;
}

/**
 * What the index step knows of a page as it leaves it: the digest of its bytes and, for a searchable page,
 * its date and marks. Recorded with the published site (reused-staging.ts), so a rebuild over that site need
 * not read the pages it kept.
 */
export interface IndexedPage {
  digest: string;
  date?: string | undefined;
  /** Absent for a page that is not searched. */
  marks?: string;
}

/** The published site's pages as the index step left them (`pages`, by path inside the site). */
export interface KeptPages {
  pages: ReadonlyMap<string, IndexedPage>;
  /** A page changed after this moment (ms since the epoch) was written by this build: it is read. */
  since: number;
}

export interface BundleOptions {
  /** At most this many pages in one Pagefind run (its memory grows with the pages of a run). */
  bundlePages: number;
  /** The previously published site: bundles whose pages have not changed are copied from it. */
  previous?: string;
  /** Stops the Pagefind runs (the build gave up). */
  signal?: AbortSignal;
}

/** The site's pages as the index step leaves them: marked for Pagefind, written, not yet indexed. */
export interface MarkedSite {
  /**
   * Every page (path inside the site) as this step leaves it: what the next build over this site is told
   * (`kept`), and the digests by which the link check finds the pages it remembers without reading them
   * (link-memory.ts). Valid until a page is written again.
   */
  pages: ReadonlyMap<string, IndexedPage>;
  /** The searchable pages, with their dates. */
  searchable: PlannedPage[];
  /** Pages whose words were remembered from the previous build instead of read. */
  wordsReused: number;
  /** Pages kept from the published site, not read at all. */
  notRead: number;
}

export interface SearchBundlesResult {
  bundles: number;
  /** Bundles kept in place or copied from the previous site instead of indexed. */
  unchanged: number;
}

/** The search index's folder in the site. */
export const SEARCH_INDEX = 'pagefind';
const MANIFEST = `${SEARCH_INDEX}/bundles.json`;
const searchable = /<main\b[^>]*\bdata-pagefind-body\b/;
/** The opening tag of a page's searchable part, which carries its marks: looked for there, not in the page. */
const searchableTag = new RegExp(`${searchable.source}[^>]*>`);
const dateSort = /data-pagefind-sort="datum:([^"]+)"/;

/**
 * The search index's first half, in this process: every page gets the word breaks a reader sees (see
 * search-text.ts) and each searchable page the parts of its compounds (compound-parts.ts), written into the
 * files, so that Pagefind's own CLI can read them itself, which is much faster than feeding each page through
 * its Node API (figures in the README's scale section). A page Astro wrote is written once; a page kept from
 * the previous build (reused-staging.ts) has both already, and only a page whose marks differ is rewritten.
 */
export function markSearchPages(root: string, options: MarkOptions = {}): MarkedSite {
  const memory = wordMemory(options.memory);
  const { pages, digests, pageWords, marks, known, unseparated, notRead } = readPages(root, memory, options.kept);
  const partsOf = compoundParts(known);
  for (const { file } of pages) {
    const wanted = pageMarks(partsOf(pageWords.get(file)!));
    const remarked = wanted !== marks.get(file);
    if (!remarked && !unseparated.has(file)) continue;
    const path = join(root, file);
    const separated = separateBlocks(readFileSync(path, 'utf8'));
    const marked = remarked ? markPage(separated, wanted) : separated;
    writeFileSync(path, marked);
    if (!remarked) continue;
    const key = digest(marked);
    memory.rewritten(digests.get(file)!, key);
    digests.set(file, key);
    marks.set(file, wanted);
  }
  memory.save();
  const dates = new Map(pages.map((page) => [page.file, page.date]));
  const indexed = new Map(
    [...digests].map(([file, key]): [string, IndexedPage] => [
      file,
      marks.has(file) ? { digest: key, date: dates.get(file), marks: marks.get(file)! } : { digest: key },
    ]),
  );
  return { pages: indexed, searchable: pages, wordsReused: memory.reused, notRead };
}

/**
 * The search index's second half: writes the Pagefind index of the marked pages to `<root>/pagefind`, in
 * bundles of at most `bundlePages` pages (src/search/bundles.ts), and its list to `pagefind/bundles.json`;
 * rejects when Pagefind fails. Each bundle is one CLI run over a folder of links to its pages, so a run holds
 * only its bundle's pages in memory. The runs are processes of their own: this one can go on meanwhile (the
 * build checks the links then), and two runs go at once while together they hold at most
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
  // the site holds them, and each run's view of its pages.
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
        await indexBundle(root, plan, join(scratch, 'views', plan.id), output, signal);
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
 * Every page of the site with its word breaks (search-text.ts) and its digest; of each searchable page its
 * date, marks and the words that can be compound parts, and all of those words (the archive's vocabulary). The
 * word breaks are written into the pages that are not searched now; the searchable pages that lack them are
 * listed (unseparated), to be written once with their marks. Digests are of the pages with their breaks.
 * A page kept from the published site (`kept`) is not read: its record says all that, and the memory its words.
 */
export function readPages(root: string, memory: WordMemory, kept?: KeptPages) {
  const pages: PlannedPage[] = [];
  const digests = new Map<string, string>();
  // The archive's words, and each page's own (the same strings, so a page's list costs only its references).
  const vocabulary = new Map<string, string | undefined>();
  const pageWords = new Map<string, string[]>();
  const marks = new Map<string, string>();
  const unseparated = new Set<string>();
  let notRead = 0;
  for (const file of htmlFilesIn(root)) {
    const path = join(root, file);
    const record = kept?.pages.get(file);
    const unchanged = record !== undefined && !writtenAfter(statSync(path), kept!.since);
    if (unchanged) notRead++;
    const page =
      record && unchanged ? { ...record, html: () => readFileSync(path, 'utf8') } : readPage(path, file, unseparated);
    digests.set(file, page.digest);
    if (page.marks === undefined) continue;
    pages.push({ file, date: page.date });
    marks.set(file, page.marks);
    const words: string[] = [];
    for (const word of memory.words(page.digest, page.html)) {
      // Each distinct word is judged once (isPartWord folds it): undefined for one that cannot be a part.
      if (!vocabulary.has(word)) vocabulary.set(word, isPartWord(word) ? word : undefined);
      const part = vocabulary.get(word);
      if (part !== undefined) words.push(part);
    }
    pageWords.set(file, words);
  }
  const known = new Set([...vocabulary.values()].filter((word) => word !== undefined));
  return { pages, digests, pageWords, marks, known, unseparated, notRead };
}

/**
 * One page read: what its record would say, and its text with word breaks. The breaks are written into a page
 * that is not searched now; a searchable page that lacks them is listed in `unseparated`.
 */
function readPage(path: string, file: string, unseparated: Set<string>) {
  const html = readFileSync(path, 'utf8');
  const separated = separateBlocks(html);
  const tag = searchableTag.exec(separated)?.[0];
  if (separated !== html) {
    if (tag) unseparated.add(file);
    else writeFileSync(path, separated);
  }
  const key = digest(separated);
  const page: IndexedPage = tag
    ? { digest: key, date: dateSort.exec(separated)?.[1], marks: marksOf(tag) }
    : { digest: key };
  return { ...page, html: () => separated };
}

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

/**
 * The bundle filter that builds before 2026-12-06 wrote on every page of a site in bundles. No search reads
 * it, yet Pagefind counted it on every search; a page kept from such a build (reused-staging.ts, or a
 * restored deploy cache) has it taken off here.
 */
const bundleMark = / data-pagefind-filter="bundel:[^"]*"/;
const partsMark = new RegExp(` data-pagefind-meta="${COMPOUND_PARTS}:[^"]*"`);

/** The marks of a page's searchable part: the compound parts as metadata (none when there are none). */
const pageMarks = (parts: readonly string[]) =>
  parts.length === 0 ? '' : ` data-pagefind-meta="${COMPOUND_PARTS}:${parts.join(' ')}"`;

/**
 * The marks a page (or its searchable part's opening tag) carries, as pageMarks writes them: a copy
 * (detached), since the index step keeps every page's marks until all pages are read, and a match would keep
 * its page.
 */
export const marksOf = (html: string) =>
  detached((bundleMark.exec(html)?.[0] ?? '') + (partsMark.exec(html)?.[0] ?? ''));

/** The page with `marks` on its searchable part instead of any it had. */
const markPage = (html: string, marks: string) =>
  html
    .replace(bundleMark, '')
    .replace(partsMark, '')
    .replace(searchable, (main) => `${main}${marks}`);

/** One Pagefind run over a folder (`view`) holding hard links to the bundle's pages only, at their own paths. */
async function indexBundle(root: string, plan: BundlePlan, view: string, output: string, signal: AbortSignal) {
  for (const file of plan.files) {
    mkdirSync(dirname(join(view, file)), { recursive: true });
    linkSync(join(root, file), join(view, file));
  }
  const run = await runPagefind(view, output, signal).finally(() => rmSync(view, { recursive: true, force: true }));
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
