import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { cacheKeyOf } from '../../../lib/cache-key.ts';
import { feedResponse, themeFeed } from '../../../lib/feeds.ts';

/** "Volg dit thema": new and updated entries under one theme, /themas/<id>/rss.xml; kept while they are unchanged. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.themes.map((theme) => {
    const props = {
      feed: themeFeed(theme),
      name: theme.data.titel,
      entries: archive.backlinks.byTheme.get(theme.id) ?? [],
    };
    return { params: { id: theme.id }, props, cacheKey: cacheKeyOf(props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  feedResponse(
    site!,
    {
      title: props.feed.title,
      description: `Nieuwe en bijgewerkte items in het archief onder het thema "${props.name}".`,
    },
    props.entries,
  );
