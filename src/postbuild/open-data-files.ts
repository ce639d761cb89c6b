/**
 * The open-data files, written after the page build from the records it wrote (lib/open-data-export.ts,
 * OPEN_DATA_RECORDS), which are then removed. Astro's page loop held each file in memory whole, once in pieces
 * and once joined: at 20,000 entries (about 130 MB for everything) that was the page build's peak.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OPEN_DATA_RECORDS, writeOpenData, type OpenDataSource } from '../lib/open-data-export.ts';

/** Writes the open-data files into the site at `root`. Returns their paths inside the site and the record count. */
export function writeOpenDataFiles(root: string): { files: string[]; records: number } {
  const recordsFile = join(root, OPEN_DATA_RECORDS);
  const sources = JSON.parse(readFileSync(recordsFile, 'utf8')) as OpenDataSource[];
  rmSync(recordsFile);
  const files: string[] = [];
  writeOpenData(sources, (path) => {
    files.push(path);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    const descriptor = openSync(join(root, path), 'w');
    return { write: (text) => void writeSync(descriptor, text), close: () => closeSync(descriptor) };
  });
  return { files, records: sources.length };
}
