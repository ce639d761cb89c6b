/**
 * The open-data files (/data/<collection>.json and .csv, /data/alles.json) written in one pass over the records,
 * a record at a time, each entry's text read from its file only then: at 20,000 entries the files hold about
 * 130 MB, which is never in memory at once. A build writes them after the page loop from the records the page
 * build wrote (OPEN_DATA_RECORDS; src/postbuild/open-data-files.ts), the development server on request
 * (src/pages/data/).
 */
import { readFileSync } from 'node:fs';
import { bodyOfSource } from './content-files.ts';
import { jsonArrayText, type OpenDataFields, type OpenDataRecord } from './open-data.ts';
import { csvText } from './open-data-csv.ts';
import { EVERYTHING, openDataPath } from './open-data-files.ts';
import { collectionInfo, entryCollections } from '../schemas/collections.ts';

/** The records without their text, a page path of the site that is gone once the post-build step has read it. */
export const OPEN_DATA_RECORDS = 'open-data-records.json';

/** A record without its text, and the entry's file (an absolute path), where its text is. */
export interface OpenDataSource extends OpenDataFields {
  source: string;
}

/** Where a file's text goes, a piece at a time. */
export interface TextSink {
  write(text: string): void;
  close(): void;
}

/** A JSON array written an item at a time. */
function jsonArraySink(sink: TextSink) {
  let count = 0;
  return {
    add: (item: unknown) => sink.write(jsonArrayText.item(item, count++)),
    close: () => {
      sink.write(jsonArrayText.end(count));
      sink.close();
    },
  };
}

/**
 * Writes every open-data file, each to the sink `open` gives for its path inside the site (data/alles.json).
 * The whole archive is in the collections' order, as the page lists them (open-data-files.ts).
 */
export function writeOpenData(sources: readonly OpenDataSource[], open: (path: string) => TextSink): void {
  const everything = jsonArraySink(open(openDataPath(EVERYTHING, 'json')));
  for (const collection of entryCollections) {
    const name = collectionInfo[collection].folder;
    const json = jsonArraySink(open(openDataPath(name, 'json')));
    const csv = open(openDataPath(name, 'csv'));
    const rows = csvText(collection);
    csv.write(rows.header);
    for (const { source, ...fields } of sources) {
      if (fields.type !== name) continue;
      const record: OpenDataRecord = { ...fields, body: bodyOfSource(readFileSync(source, 'utf8')) };
      json.add(record);
      csv.write(rows.row(record));
      everything.add(record);
    }
    json.close();
    csv.close();
  }
  everything.close();
}

/** Every open-data file's text by its path inside the site: the development server's, on a small archive. */
export function openDataTexts(sources: readonly OpenDataSource[]): Map<string, string> {
  const texts = new Map<string, string>();
  writeOpenData(sources, (path) => {
    const pieces: string[] = [];
    return { write: (text) => pieces.push(text), close: () => texts.set(path, pieces.join('')) };
  });
  return texts;
}
