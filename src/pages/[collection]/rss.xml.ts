import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { collectionInfo, entryCollections, type EntryCollection } from '../../schemas/collections.ts';
import { feedResponse } from '../../lib/feeds.ts';

/** New and updated entries of one collection: /werkzame-elementen/rss.xml and so on. */
export const getStaticPaths = (() =>
  entryCollections.map((collection) => ({
    params: { collection: collectionInfo[collection].folder },
    props: { collection },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: EntryCollection }> = async ({ props, site }) => {
  const archive = await getArchive();
  const info = collectionInfo[props.collection];
  return feedResponse(
    site!,
    { title: `Wat Werkt: ${info.plural.toLowerCase()}`, description: info.intro },
    archive.summariesIn(props.collection),
  );
};
