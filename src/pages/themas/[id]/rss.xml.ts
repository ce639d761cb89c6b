import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { feedResponse, followFeedPath, themeFeed } from '../../../lib/feeds.ts';

/** "Volg dit thema": new and updated entries under one theme, /themas/<id>/rss.xml. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.themes.map((theme) =>
    followFeedPath(theme.id, {
      feed: themeFeed(theme),
      name: theme.data.titel,
      entries: archive.backlinks.byTheme.get(theme.id) ?? [],
    }),
  );
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
