/**
 * The open data as CSV for spreadsheet users: Dutch Excel opens it correctly by a double click when the file
 * is UTF-8 with a byte-order mark (else it reads Windows-1252 and garbles "ë") and separated by semicolons
 * (the list separator of the Dutch locale, where the comma is the decimal sign). csv-stringify does the
 * quoting of separators, quotes and line breaks inside a cell.
 */
import { stringify } from 'csv-stringify/sync';
import type { EntryCollection } from '../schemas/collections.ts';
import { dataSchema, type OpenDataRecord } from './open-data.ts';

/** The columns of a collection's CSV: the record's own fields around the frontmatter fields, in schema order. */
export const csvColumns = (collection: EntryCollection): string[] => [
  'id',
  'type',
  'url',
  ...Object.keys(dataSchema(collection).properties),
  'body',
  'license',
];

/**
 * One cell: text as it is (dates are already ISO text), nothing for a missing value, and anything else
 * (numbers, yes/no, lists, nested fields) as JSON, so every value can be read back exactly.
 */
export const toCell = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

export function toCsv(records: readonly OpenDataRecord[], collection: EntryCollection): string {
  const rows = records.map(({ data, ...record }) =>
    Object.fromEntries(
      csvColumns(collection).map((column) => [
        column,
        toCell(column in record ? record[column as keyof typeof record] : data[column]),
      ]),
    ),
  );
  return stringify(rows, {
    bom: true,
    header: true,
    columns: csvColumns(collection),
    delimiter: ';',
    record_delimiter: 'windows',
  });
}
