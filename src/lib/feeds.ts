/**
 * The RSS feeds: new and updated entries of the whole archive, of one collection, of one theme ("Volg dit
 * thema") and of the entries that apply one working element ("Volg dit werkzame element").
 *
 * Every feed means "new and updated in the archive", so an item is dated (and the feed ordered) by the
 * entry's latest editorial date: its newest change note (`wijzigingen`), else `gepubliceerd` (revisions.ts).
 * Not the date of what the entry describes (a 2017 congress added today is news today), not git's dates
 * (a commit fixing a typo is not news: see git-history.ts) and never the build date.
 */
import rss from '@astrojs/rss';
import { entryPath } from '../schemas/collections.ts';
import { cacheKeyOf } from './cache-key.ts';
import { byUpdatedDescending, type EntrySummary } from './entry-summary.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * Plain text as HTML that shows it. RSS's item description is HTML, escaped once more for the XML, and feed
 * readers render it: text written as it is would turn an editor's "<img onerror=…>" into markup in the
 * reader. Titles are plain text in RSS and the schemas refuse markup in them (schemas/common.ts, line).
 */
export const htmlText = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export const feedItems = (entries: readonly EntrySummary[], limit = 50): FeedItem[] =>
  entries
    .toSorted(byUpdatedDescending)
    .slice(0, limit)
    .map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.updated,
      description: htmlText(entry.summary),
      categories: [entry.typeLabel],
    }));

/** A feed's site path and the title a feed reader shows for it. */
export interface Feed {
  path: `/${string}`;
  title: string;
}

/** "Volg dit thema": /themas/<id>/rss.xml. */
export const themeFeed = (theme: { id: string; data: { titel: string } }): Feed => ({
  path: `${entryPath('themes', theme.id)}rss.xml` as `/${string}`,
  title: `Wat Werkt: thema ${theme.data.titel}`,
});

/** "Volg dit werkzame element": /werkzame-elementen/<id>/rss.xml, the entries that apply it. */
export const workingElementFeed = (element: { id: string; data: { titel: string } }): Feed => ({
  path: `${entryPath('workingElements', element.id)}rss.xml` as `/${string}`,
  title: `Wat Werkt: werkzaam element ${element.data.titel}`,
});

/**
 * What a follow feed's route renders: the feed, the name of what it follows, and the entries. (A type, not an
 * interface: Astro's route props must be indexable by any key.)
 */
export type FollowFeedProps = {
  feed: Feed;
  name: string;
  entries: readonly EntrySummary[];
};

/**
 * A follow feed's static path, with a cache key over everything it renders (cache-key.ts): a feed whose
 * entries are unchanged is kept from the last build instead of rendered again.
 */
export const followFeedPath = (id: string, props: FollowFeedProps) => ({
  params: { id },
  props,
  cacheKey: cacheKeyOf(props),
});

/** The RSS document of `entries` (newest 50), in Dutch; the channel's description is plain text too. */
export function feedResponse(
  site: URL,
  channel: { title: string; description: string },
  entries: readonly EntrySummary[],
) {
  return rss({
    title: channel.title,
    description: htmlText(channel.description),
    site,
    items: feedItems(entries),
    customData: '<language>nl-nl</language>',
  });
}
