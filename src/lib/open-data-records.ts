/**
 * The records of the open-data files (JSON and CSV) without the entries' text, with each entry image published
 * as a re-encoded copy: no camera metadata leaves the site (images.ts). The files are written from them a record
 * at a time (open-data-export.ts).
 */
import { resolve } from 'node:path';
import { getImage } from 'astro:assets';
import { getArchive, type Archive } from './archive.ts';
import type { AnyEntry } from './entry-summary.ts';
import { imageFacts } from './images.ts';
import { toOpenDataFields } from './open-data.ts';
import { openDataTexts, type OpenDataSource } from './open-data-export.ts';
import { entryCollections } from '../schemas/collections.ts';

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
 * The records of every entry, collection by collection in the archive's order. Astro gives `filePath` relative to
 * the project root, the working directory of every build (scripts/build.ts); the record holds it absolute.
 */
export async function openDataSources(archive: Archive, site: URL): Promise<OpenDataSource[]> {
  const entries = entryCollections.flatMap((collection) => archive[collection] as AnyEntry[]);
  const published = await publishImages(entries);
  return entries.map((entry) => ({ ...toOpenDataFields(entry, site, published), source: resolve(entry.filePath!) }));
}

/** An open-data file (its path inside the site) on the development server, which has no post-build step. */
export async function openDataResponse(path: string, site: URL): Promise<Response> {
  const texts = openDataTexts(await openDataSources(await getArchive(), site));
  const type = path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
  return new Response(texts.get(path), { headers: { 'Content-Type': type } });
}
