/**
 * Dated sessions across the archive, split by a reference day (the build date): what is coming and
 * what has been.
 */
import type { CollectionEntry } from 'astro:content';
import type { sessionFormats } from '../schemas/programme.ts';
import { entryPath } from './collections.ts';

export interface AgendaItem {
  date: Date;
  from?: string | undefined;
  to?: string | undefined;
  title: string;
  partTitle: string;
  format: (typeof sessionFormats)[number];
  place?: string | undefined;
  url: string;
}

/** Every programme session as an agenda item, in date order. */
export function programmeSessions(programmes: readonly CollectionEntry<'programmes'>[]): AgendaItem[] {
  return programmes
    .flatMap((programme) =>
      programme.data.onderdelen.flatMap((part) =>
        part.data.map((session) => ({
          date: session.datum,
          from: session.van,
          to: session.tot,
          title: programme.data.titel,
          partTitle: part.titel,
          format: session.vorm,
          place: session.plaats ?? programme.data.plaats,
          url: entryPath('programmes', programme.id),
        })),
      ),
    )
    .sort((a, b) => +a.date - +b.date || a.title.localeCompare(b.title, 'nl'));
}

/** Items on or after `today` (compared by calendar day, UTC, like the content dates). */
export function upcoming(items: readonly AgendaItem[], today: Date): AgendaItem[] {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return items.filter((item) => +item.date >= day);
}
