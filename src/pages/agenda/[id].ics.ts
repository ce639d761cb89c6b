import type { APIRoute, GetStaticPaths } from 'astro';
import { agendaOnShow, type AgendaItem } from '../../lib/agenda.ts';
import { getArchive } from '../../lib/archive.ts';
import { getBuildDate } from '../../lib/build-date.ts';
import { calendarResponse } from '../../lib/calendar-response.ts';

/** One date as an .ics file ("In je agenda zetten"), for each date the agenda lists. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const { upcoming, earlier } = agendaOnShow(archive.agenda, getBuildDate());
  return [...upcoming, ...earlier].map((item) => ({ params: { id: item.id }, props: { item } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: AgendaItem }> = ({ props, site }) =>
  calendarResponse([props.item], { name: props.item.title, site: site!, stamp: getBuildDate() });
