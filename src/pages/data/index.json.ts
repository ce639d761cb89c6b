import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { getBuildMoment } from '../../lib/build-date.ts';
import { openDataFiles, releaseManifest } from '../../lib/open-data-files.ts';
import { sourceCommit } from '../../lib/source-commit.ts';

/** /data/index.json: the release manifest of the open data (files, counts, licence, build moment, commit). */
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const files = openDataFiles(archive);
  const manifest = releaseManifest({ files, site: site!, built: getBuildMoment(), commit: sourceCommit() });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
