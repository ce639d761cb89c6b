/**
 * "Today" for a static site is the day it is built, as a calendar day in the Netherlands (stored like the
 * content dates, at midnight UTC): between 00:00 and 02:00 in Amsterdam the UTC date is still yesterday.
 * WAT_WERKT_TODAY (YYYY-MM-DD) pins it, so tests and previews of a future agenda do not depend on the clock.
 */
import { parseFuzzyDate } from './fuzzy-date.ts';

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** The calendar day in Amsterdam at `now`, as midnight UTC. */
export const dayInAmsterdam = (now: Date) => new Date(`${amsterdamDay.format(now)}T00:00:00Z`);

export function getBuildDate(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const pinned = env.WAT_WERKT_TODAY;
  if (!pinned) return dayInAmsterdam(now);
  const date = parseFuzzyDate(pinned);
  if (date?.precision !== 'day') throw new Error(`WAT_WERKT_TODAY="${pinned}" is geen datum (gebruik JJJJ-MM-DD).`);
  return date.start;
}
