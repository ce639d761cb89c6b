/**
 * iCalendar (RFC 5545) files for agenda items, written by ical-generator: UIDs, DTSTAMP, escaping and line
 * folding are its job. Times are wall-clock times in Europe/Amsterdam with a VTIMEZONE block, so Outlook
 * and Google Calendar show 09:30 as 09:30 in the Netherlands whatever the reader's zone.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { AgendaItem } from './agenda.ts';
import { sessionFormatLabels } from './labels.ts';

const calendarTimeZone = 'Europe/Amsterdam';

interface CalendarOptions {
  /** The calendar's name, shown when subscribing to a feed. */
  name: string;
  /** The site's origin, for absolute links and the UID domain. */
  site: URL;
  /** When the file was made: the build moment in UTC (DTSTAMP), never a moment still to come. */
  stamp: Date;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A TEXT value escaped as RFC 5545 (3.3.11) asks: backslash, semicolon, comma and line breaks. ical-generator
 * does this for the events' text but writes the calendar's name (X-WR-CALNAME) as given, where a line break
 * would start a property, or a whole VEVENT, of its own.
 */
export const icsText = (value: string) =>
  value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|[\r\n]/g, '\\n');

export function toIcs(items: readonly AgendaItem[], { name, site, stamp }: CalendarOptions): string {
  // RFC 5545 requires at least one component: routes publish (and pages link) only calendars with dates.
  if (items.length === 0)
    throw new Error(`The calendar "${name}" has no dates: an empty calendar is not valid iCalendar`);
  const calendar = ical({
    name: icsText(name),
    prodId: { company: 'Wat Werkt', product: 'agenda', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (it would also apply to DTSTAMP, which must be UTC); the generator writes a
    // VTIMEZONE for the zone the timed events name.
    timezone: { name: '', generator: getVtimezoneComponent },
  });
  for (const item of items) {
    const day = isoDay(item.date);
    const timed = item.from !== undefined;
    const url = new URL(item.url, site).href;
    const description = [item.detail, item.format && sessionFormatLabels[item.format], url].filter(Boolean).join('\n');
    calendar.createEvent({
      id: `${item.id}@${site.hostname}`,
      stamp,
      // Timed: a wall-clock string, parsed and written back in the same (process) zone, so it comes out as
      // given, with TZID; a Date would shift with the zone of the machine that builds the site. All-day: the
      // date itself, written from its UTC fields.
      start: timed ? `${day}T${item.from}:00` : item.date,
      end: timed ? `${day}T${item.to ?? item.from}:00` : null,
      allDay: !timed,
      timezone: timed ? calendarTimeZone : null,
      summary: item.kind === 'programmadag' ? `${item.title}: ${item.detail}` : `${item.detail}: ${item.title}`,
      description,
      location: item.place ?? null,
      url,
    });
  }
  return calendar.toString();
}

/** The same calendar address for calendar applications: `webcal://` makes a click subscribe instead of download. */
export const webcalUrl = (url: URL) => `webcal://${url.href.slice(url.protocol.length + 2)}`;
