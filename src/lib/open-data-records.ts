/**
 * The records of a set of entries for the open-data files (JSON and CSV), with each entry image published as
 * a re-encoded copy: no camera metadata leaves the site (images.ts).
 */
import { getImage } from 'astro:assets';
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

export async function openDataRecords(entries: readonly AnyEntry[], site: URL): Promise<OpenDataRecord[]> {
  const published = await publishImages(entries);
  return entries.map((entry) => toOpenDataRecord(entry, site, published));
}
