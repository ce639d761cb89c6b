/**
 * "Today" for a static site is the day it is built, as a calendar day in the Netherlands (stored like the
 * content dates, at midnight UTC): between 00:00 and 02:00 in Amsterdam the UTC date is still yesterday.
 * WAT_WERKT_TODAY (see src/settings.ts) pins it, so tests and previews of a future agenda do not depend on the clock.
 */
import { settings } from '../settings.ts';

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** The calendar day in Amsterdam at `now`, as midnight UTC. */
export const dayInAmsterdam = (now: Date) => new Date(`${amsterdamDay.format(now)}T00:00:00Z`);

/** Today in Amsterdam as 2026-11-24: the date `npm run new` writes and the check suggests. */
export const todayInAmsterdam = (now = new Date()) => dayInAmsterdam(now).toISOString().slice(0, 10);

export function getBuildDate(pinned = settings.pinnedToday, now = new Date()): Date {
  return pinned ?? dayInAmsterdam(now);
}

/**
 * The moment the site is built, in UTC: the DTSTAMP of calendars and the date of the data manifest. Not the
 * pinned "today" (that may lie ahead); SOURCE_DATE_EPOCH fixes it for byte-identical builds (src/settings.ts).
 */
export const getBuildMoment = (): Date => settings.buildMoment;

/**
 * What of the build moment a calendar's cache key (cache-key.ts) holds. Nothing in a normal build: a calendar
 * whose dates are unchanged keeps the file, DTSTAMP included, of the build that made it, which is what RFC 5545
 * asks of a published calendar's DTSTAMP (the moment the object was created), and spares rendering every
 * programme's calendar in every build. When SOURCE_DATE_EPOCH pins the moment, the moment itself: a
 * reproducible build must equal a build from scratch byte for byte.
 */
export const calendarStampKey = (): string | undefined =>
  settings.buildMomentPinned ? settings.buildMoment.toISOString() : undefined;
