import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { feedResponse, followFeedPath, workingElementFeed } from '../../../lib/feeds.ts';

/**
 * "Volg dit werkzame element": new and updated practice examples, reports and programmes that apply one
 * working element, /werkzame-elementen/<id>/rss.xml (the element's own page says what it is).
 */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.workingElements.map((element) =>
    followFeedPath(element.id, {
      feed: workingElementFeed(element),
      name: element.data.titel,
      entries: archive.backlinks.byWorkingElement.get(element.id) ?? [],
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  feedResponse(
    site!,
    {
      title: props.feed.title,
      description: `Nieuwe en bijgewerkte praktijkvoorbeelden, verslagen en programma's die verwijzen naar het werkzame element "${props.name}".`,
    },
    props.entries,
  );
