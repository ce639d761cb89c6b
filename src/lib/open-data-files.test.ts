import { expect, it } from 'vitest';
import { openDataFiles, releaseManifest } from './open-data-files.ts';

const entries = (n: number) => Array.from({ length: n });
const files = openDataFiles({
  workingElements: entries(2),
  practiceExamples: entries(1),
  eventReports: entries(1),
  programmes: entries(1),
});

it('lists a JSON file, a schema and a CSV per collection, and JSON for everything', () => {
  expect(files.map((file) => [file.name, file.count, file.type])).toEqual([
    ['werkzame-elementen', 2, 'werkzame-elementen'],
    ['praktijkvoorbeelden', 1, 'praktijkvoorbeelden'],
    ['verslagen', 1, 'verslagen'],
    ['programmas', 1, 'programmas'],
    ['alles', 5, undefined],
  ]);
  expect(files[0]).toMatchObject({
    json: '/data/werkzame-elementen.json',
    schema: '/data/werkzame-elementen.schema.json',
    csv: '/data/werkzame-elementen.csv',
  });
  expect(files.at(-1)!.csv).toBeUndefined();
});

it('dates the release, names its commit and licence, and gives absolute addresses', () => {
  const manifest = releaseManifest({
    files,
    site: new URL('https://voorbeeld.nl/'),
    built: new Date('2026-11-28T17:05:09Z'),
    commit: null,
  });
  expect(manifest).toMatchObject({
    built: '2026-11-28T17:05:09.000Z',
    commit: null,
    license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  });
  expect(manifest.files.at(-1)).toEqual({
    name: 'alles',
    type: null,
    count: 5,
    json: 'https://voorbeeld.nl/data/alles.json',
    schema: 'https://voorbeeld.nl/data/alles.schema.json',
    csv: null,
  });
});
