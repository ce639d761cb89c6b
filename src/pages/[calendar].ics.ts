import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { getBuildMoment } from '../lib/build-date.ts';
import { calendarResponse } from '../lib/calendar-response.ts';
import type { AgendaItem } from '../lib/agenda.ts';

/**
 * The whole agenda as one iCalendar feed to subscribe to: /agenda.ics. A route with parameters only so that an
 * archive without any dates publishes no file (an empty calendar is not valid iCalendar).
 */
export const getStaticPaths = (async () => {
  const { agenda } = await getArchive();
  return agenda.length > 0 ? [{ params: { calendar: 'agenda' }, props: { items: agenda } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: AgendaItem[] }> = ({ props, site }) =>
  calendarResponse(props.items, { name: 'Wat Werkt: agenda', site: site!, stamp: getBuildMoment() });
