import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionInfo, entryCollections } from '../../schemas/collections.ts';
import { fileSchema, recordSchema } from '../../lib/open-data.ts';
import { EVERYTHING } from '../../lib/open-data-files.ts';

/** The JSON Schema of each open-data file, generated from the collection schemas. */
export const getStaticPaths = (() => {
  const perCollection = entryCollections.map((collection) => ({
    params: { name: collectionInfo[collection].folder },
    props: { schema: fileSchema(`Wat Werkt: ${collectionInfo[collection].plural}`, recordSchema(collection)) },
  }));
  const everything = {
    params: { name: EVERYTHING },
    props: { schema: fileSchema('Wat Werkt: het hele archief', { anyOf: entryCollections.map(recordSchema) }) },
  };
  return [...perCollection, everything];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
