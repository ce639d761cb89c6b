/**
 * "Today" for a static site is the day it is built. WAT_WERKT_TODAY (YYYY-MM-DD) pins it, so tests and
 * previews of a future agenda do not depend on the calendar.
 */
export function getBuildDate(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.WAT_WERKT_TODAY;
  if (!pinned) return new Date();
  const date = new Date(`${pinned}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`WAT_WERKT_TODAY="${pinned}" is geen datum (gebruik JJJJ-MM-DD).`);
  return date;
}
