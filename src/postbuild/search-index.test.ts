import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeSearchBundles } from './search-index.ts';
import { markSearchPages } from './search-marks.ts';

it('takes the bundle filter that earlier builds wrote off a page kept from such a build', async () => {
  const root = mkdtempSync(join(tmpdir(), 'old-marks-'));
  const page = (marks: string) =>
    `<!doctype html><html lang="nl"><head><title>Regie</title></head><body><main data-pagefind-body${marks}><h1>Regie</h1> <p>Eigen regie in de wijk.</p> </main></body></html>`;
  // As a build before 2026-12-06 left it: marked with its bundle, word breaks written.
  writeFileSync(join(root, 'index.html'), page(' data-pagefind-filter="bundel:2"'));
  const marked = await markSearchPages(root);
  expect(marked.searchable).toHaveLength(1);
  expect(await writeSearchBundles(root, marked, { bundlePages: 4000 })).toEqual({ bundles: 1, unchanged: 0 });
  expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe(page(''));
  rmSync(root, { recursive: true });
});
