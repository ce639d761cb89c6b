import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, it } from 'vitest';
import { heapKeptMB, largePage } from '../../tests/helpers/heap.ts';
import { marksOf } from './page-marks.ts';
import { pageThreads } from './page-threads.ts';
import { markSearchPages, readPages } from './search-marks.ts';
import { wordMemory } from './word-memory.ts';

it("keeps a page's marks, not the page it was read from", () => {
  // A page kept from the previous build carries its marks; the index step holds every page's until all are read.
  const { kept, grownMB } = heapKeptMB(() =>
    Array.from({ length: 100 }, (_, i) =>
      marksOf(largePage(`<main data-pagefind-body data-pagefind-meta="woorddelen:regie zorg${i}">`)),
    ),
  );
  expect(kept[99]).toBe(' data-pagefind-meta="woorddelen:regie zorg99"');
  expect(grownMB).toBeLessThan(10);
});

it("reads a page's words once: a later build takes the unchanged pages' words from the memory, and gets the same", async () => {
  const root = mkdtempSync(join(tmpdir(), 'read-pages-'));
  const body = (text: string) => `<html><main data-pagefind-body><p>${text}</p></main></html>`;
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'a/index.html'), body('Het wijkteam en de regie.'));
  writeFileSync(join(root, 'index.html'), body('Eigen regie, een team.'));
  writeFileSync(join(root, '404.html'), '<main><p>Niet gevonden</p></main>');
  // Kept from the previous build: marked, with its word breaks.
  mkdirSync(join(root, 'b'));
  const marked = '<main data-pagefind-body data-pagefind-meta="woorddelen:team" class="x"><p>Teamwerk</p> </main>';
  writeFileSync(join(root, 'b/index.html'), marked);
  const file = join(root, '..', `${basename(root)}-words.json`);
  const read = async () => {
    const memory = wordMemory(file);
    const site = await readPages(root, memory, undefined, pageThreads(root, memory.remembered, 1).read);
    memory.save();
    return { ...site, reused: memory.reused };
  };
  const first = await read();
  expect(first.reused).toBe(0);
  expect([...first.known].sort()).toEqual(['eigen', 'regie', 'team', 'teamwerk', 'wijkteam']);
  expect(first.pages.get('b/index.html')?.marks).toBe(' data-pagefind-meta="woorddelen:team"');
  expect(first.pages.get('index.html')?.marks).toBe('');
  expect(await read()).toEqual({ ...first, reused: 3 });
  // The searchable pages get their word breaks written with their marks, once: not here yet.
  expect([...first.unseparated].sort()).toEqual(['a/index.html', 'index.html']);
  expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe(body('Eigen regie, een team.'));
  expect(readFileSync(join(root, '404.html'), 'utf8')).toBe('<main><p>Niet gevonden</p> </main>');
  rmSync(root, { recursive: true });
  rmSync(file);
});

it('does not read the pages a build kept from the published site, and reads those it wrote', async () => {
  const root = mkdtempSync(join(tmpdir(), 'kept-pages-'));
  const body = (text: string) => `<html><main data-pagefind-body><p>${text}</p></main></html>`;
  const pages = {
    'a/index.html': 'Het wijkteam en de regie.',
    'b/index.html': 'Teamwerk.',
    'index.html': 'Eigen regie.',
  };
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), body(text));
  }
  writeFileSync(join(root, '404.html'), '<main><p>Niet gevonden</p></main>');
  const published = (await markSearchPages(root)).pages;
  // The published site's files, older than this build. A page the build did not write cannot differ from its
  // record, so one changed here behind the build's back (its time kept) shows that it is not read.
  writeFileSync(join(root, 'b/index.html'), body('Iets anders.'));
  const since = Date.now();
  for (const file of [...Object.keys(pages), '404.html'])
    utimesSync(join(root, file), new Date(since - 60_000), new Date(since - 60_000));
  // This build wrote a/ again.
  writeFileSync(join(root, 'a/index.html'), body('Het wijkteam en de eigen regie.'));
  utimesSync(join(root, 'a/index.html'), new Date(since + 1_000), new Date(since + 1_000));

  const rebuilt = await markSearchPages(root, { kept: { pages: published, since } });
  expect(rebuilt.notRead).toBe(3);
  expect(rebuilt.pages.get('b/index.html')).toEqual(published.get('b/index.html'));
  expect(rebuilt.pages.get('404.html')).toEqual(published.get('404.html'));
  expect(rebuilt.pages.get('a/index.html')!.digest).not.toBe(published.get('a/index.html')!.digest);
  // Read, it gives another digest.
  expect((await markSearchPages(root)).pages.get('b/index.html')).not.toEqual(published.get('b/index.html'));
  rmSync(root, { recursive: true });
});
