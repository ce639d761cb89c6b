/**
 * `npm run build`: Astro builds the pages, then this process writes the citation and open-data files, the
 * Pagefind search index, checks every internal link of the result and writes `_headers` with the pages'
 * Content-Security-Policy. The page build and the index step run one after the other in separate processes, so
 * their memory never adds up (on a large archive each takes gigabytes); Pagefind's runs overlap this process's
 * own last steps, which keeps a second core busy. Everything is built in a staging folder that
 * replaces the output folder only when all steps succeeded (src/postbuild/staging.ts).
 * Astro's own options pass through: `npm run build -- --force --outDir elders`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildInputs, builtFrom, forgetInputs, recordInputs } from '../src/postbuild/build-inputs.ts';
import { checkBuiltLinks } from '../src/postbuild/built-links.ts';
import { citationFiles } from '../src/postbuild/citation-files.ts';
import { writeOpenDataFiles } from '../src/postbuild/open-data-files.ts';
import { writeSearchBundles } from '../src/postbuild/search-index.ts';
import { markSearchPages } from '../src/postbuild/search-marks.ts';
import { writeSecurityHeaders } from '../src/postbuild/security-headers.ts';
import {
  builtSite,
  publishedPages,
  recordPublished,
  removeStaleFiles,
  reuseSpare,
} from '../src/postbuild/reused-staging.ts';
import { stageBuild } from '../src/postbuild/staging.ts';
import { pageBuildEnv } from './lib/page-build-env.ts';
import { getBuildDate } from '../src/lib/build-date.ts';
import { settings, siteUrlWarning } from '../src/settings.ts';
import { problemCount, problemReport } from '../src/checks/problems.ts';

const { values, tokens } = parseArgs({
  args: process.argv.slice(2),
  options: { outDir: { type: 'string' } },
  strict: false,
  tokens: true,
});
const target = resolve(typeof values.outDir === 'string' ? values.outDir : 'dist');
// Every option but --outDir goes to Astro as given; the output goes to the staging folder.
const passed = tokens.flatMap((token) =>
  token.kind === 'option' && token.name === 'outDir' ? [] : [process.argv[token.index + 2]!],
);

let stage: ReturnType<typeof stageBuild>;
try {
  stage = stageBuild(target);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
// Pagefind's runs (started below) stop before the staging folder they write into goes.
const stopRuns = new AbortController();
process.on('exit', () => {
  stopRuns.abort();
  stage.release();
});
const root = stage.staging;

// Built from exactly the inputs of the published site, which is as that build left it: kept, not built again
// (src/postbuild/build-inputs.ts). The build moment is not an input (the day is): the site keeps its own.
const inputs = buildInputs({
  projectRoot: resolve(import.meta.dirname, '..'),
  contentRoot: settings.contentRoot,
  values: { settings: { ...settings, buildMoment: undefined }, today: getBuildDate(), passed, target },
  env: process.env,
});
if (!passed.includes('--force') && builtFrom(settings.cacheDir, target, inputs)) {
  console.log(
    `[wat-werkt] Niets veranderd sinds de vorige build (inhoud, code, instellingen, datum en geschiedenis): de site in ${target} blijft zoals hij is.`,
  );
  process.exit(0);
}
forgetInputs(settings.cacheDir);

const warning = siteUrlWarning(settings);
if (warning) console.warn(`[wat-werkt] ${warning}`);
const astroArgs = [...passed, '--outDir', root];

// Astro's CLI through the Node running this script (the project's pinned Node 24, not the machine's).
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astro = join(dirname(astroPackage), 'bin/astro.mjs');
// Node lets its heap grow towards its limit before collecting in earnest, though the page build keeps far
// less alive (0.8–1.2 GB after a collection at 20,000 entries). With 3,072 MB its garbage grew to 2 GB, the
// build's peak (3,573 MB at 20,000 entries); with 2,048 the peak still moved between 2,921 and 3,328 MB from run
// to run; 1,792 makes it collect sooner still (2,563 and 2,717 MB in two runs, in the same time). Raise it past
// ~25,000 entries.
const heapMB = settings.buildHeapMB;
// BASE_URL and SITE kept out, the post-build steps announced, the bundler's freed memory returned at once
// (scripts/lib/page-build-env.ts).
const astroEnv = pageBuildEnv(process.env);
// The site published before the current one, brought up to date, so unchanged pages need not be written
// again (src/postbuild/reused-staging.ts).
const folders = { cacheDir: settings.cacheDir, target, staging: root, spare: stage.spare };
const reused = passed.includes('--force') ? undefined : reuseSpare(folders);
if (reused === 'spare')
  console.log('[wat-werkt] Building over the previous site, brought up to date with the current one.');
// The deploy workflow's case: the published site and Astro's cache restored from an archive.
if (reused === 'published') console.log('[wat-werkt] Building over the published site, restored from an archive.');
// Later than every file the reuse wrote: file times have fractions of a millisecond, Date.now() has not.
const pagesStarted = Date.now() + 1;
const pages = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, astro, 'build', ...astroArgs], {
  stdio: 'inherit',
  env: astroEnv,
});
if (pages.status !== 0) process.exit(pages.status ?? 1);

// The citation files, from the manifest the page build wrote (src/postbuild/citation-files.ts): named before the
// stale files go, which would otherwise take the unchanged ones of a reused site along, and written once
// Pagefind runs (formatting 15,000 of them takes seconds, and neither the marking nor Pagefind reads them).
const citations = citationFiles(root);
if (reused) removeStaleFiles(folders, pagesStarted, citations.files);

// The index step's first half writes its word breaks and compound marks into the pages (search-marks.ts), so
// the link check reads pages as they are published: a rebuild keeps unchanged pages as they are
// (reused-staging.ts), and the link check's memory of a page (link-memory.ts, by the digest of its bytes)
// still holds. It passes on every page's digest, so the link check reads only the pages it does not remember.
const started = performance.now();
// A build over the published site (reused) does not read the pages it kept: the record of that site says
// what the index step knows of them.
const publishedRecord = reused && publishedPages(settings.cacheDir);
const marked = await markSearchPages(root, {
  memory: join(settings.cacheDir, 'wat-werkt-words.json'),
  kept: publishedRecord ? { pages: publishedRecord, since: pagesStarted } : undefined,
});
// The second half, Pagefind, runs in processes of its own: meanwhile this one writes the citation and open-data
// files, checks the links and writes the headers, none of which reads the search index (a page links to it only
// from a script).
const indexing = writeSearchBundles(root, marked, {
  bundlePages: settings.searchBundlePages,
  previous: target,
  signal: stopRuns.signal,
});

const written = citations.write();
console.log(`[wat-werkt] Wrote ${written} of ${citations.files.length} citation files (the rest unchanged).`);

// The open-data files, from the records the page build wrote (src/postbuild/open-data-files.ts).
const openData = writeOpenDataFiles(root);
console.log(`[wat-werkt] Wrote ${openData.files.length} open-data files of ${openData.records} records.`);

const links = checkBuiltLinks(
  root,
  new URL(settings.siteUrl),
  settings.contentRoot,
  join(settings.cacheDir, 'wat-werkt-links.json'),
  marked.pages,
);
if (links.problems.length > 0) {
  console.error(
    `De site is niet gebouwd: ${problemCount(links.problems.length)} met links naar een pagina of kop die niet bestaat.\n${problemReport(links.problems)}`,
  );
  process.exit(1);
}
const unchanged = links.reused > 0 ? ` (${links.reused} unchanged since the last build, not parsed again)` : '';
console.log(`[wat-werkt] Checked the internal links of ${links.pages} pages${unchanged}.`);

try {
  writeSecurityHeaders(root, settings.basePath);
} catch (error) {
  console.error(`[wat-werkt] ${(error as Error).message}`);
  process.exit(1);
}
console.log("[wat-werkt] Wrote _headers with the pages' Content-Security-Policy.");

let index: Awaited<typeof indexing>;
try {
  index = await indexing;
} catch (error) {
  console.error(`[wat-werkt] ${(error as Error).message}`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const copied = index.unchanged > 0 ? `, ${index.unchanged} unchanged, not indexed again` : '';
const remembered = marked.wordsReused > 0 ? `; the words of ${marked.wordsReused} unchanged pages remembered` : '';
const notRead = marked.notRead > 0 ? `; ${marked.notRead} pages kept from the published site not read` : '';
console.log(
  `[wat-werkt] Indexed ${marked.searchable.length} pages in ${seconds} s (${index.bundles} search bundles${copied}${remembered}${notRead}).`,
);

const site = builtSite(root, pagesStarted);
stage.publish();
recordPublished(folders, site, marked.pages);
recordInputs(settings.cacheDir, target, inputs, site.fingerprint);
