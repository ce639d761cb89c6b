/**
 * The records of a set of entries for the open-data files (JSON and CSV), with each entry image published as
 * a re-encoded copy: no camera metadata leaves the site (images.ts). The files are the largest a build
 * writes (about 130 MB for everything at 20,000 entries), so records are made one at a time while the
 * response is written, and each entry's text is read from its file only then (content.config.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getImage } from 'astro:assets';
import { bodyOfSource } from './content-files.ts';
import type { AnyEntry } from './entry-summary.ts';
import { imageFacts } from './images.ts';
import { toOpenDataRecord, type OpenDataRecord } from './open-data.ts';

/** Each entry image as a re-encoded copy, by the original's build URL. */
async function publishImages(entries: readonly AnyEntry[]): Promise<Map<string, string>> {
  const published = new Map<string, string>();
  for (const entry of entries) {
    const image = 'afbeelding' in entry.data ? entry.data.afbeelding?.src : undefined;
    if (image) published.set(imageFacts(image).src, (await getImage({ src: image, format: 'webp' })).src);
  }
  return published;
}

/**
 * Astro gives `filePath` relative to the project root, the working directory of every build
 * (scripts/build.ts).
 */
const bodyOf = (entry: AnyEntry) => bodyOfSource(readFileSync(resolve(entry.filePath!), 'utf8'));

export async function openDataRecords(entries: readonly AnyEntry[], site: URL): Promise<Iterable<OpenDataRecord>> {
  const published = await publishImages(entries);
  return (function* () {
    for (const entry of entries) yield toOpenDataRecord(entry, site, published, bodyOf(entry));
  })();
}
