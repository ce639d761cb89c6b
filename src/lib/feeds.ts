/** RSS items for new and updated entries, newest first. */
import { byUpdatedDescending, type EntrySummary } from './entry-summary.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

export const feedItems = (entries: readonly EntrySummary[], limit = 50): FeedItem[] =>
  entries
    .toSorted(byUpdatedDescending)
    .slice(0, limit)
    .map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.updated,
      description: entry.summary,
      categories: [entry.typeLabel],
    }));
