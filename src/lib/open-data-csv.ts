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

/**
 * A collection's CSV in pieces, its header and then one row at a time: a collection of 20,000 entries is never
 * one string in memory.
 */
export function csvText(collection: EntryCollection) {
  // Derived from the schema once per file, not per row: at 20,000 entries that was seconds of every build.
  const columns = csvColumns(collection);
  // A cell that starts with =, +, -, @, tab or CR is a formula to Excel (OWASP's CSV injection): csv-stringify
  // puts a ' before it. The JSON keeps the exact text, and /open-data/ says so.
  const options = { columns, delimiter: ';', record_delimiter: 'windows', escape_formulas: true } as const;
  return {
    header: stringify([], { ...options, bom: true, header: true }),
    row: ({ data, ...record }: OpenDataRecord) => {
      const cells = columns.map((column) => [
        column,
        toCell(column in record ? record[column as keyof typeof record] : data[column]),
      ]);
      return stringify([Object.fromEntries(cells)], options);
    },
  };
}
