import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import type { CitationItem } from '../../../lib/citation.ts';
import {
  citationFile,
  citationFormatNames,
  citationFormats,
  type CitationFormat,
} from '../../../lib/citation-files.ts';
import type { AnyEntry } from '../../../lib/entry-summary.ts';
import { collectionInfo, entryCollections } from '../../../schemas/collections.ts';

/**
 * An entry's citation as a download on the development server: /werkzame-elementen/<id>/citeer.bib, .ris and
 * .json. A build writes the same files after the page loop, from one manifest (src/pages/citeer-alle.json.ts,
 * src/postbuild/citation-files.ts), so this route has no pages there.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const archive = await getArchive();
  return entryCollections.flatMap((collection) =>
    (archive[collection] as AnyEntry[]).flatMap((entry) => {
      const item = archive.citationOf(entry);
      return citationFormatNames.map((format) => ({
        params: { collection: collectionInfo[collection].folder, id: entry.id, format },
        props: { item, format },
      }));
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: CitationItem; format: CitationFormat }> = ({ props }) =>
  new Response(citationFile(props.item, props.format), {
    headers: { 'Content-Type': citationFormats[props.format].contentType },
  });
