import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CitationItem } from '../lib/citation.ts';
import { CITATION_MANIFEST, citationFile } from '../lib/citation-files.ts';
import { citationFiles } from './citation-files.ts';

const item = (id: string, title: string): CitationItem => ({
  id,
  'citation-key': id.replace(/[^A-Za-z0-9]+/g, '_'),
  type: 'webpage',
  title,
  author: [{ literal: 'Redactie Wat Werkt' }],
  publisher: 'Wat Werkt',
  URL: `https://wat-werkt.example/${id}/`,
  issued: { 'date-parts': [[2024, 10, 14]] },
  language: 'nl-NL',
  abstract: 'Een samenvatting.',
});

let root: string;
const writeManifest = (items: CitationItem[]) => writeFileSync(join(root, CITATION_MANIFEST), JSON.stringify(items));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'citations-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it("writes each entry's three files beside its page from the manifest, and removes the manifest", () => {
  const element = item('werkzame-elementen/vaste-ankerpersoon', 'Vaste ankerpersoon');
  writeManifest([element, item('verslagen/x', 'X')]);

  const citations = citationFiles(root);
  // Named before they are written: the stale-file step and the marking come first.
  expect(existsSync(join(root, 'verslagen/x/citeer.bib'))).toBe(false);
  expect(citations.write()).toBe(6);

  expect(citations.files).toEqual([
    'werkzame-elementen/vaste-ankerpersoon/citeer.bib',
    'werkzame-elementen/vaste-ankerpersoon/citeer.ris',
    'werkzame-elementen/vaste-ankerpersoon/citeer.json',
    'verslagen/x/citeer.bib',
    'verslagen/x/citeer.ris',
    'verslagen/x/citeer.json',
  ]);
  expect(readFileSync(join(root, 'werkzame-elementen/vaste-ankerpersoon/citeer.ris'), 'utf8')).toBe(
    citationFile(element, 'ris'),
  );
  expect(JSON.parse(readFileSync(join(root, 'verslagen/x/citeer.json'), 'utf8'))).toEqual([item('verslagen/x', 'X')]);
  expect(existsSync(join(root, CITATION_MANIFEST))).toBe(false);
});

it('leaves a file whose text is unchanged untouched, so a rebuild counts only changed citations as written', () => {
  writeManifest([item('verslagen/x', 'X'), item('verslagen/y', 'Y')]);
  citationFiles(root).write();
  const before = new Date('2020-01-01T00:00:00Z');
  for (const format of ['bib', 'ris', 'json']) {
    const file = join(root, `verslagen/x/citeer.${format}`);
    utimesSync(file, before, before);
  }
  writeManifest([item('verslagen/x', 'X'), item('verslagen/y', 'Y (herzien)')]);

  expect(citationFiles(root).write()).toBe(3);
  expect(statSync(join(root, 'verslagen/x/citeer.bib')).mtime).toEqual(before);
  expect(readFileSync(join(root, 'verslagen/y/citeer.bib'), 'utf8')).toContain('{Y} (herzien)');
});

it('stops the build when the page build wrote no manifest', () => {
  mkdirSync(join(root, 'verslagen'));
  expect(() => citationFiles(root)).toThrow(/citeer-alle\.json/);
});
