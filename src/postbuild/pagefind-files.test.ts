import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listedFiles, namedFiles, pruneBundle, runPagefind, seedBundle, setSeedsAside } from './pagefind-files.ts';

const root = mkdtempSync(join(tmpdir(), 'pagefind-files-'));
const page = (text: string) =>
  `<!doctype html><html lang="nl"><head><title>${text}</title></head><body><main data-pagefind-body>` +
  `<h1>${text}</h1><p data-pagefind-filter="thema">Schulden</p><p>${text} over schuldhulp en de wijk.</p></main></body></html>`;

/** A site of three pages, the last one's text given. */
function site(name: string, lastText: string) {
  const folder = join(root, name);
  const pages: [string, string][] = [
    ['a', 'Vroegsignalering'],
    ['b', 'Budgetcoach'],
    ['c', lastText],
  ];
  for (const [slug, text] of pages) {
    mkdirSync(join(folder, slug), { recursive: true });
    writeFileSync(join(folder, slug, 'index.html'), page(text));
  }
  return folder;
}

async function index(siteFolder: string, output: string) {
  const run = await runPagefind(siteFolder, output);
  if (run.status !== 0) throw new Error(run.output);
}

const sorted = (files: Iterable<string>) => [...files].sort();
const inode = (file: string) => statSync(file).ino;

let before: string;
beforeAll(async () => {
  before = join(root, 'index-before');
  await index(site('before', 'Huisbezoek'), before);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it("lists exactly the content-named files Pagefind wrote: each page's fragment, the word and filter indexes", () => {
  const files = namedFiles(before);
  expect(files.filter((file) => file.startsWith('fragment/'))).toHaveLength(3);
  expect(files.some((file) => file.startsWith('filter/'))).toBe(true);
  expect(files.some((file) => file.endsWith('.pf_meta'))).toBe(true);
  expect(sorted(listedFiles(before))).toEqual(sorted(files));
});

it('reuses the earlier files of a bundle indexed again, and leaves exactly what a fresh run writes', async () => {
  const changed = site('after', 'Thuisadministratie');
  const seeded = join(root, 'index-seeded');
  seedBundle(seeded, { previous: before });
  await index(changed, seeded);
  // The changed page's earlier fragment, the word index and the metadata it replaced go.
  expect(pruneBundle(seeded)).toBeGreaterThanOrEqual(3);
  // The two unchanged pages' fragments are still the earlier files (hard links): Pagefind skipped them.
  const earlier = new Set(namedFiles(before));
  const kept = namedFiles(seeded).filter(
    (file) =>
      file.startsWith('fragment/') && earlier.has(file) && inode(join(seeded, file)) === inode(join(before, file)),
  );
  expect(kept).toHaveLength(2);
  const fresh = join(root, 'index-fresh');
  await index(changed, fresh);
  expect(sorted(namedFiles(seeded))).toEqual(sorted(namedFiles(fresh)));
});

it("sets a bundle's content-named files aside for a later run, leaving its other files", async () => {
  const bundle = join(root, 'index-aside');
  await index(site('aside', 'Huisbezoek'), bundle);
  const files = namedFiles(bundle);
  const seeds = join(root, 'seeds');
  setSeedsAside(bundle, seeds);
  expect(namedFiles(bundle)).toEqual([]);
  expect(statSync(join(bundle, 'pagefind-entry.json')).isFile()).toBe(true);
  const output = join(root, 'index-from-seeds');
  seedBundle(output, { setAside: seeds, previous: before });
  expect(sorted(namedFiles(output))).toEqual(sorted(files));
});

it('refuses an index that lists a file it lacks', async () => {
  const bundle = join(root, 'index-broken');
  await index(site('broken', 'Huisbezoek'), bundle);
  const fragment = namedFiles(bundle).find((file) => file.startsWith('fragment/'))!;
  rmSync(join(bundle, fragment));
  expect(() => pruneBundle(bundle)).toThrow(/lacks 1 of its files, such as fragment\//);
});

it('stops a run when told: Pagefind itself, which then writes nothing more', async () => {
  const large = join(root, 'large');
  for (let i = 0; i < 4000; i++) {
    mkdirSync(join(large, `p${i}`), { recursive: true });
    writeFileSync(join(large, `p${i}`, 'index.html'), page(`Pagina ${i} over budgetbeheer. `.repeat(40)));
  }
  const output = join(root, 'index-stopped');
  const stop = new AbortController();
  const run = runPagefind(large, output, { signal: stop.signal });
  await new Promise((resolve) => setTimeout(resolve, 300));
  stop.abort();
  expect(await run).toMatchObject({ status: null, output: expect.stringContaining('abort') });
  // Left running, it would finish in about three seconds here: its entry file is written last.
  await new Promise((resolve) => setTimeout(resolve, 4000));
  expect(existsSync(join(output, 'pagefind-entry.json'))).toBe(false);
}, 15_000);

it('indexes exactly the pages it is given, whatever characters their paths hold', async () => {
  const folder = site('some', 'Huisbezoek');
  for (const slug of ['a(1)', 'b,c', 'd{e}']) {
    mkdirSync(join(folder, slug), { recursive: true });
    writeFileSync(join(folder, slug, 'index.html'), page(`Pagina ${slug}`));
  }
  const output = join(root, 'index-some');
  const files = ['a/index.html', 'a(1)/index.html', 'b,c/index.html', 'd{e}/index.html'];
  const run = await runPagefind(folder, output, { pages: { files, folder: join(root, 'run-some') } });
  expect(run.status, run.output).toBe(0);
  expect(namedFiles(output).filter((file) => file.startsWith('fragment/'))).toHaveLength(4);
  expect(run.output).toContain('Found 4 files matching {a/index.html,a\\(1\\)/index.html,b\\,c/index.html,');
});
