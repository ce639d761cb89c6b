import type { APIRoute, GetStaticPaths } from 'astro';
import { programmeItems, type AgendaItem } from '../../../lib/agenda.ts';
import { getArchive } from '../../../lib/archive.ts';
import { calendarStampKey, getBuildMoment } from '../../../lib/build-date.ts';
import { cacheKeyOf } from '../../../lib/cache-key.ts';
import { calendarResponse } from '../../../lib/calendar-response.ts';

/**
 * All dates of one programme as an .ics file, for each programme that has dates (the page links only those).
 * A calendar whose dates are unchanged is kept from the last build (calendarStampKey says why).
 */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.programmes.flatMap((programme) => {
    const props = { name: programme.data.titel, items: programmeItems(programme) };
    if (props.items.length === 0) return [];
    return [{ params: { id: programme.id }, props, cacheKey: cacheKeyOf(props, calendarStampKey()) }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; items: AgendaItem[] }> = ({ props, site }) =>
  calendarResponse(props.items, { name: props.name, site: site!, stamp: getBuildMoment() });
