import type { AgendaItem } from './agenda.ts';
import { toIcs } from './ics.ts';

/** An .ics file as an endpoint's response. */
export const calendarResponse = (items: readonly AgendaItem[], options: Parameters<typeof toIcs>[1]) =>
  new Response(toIcs(items, options), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
