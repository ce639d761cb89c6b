import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { htmlFilesIn } from './built-pages.ts';
import type { ReadPage } from './page-marks.ts';
import { pageThreads, type PageMarks } from './page-threads.ts';

/** A site of `count` pages as Astro writes them: searchable ones without word breaks, and one that is not searched. */
function site(count: number) {
  const root = mkdtempSync(join(tmpdir(), 'page-threads-'));
  for (let i = 0; i < count; i++) {
    mkdirSync(join(root, `p${i}`));
    writeFileSync(
      join(root, `p${i}/index.html`),
      `<html><body><main data-pagefind-body data-pagefind-sort="datum:2026-01-${String((i % 28) + 1).padStart(2, '0')}"><h1>Wijkteam ${i}</h1><p>Eigen regie en schuldhulp${i % 7}.</p></main></body></html>`,
    );
  }
  writeFileSync(join(root, '404.html'), '<main><p>Niet gevonden</p></main>');
  return root;
}

/** Every page read, then every searchable page written with marks (every third with its breaks only). */
async function readAndMark(root: string, threads: number) {
  const pages = pageThreads(root, new Set(), threads);
  try {
    const read: ReadPage[] = [];
    await pages.read(htmlFilesIn(root), (page) => read.push(page));
    const writes = read
      .filter(({ page }) => page.marks !== undefined)
      .map(({ file }, at): PageMarks => [
        file,
        at % 3 === 0 ? undefined : ` data-pagefind-meta="woorddelen:regie${at}"`,
      ]);
    const digests = await pages.mark(writes);
    const files = Object.fromEntries(htmlFilesIn(root).map((file) => [file, readFileSync(join(root, file), 'utf8')]));
    return { read, digests, files };
  } finally {
    await pages.close();
  }
}

it('reads and marks pages in worker threads exactly as in this one, in the same order', async () => {
  // Enough pages for the threads (400) in several batches.
  const root = site(900);
  const copy = `${root}-copy`;
  cpSync(root, copy, { recursive: true });
  const here = await readAndMark(root, 1);
  const apart = await readAndMark(copy, 2);
  expect(apart).toEqual(here);
  expect(here.read).toHaveLength(901);
  expect(here.read[0]).toMatchObject({ file: '404.html', page: { digest: expect.any(String) }, unseparated: false });
  expect(here.files['p1/index.html']).toContain(
    '<main data-pagefind-body data-pagefind-meta="woorddelen:regie1" data-pagefind-sort="datum:2026-01-02">',
  );
  expect(here.files['p1/index.html']).toContain('</h1> <p>');
  rmSync(root, { recursive: true });
  rmSync(copy, { recursive: true });
});

it('stops with the error of a page a thread could not read', async () => {
  const root = site(450);
  const pages = pageThreads(root, new Set(), 2);
  const files = [...htmlFilesIn(root), 'weg/index.html'];
  await expect(pages.read(files, () => {})).rejects.toThrow(/ENOENT.*weg\/index\.html/);
  await pages.close();
  rmSync(root, { recursive: true });
});
