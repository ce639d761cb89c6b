import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { openDataFiles, openDataPath } from '../../lib/open-data-files.ts';
import { openDataResponse } from '../../lib/open-data-records.ts';

/**
 * /data/<name>.csv on the development server. A build writes the open-data files after the page loop
 * (src/pages/open-data-records.json.ts, src/postbuild/open-data-files.ts), so this route has no pages there.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const files = openDataFiles(await getArchive());
  return files.flatMap((file) => (file.csv ? [{ params: { name: file.name } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => openDataResponse(openDataPath(params.name!, 'csv'), site!);
