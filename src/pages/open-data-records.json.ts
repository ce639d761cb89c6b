import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { openDataSources } from '../lib/open-data-records.ts';

/**
 * Every entry's open-data record without its text (lib/open-data-export.ts, OPEN_DATA_RECORDS): `npm run build`
 * writes the open-data files from it and removes it. Never keyed, so it always holds the current archive.
 */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await openDataSources(await getArchive(), site!)));
