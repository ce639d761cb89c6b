import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { OPEN_DATA_RECORDS, type OpenDataSource } from '../lib/open-data-export.ts';
import { writeOpenDataFiles } from './open-data-files.ts';

let root: string;
let content: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'open-data-site-'));
  content = mkdtempSync(join(tmpdir(), 'open-data-content-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

/** An entry's file with its frontmatter and text, and its record without the text. */
function entry(type: string, id: string, body: string): OpenDataSource {
  const source = join(content, `${type}-${id}.md`);
  writeFileSync(source, `---\ntitel: ${id}\n---\n\n${body}\n`);
  return {
    id,
    type,
    url: `https://wat-werkt.example/${type}/${id}/`,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    data: { titel: id },
    source,
  };
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');

it('writes every file from the records, with each text read from its entry file, and removes the records', () => {
  const sources = [
    entry('werkzame-elementen', 'vaste-ankerpersoon', '## Wat werkt\n\nEén "vaste" persoon; met ruimte.'),
    entry('verslagen', 'congres', 'Een verslag.'),
    entry('werkzame-elementen', 'outreachend', 'Op huisbezoek.'),
  ];
  writeFileSync(join(root, OPEN_DATA_RECORDS), JSON.stringify(sources));

  const result = writeOpenDataFiles(root);

  expect(existsSync(join(root, OPEN_DATA_RECORDS))).toBe(false);
  expect(result.records).toBe(3);
  expect(result.files.toSorted()).toEqual(
    [
      'data/alles.json',
      ...['werkzame-elementen', 'praktijkvoorbeelden', 'verslagen', 'programmas'].flatMap((name) => [
        `data/${name}.json`,
        `data/${name}.csv`,
      ]),
    ].toSorted(),
  );
  const records = sources.map(({ source, ...fields }) => ({
    ...fields,
    body: readFileSync(source, 'utf8').split('---\n\n')[1]!.trim(),
  }));
  const [anchor, congress, outreach] = records;
  // Exactly the text JSON.stringify writes, the collections in their order.
  expect(read('data/werkzame-elementen.json')).toBe(JSON.stringify([anchor, outreach], null, 2));
  expect(read('data/alles.json')).toBe(JSON.stringify([anchor, outreach, congress], null, 2));
  expect(read('data/praktijkvoorbeelden.json')).toBe('[]');
  const rows = parse(read('data/werkzame-elementen.csv'), { bom: true, delimiter: ';', columns: true }) as Record<
    string,
    string
  >[];
  expect(rows.map((row) => [row.id, row.titel, row.body])).toEqual([
    ['vaste-ankerpersoon', 'vaste-ankerpersoon', anchor!.body],
    ['outreachend', 'outreachend', outreach!.body],
  ]);
});

it('fails before writing anything when the page build wrote no records', () => {
  expect(() => writeOpenDataFiles(root)).toThrow(/open-data-records\.json/);
  expect(existsSync(join(root, 'data'))).toBe(false);
});
