/** The CSV export, read back with a real CSV parser (csv-parse) set up as Dutch Excel reads it. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { entryCollections } from '../schemas/collections.ts';
import { csvColumns, csvText, toCell } from './open-data-csv.ts';
import type { OpenDataRecord } from './open-data.ts';

const csvOf = (records: OpenDataRecord[]) => {
  const csv = csvText('practiceExamples');
  return csv.header + records.map(csv.row).join('');
};

const record: OpenDataRecord = {
  id: 'gesprek-aan-tafel',
  type: 'praktijkvoorbeelden',
  url: 'https://wat-werkt.example/praktijkvoorbeelden/gesprek-aan-tafel/',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  data: {
    titel: 'Het "keukentafelgesprek"; één loket',
    samenvatting: 'Regel één\nregel twee; met café en ruïne',
    themas: ['wijkteams', 'geldzorgen'],
    gepubliceerd: '2026-03-01',
    periode: { start: '2025-01', eind: '2025-06' },
  },
  body: '## Aanpak\n\nEen "tekst" met ; en ,\r\nen een tweede regel.',
};

describe('toCsv', () => {
  const text = csvOf([record]);

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF, as Excel expects', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(`\ufeff${csvColumns('practiceExamples').join(';')}`);
  });

  it('reads back to every value, with quotes, semicolons, line breaks and diacritics intact', () => {
    const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(Object.keys(row!)).toEqual(csvColumns('practiceExamples'));
    expect(row!.id).toBe(record.id);
    expect(row!.type).toBe('praktijkvoorbeelden');
    expect(row!.body).toBe(record.body);
    expect(row!.license).toBe(record.license);
    expect(row!.titel).toBe('Het "keukentafelgesprek"; één loket');
    expect(row!.samenvatting).toBe('Regel één\nregel twee; met café en ruïne');
    expect(JSON.parse(row!.themas!)).toEqual(['wijkteams', 'geldzorgen']);
    expect(JSON.parse(row!.periode!)).toEqual({ start: '2025-01', eind: '2025-06' });
    expect(row!.gepubliceerd).toBe('2026-03-01');
    expect(row!.afbeelding).toBe('');
  });
});

it('neutralises every cell that a spreadsheet would run as a formula, and only those', () => {
  const formulas = ['=HYPERLINK("https://evil.example","klik")', '+31 6', '-1+1', '@SUM(A1)', '\tx', '\rx'];
  const harmless = ['Gewoon tekst', "'al een apostrof", ' =met een spatie ervoor', '3 - 1'];
  const records = [...formulas, ...harmless].map((titel, i) => ({
    ...record,
    id: `r${i}`,
    data: { ...record.data, titel, samenvatting: titel, themas: [titel] },
  }));
  const rows = parse(csvOf(records), {
    bom: true,
    delimiter: ';',
    columns: true,
  }) as Record<string, string>[];
  expect(rows.map((row) => row.titel)).toEqual([...formulas.map((text) => `'${text}`), ...harmless]);
  expect(rows.map((row) => row.samenvatting)).toEqual(rows.map((row) => row.titel));
  // A list is written as JSON, which starts with [: never a formula.
  expect(JSON.parse(rows[0]!.themas!)).toEqual([formulas[0]]);
});

it('writes text as it is, nothing for a missing value and anything else as JSON', () => {
  expect(toCell('één')).toBe('één');
  expect(toCell(undefined)).toBe('');
  expect(toCell(3)).toBe('3');
  expect(toCell(false)).toBe('false');
  expect(toCell(['a', 'b'])).toBe('["a","b"]');
});

it('gives each collection unique columns: the frontmatter fields between the record fields', () => {
  for (const collection of entryCollections) {
    const columns = csvColumns(collection);
    expect(new Set(columns).size, collection).toBe(columns.length);
    expect(columns.slice(0, 3)).toEqual(['id', 'type', 'url']);
    expect(columns).toContain('titel');
    expect(columns.slice(-2)).toEqual(['body', 'license']);
  }
});
