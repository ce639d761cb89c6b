import type { APIRoute, GetStaticPaths } from 'astro';
import type { AgendaItem } from '../../lib/agenda.ts';
import { getArchive } from '../../lib/archive.ts';
import { getBuildDate } from '../../lib/build-date.ts';
import { calendarResponse } from '../../lib/calendar-response.ts';

/** One date as an .ics file: "In je agenda zetten". */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.agenda.map((item) => ({ params: { id: item.id }, props: { item } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: AgendaItem }> = ({ props, site }) =>
  calendarResponse([props.item], { name: props.item.title, site: site!, stamp: getBuildDate() });
