/**
 * Incremental builds must never ship a stale page. Starting from the fixture archive, a seeded random
 * sequence of editors' changes (a body edited, a title changed that other pages show in cards and key facts,
 * an entry added, renamed or deleted) is applied; after each change the incremental build's dist/ must equal
 * a build from scratch of the same content, file for file and byte for byte.
 *
 * The content is a git repository of its own, and each change is committed after its builds: the next
 * build then sees a new commit on a file whose text did not change since the last build (a page showing
 * the old history would be stale), besides that step's own, still uncommitted, change.
 *
 * Documented differences: none. The build moment (calendars' DTSTAMP, the data manifest's date) is the clock's
 * in a normal build; here both builds pin it with SOURCE_DATE_EPOCH, as reproducible builds do.
 */
import { cpSync, globSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { random } from '../../scripts/bench/generate.ts';
import { buildSite, outputRoot, sites } from '../helpers/sites.ts';
import { fixedGit } from '../helpers/fixed-git.ts';
import { differences, snapshot } from '../helpers/site-snapshot.ts';

const root = join(outputRoot, 'incremental');
const content = join(root, 'content');
const seed = Number(process.env.WAT_WERKT_PROPERTY_SEED ?? 2026);
const steps = 6;

const entryFolders = ['werkzame-elementen', 'praktijkvoorbeelden', 'verslagen', 'programmas'];

const entryFiles = () => entryFolders.flatMap((folder) => globSync(`${folder}/*.{md,mdx}`, { cwd: content })).sort();

/** Entries no other file names (by id), so renaming or deleting them keeps the archive valid. */
const unreferencedEntries = () =>
  entryFiles().filter((file) => {
    const id = basename(file).replace(/\.mdx?$/, '');
    return entryFiles()
      .filter((other) => other !== file)
      .every((other) => !readFileSync(join(content, other), 'utf8').includes(id));
  });

/** Commits everything in the content folder, at a fixed moment per step, so both builds see one history. */
function commit(step: number, message: string) {
  const date = new Date(Date.UTC(2026, 0, 1 + step, 12)).toISOString();
  if (step === 0) fixedGit(content, ['init', '--quiet'], date);
  fixedGit(content, ['add', '--all'], date);
  fixedGit(content, ['commit', '--quiet', '--allow-empty', '-m', message], date);
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));

type Change = (pick: <T>(items: T[]) => T, step: number) => string | undefined;

const changes: Record<string, Change> = {
  'edit a body': (pick, step) => {
    const file = pick(entryFiles());
    edit(file, (text) => `${text}\nEen alinea die in stap ${step} is toegevoegd.\n`);
    return file;
  },
  'change a title that other pages show': (pick, step) => {
    const file = pick([...entryFiles(), ...globSync('themas/*.md', { cwd: content })]);
    edit(file, (text) => text.replace(/^titel: (.*)$/m, `titel: $1 (herzien in stap ${step})`));
    return file;
  },
  'add an entry': (pick, step) => {
    const source = pick(entryFiles());
    const copy = join(dirname(source), `kopie-${step}${source.slice(source.lastIndexOf('.'))}`);
    cpSync(join(content, source), join(content, copy));
    edit(copy, (text) => text.replace(/^titel: (.*)$/m, `titel: Kopie ${step} van $1`));
    return copy;
  },
  'rename an entry': (pick, step) => {
    const candidates = unreferencedEntries();
    if (candidates.length === 0) return undefined;
    const file = pick(candidates);
    const renamed = join(dirname(file), `hernoemd-${step}${file.slice(file.lastIndexOf('.'))}`);
    renameSync(join(content, file), join(content, renamed));
    return `${file} → ${renamed}`;
  },
  'delete an entry': (pick) => {
    const candidates = unreferencedEntries();
    if (candidates.length === 0) return undefined;
    const file = pick(candidates);
    rmSync(join(content, file));
    return file;
  },
};

it(`builds incrementally exactly what a build from scratch builds (seed ${seed}, ${steps} changes)`, () => {
  rmSync(root, { recursive: true, force: true });
  cpSync(sites.fixture.content, content, { recursive: true });
  commit(0, 'Het proefarchief');
  const buildMoment = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };
  const incremental = { incremental: true, env: { ...buildMoment, WAT_WERKT_CACHE_DIR: join(root, 'cache') } };
  const first = buildSite(content, join(root, 'dist'), incremental);
  expect(first.status, first.output).toBe(0);
  // A second build keeps the first site as its spare, which every later build goes over. It must build: with
  // no input changed it would keep the site instead (build-inputs.ts), so its heap limit differs.
  const second = buildSite(content, join(root, 'dist'), {
    ...incremental,
    env: { ...incremental.env, WAT_WERKT_BUILD_HEAP_MB: '2047' },
  });
  expect(second.status, second.output).toBe(0);
  // Calendars and follow feeds whose dates and entries are unchanged are kept too (here restored from Astro's
  // cache, as this build has no spare yet), not rendered again.
  for (const route of [/\/programmas\/[^/ ]+\/agenda\.ics/, /\/werkzame-elementen\/[^/ ]+\/rss\.xml/]) {
    const lines = second.output.split('\n').filter((line) => route.test(line));
    expect(lines.length, route.source).toBeGreaterThan(0);
    expect(lines.filter((line) => !/\((cached|restored)\)/.test(line))).toEqual([]);
  }

  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const names = Object.keys(changes);
  const applied: string[] = [];
  for (let step = 1; step <= steps; step++) {
    const name = pick(names);
    const target = changes[name]!(pick, step);
    if (!target) continue;
    applied.push(`${step}. ${name}: ${target}`);

    const build = buildSite(content, join(root, 'dist'), incremental);
    expect(build.status, build.output).toBe(0);
    // Not a full rebuild in disguise: the build goes over the previous site (reused-staging.ts), whose
    // unchanged pages Astro keeps ("cached") instead of copying them from its cache ("restored").
    expect(build.output).toContain('Building over the previous site');
    // Nor does the index step read the pages it kept: the published site's record says what they hold.
    expect(build.output).toMatch(/; \d+ pages kept from the published site not read/);
    expect(build.output.match(/\(cached\)/g)?.length ?? 0, `${applied.at(-1)}\n${build.output}`).toBeGreaterThan(5);
    rmSync(join(root, 'clean-cache'), { recursive: true, force: true });
    const clean = buildSite(content, join(root, 'clean-dist'), {
      env: { ...buildMoment, WAT_WERKT_CACHE_DIR: join(root, 'clean-cache') },
    });
    expect(clean.status, clean.output).toBe(0);

    expect(differences(snapshot(join(root, 'dist')), snapshot(join(root, 'clean-dist'))), applied.join('\n')).toEqual(
      [],
    );
    commit(step, applied.at(-1)!);
  }
  // The sequence must have exercised the changes that can go stale, not only body edits.
  expect(applied.length).toBeGreaterThanOrEqual(steps - 1);
  expect(applied.some((line) => line.includes('change a title'))).toBe(true);
}, 900_000);
