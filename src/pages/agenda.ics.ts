import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { getBuildDate } from '../lib/build-date.ts';
import { calendarResponse } from '../lib/calendar-response.ts';

/** The whole agenda as one iCalendar feed to subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return calendarResponse(archive.agenda, { name: 'Wat Werkt: agenda', site: site!, stamp: getBuildDate() });
};
