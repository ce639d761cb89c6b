import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import type { AnyEntry } from '../../lib/entry-summary.ts';
import { csvChunks } from '../../lib/open-data-csv.ts';
import { openDataRecords } from '../../lib/open-data-records.ts';
import { streamedResponse } from '../../lib/streamed-response.ts';
import { collectionInfo, entryCollections, type EntryCollection } from '../../schemas/collections.ts';

/** /data/<collection>.csv: each collection as a spreadsheet (its columns differ, so there is no alles.csv). */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return entryCollections.map((collection) => ({
    params: { name: collectionInfo[collection].folder },
    props: { collection, entries: archive[collection] as AnyEntry[] },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: EntryCollection; entries: AnyEntry[] }> = async ({ props, site }) =>
  streamedResponse(csvChunks(await openDataRecords(props.entries, site!), props.collection), 'text/csv; charset=utf-8');
