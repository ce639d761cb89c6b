import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import type { CitationItem } from '../lib/citation.ts';
import type { AnyEntry } from '../lib/entry-summary.ts';
import { entryCollections } from '../schemas/collections.ts';

/**
 * Every entry's CSL item (lib/citation-files.ts, CITATION_MANIFEST): `npm run build` writes the citation files
 * from it and removes it. Never keyed, so it always holds the current archive.
 */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const items: CitationItem[] = entryCollections.flatMap((collection) =>
    (archive[collection] as AnyEntry[]).map((entry) => archive.citationOf(entry)),
  );
  return new Response(JSON.stringify(items));
};
