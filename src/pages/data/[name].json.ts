import type { APIRoute, GetStaticPaths } from 'astro';
import { getImage } from 'astro:assets';
import { getArchive } from '../../lib/archive.ts';
import { collectionInfo, entryCollections } from '../../schemas/collections.ts';
import type { AnyEntry } from '../../lib/entry-summary.ts';
import { toOpenDataRecord } from '../../lib/open-data.ts';
import { imageFacts } from '../../lib/images.ts';

/** /data/<collection>.json and /data/alles.json: the archive as open data. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const byCollection = entryCollections.map((collection) => ({
    name: collectionInfo[collection].folder,
    entries: archive[collection] as AnyEntry[],
  }));
  return [...byCollection, { name: 'alles', entries: byCollection.flatMap((c) => c.entries) }].map(
    ({ name, entries }) => ({ params: { name }, props: { entries } }),
  );
}) satisfies GetStaticPaths;

/** Each entry image as a re-encoded copy (no camera metadata), by the original's build URL. */
async function publishImages(entries: AnyEntry[]): Promise<Map<string, string>> {
  const published = new Map<string, string>();
  for (const entry of entries) {
    const image = 'afbeelding' in entry.data ? entry.data.afbeelding?.src : undefined;
    if (image) published.set(imageFacts(image).src, (await getImage({ src: image, format: 'webp' })).src);
  }
  return published;
}

export const GET: APIRoute<{ entries: AnyEntry[] }> = async ({ props, site }) => {
  const published = await publishImages(props.entries);
  return new Response(
    JSON.stringify(
      props.entries.map((entry) => toOpenDataRecord(entry, site!, published)),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
};
