import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { collectionInfo, entryCollections } from '../../schemas/collections.ts';
import type { AnyEntry } from '../../lib/entry-summary.ts';
import { jsonArrayChunks } from '../../lib/open-data.ts';
import { openDataRecords } from '../../lib/open-data-records.ts';
import { streamedResponse } from '../../lib/streamed-response.ts';

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

export const GET: APIRoute<{ entries: AnyEntry[] }> = async ({ props, site }) =>
  streamedResponse(jsonArrayChunks(await openDataRecords(props.entries, site!)), 'application/json');
