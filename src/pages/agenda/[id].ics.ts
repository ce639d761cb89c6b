import type { APIRoute, GetStaticPaths } from 'astro';
import { splitByDay, type AgendaItem } from '../../lib/agenda.ts';
import { getArchive } from '../../lib/archive.ts';
import { getBuildDate, getBuildMoment } from '../../lib/build-date.ts';
import { calendarResponse } from '../../lib/calendar-response.ts';

/** One coming date as an .ics file ("In je agenda zetten"); a date that has passed is not worth adding. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const { upcoming } = splitByDay(archive.agenda, getBuildDate());
  return upcoming.map((item) => ({ params: { id: item.id }, props: { item } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: AgendaItem }> = ({ props, site }) =>
  calendarResponse([props.item], { name: props.item.title, site: site!, stamp: getBuildMoment() });
