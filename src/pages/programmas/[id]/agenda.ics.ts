import type { APIRoute, GetStaticPaths } from 'astro';
import type { AgendaItem } from '../../../lib/agenda.ts';
import { getArchive } from '../../../lib/archive.ts';
import { getBuildDate } from '../../../lib/build-date.ts';
import { calendarResponse } from '../../../lib/calendar-response.ts';
import { entryPath } from '../../../schemas/collections.ts';
import { sitePath } from '../../../lib/site-path.ts';

/** All dates of one programme as an .ics file. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  // Grouped once: filtering the whole agenda for each programme grows with the square of the archive.
  const byPage = Map.groupBy(archive.agenda, (item) => item.url);
  return archive.programmes.map((programme) => ({
    params: { id: programme.id },
    props: { name: programme.data.titel, items: byPage.get(sitePath(entryPath('programmes', programme.id))) ?? [] },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; items: AgendaItem[] }> = ({ props, site }) =>
  calendarResponse(props.items, { name: props.name, site: site!, stamp: getBuildDate() });
