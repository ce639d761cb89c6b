import type { APIRoute, GetStaticPaths } from 'astro';
import { splitByDay, type AgendaItem } from '../../lib/agenda.ts';
import { getArchive } from '../../lib/archive.ts';
import { calendarStampKey, getBuildDate, getBuildMoment } from '../../lib/build-date.ts';
import { cacheKeyOf } from '../../lib/cache-key.ts';
import { calendarResponse } from '../../lib/calendar-response.ts';

/**
 * One coming date as an .ics file ("In je agenda zetten"); a date that has passed is not worth adding. Kept
 * from the last build while the date is unchanged (calendarStampKey says why).
 */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const { upcoming } = splitByDay(archive.agenda, getBuildDate());
  return upcoming.map((item) => ({
    params: { id: item.id },
    props: { item },
    cacheKey: cacheKeyOf(item, calendarStampKey()),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: AgendaItem }> = ({ props, site }) =>
  calendarResponse([props.item], { name: props.item.title, site: site!, stamp: getBuildMoment() });
