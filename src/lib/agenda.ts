/**
 * Every date in the archive as an agenda item: programme days, application deadlines and events with an
 * exact date. Split by a reference day (the build date) into what is coming and what has been.
 */
import type { CollectionEntry } from 'astro:content';
import type { sessionFormats } from '../schemas/programme.ts';
import { entryPath } from '../schemas/collections.ts';
import { eventKindLabels } from './labels.ts';
import { sitePath } from './site-path.ts';

export type AgendaKind = 'programmadag' | 'aanmelden' | 'bijeenkomst';

export interface AgendaItem {
  /** Stable across builds: the calendar UID and the .ics file name. */
  id: string;
  kind: AgendaKind;
  date: Date;
  from?: string | undefined;
  to?: string | undefined;
  /** The entry the date belongs to. */
  title: string;
  /** What happens that day: the module, "Aanmelden sluit", the kind of event. */
  detail: string;
  format?: (typeof sessionFormats)[number] | undefined;
  place?: string | undefined;
  /** The link to the entry's page, under the site's base path. */
  url: string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

type Programme = CollectionEntry<'programmes'>['data'];

/** Where a programme day takes place: its own place, or the programme's place when it is on location. */
export const sessionPlace = (session: Programme['onderdelen'][number]['data'][number], programme: Programme) =>
  session.plaats ?? (session.vorm === 'op-locatie' ? programme.plaats : undefined);

/** Date order, then start time (all-day items first), then title. */
const byDateAndTime = (a: AgendaItem, b: AgendaItem) =>
  +a.date - +b.date || (a.from ?? '').localeCompare(b.from ?? '') || a.title.localeCompare(b.title, 'nl');

/** The dates of one programme (its days and its application deadline), in date order. */
export const programmeItems = (programme: CollectionEntry<'programmes'>): AgendaItem[] =>
  unsortedProgrammeItems(programme).sort(byDateAndTime);

function unsortedProgrammeItems(programme: CollectionEntry<'programmes'>): AgendaItem[] {
  const { data } = programme;
  const url = sitePath(entryPath('programmes', programme.id));
  const days = data.onderdelen.flatMap((part) =>
    part.data.map((session) => ({
      id: `${programme.id}-${isoDay(session.datum)}${session.van ? `-${session.van.replace(':', '')}` : ''}`,
      kind: 'programmadag' as const,
      date: session.datum,
      from: session.van,
      to: session.tot,
      title: data.titel,
      detail: part.titel,
      format: session.vorm,
      place: sessionPlace(session, data),
      url,
    })),
  );
  const deadline = data.aanmelden.sluitingsdatum;
  return deadline
    ? [
        ...days,
        {
          id: `${programme.id}-aanmelden`,
          kind: 'aanmelden',
          date: deadline,
          title: data.titel,
          detail: 'Aanmelden sluit',
          url,
        },
      ]
    : days;
}

function eventItem(report: CollectionEntry<'eventReports'>): AgendaItem[] {
  const { datum, plaats, soort, titel } = report.data;
  // Only events with a known day belong in a calendar; "januari 2017" does not.
  if (datum.precision !== 'day') return [];
  return [
    {
      id: `${report.id}-${datum.iso}`,
      kind: 'bijeenkomst',
      date: datum.start,
      title: titel,
      detail: eventKindLabels[soort],
      place: plaats,
      url: sitePath(entryPath('eventReports', report.id)),
    },
  ];
}

/** All agenda items of the archive, in date order (then by start time and title). */
export function agendaItems(
  programmes: readonly CollectionEntry<'programmes'>[],
  eventReports: readonly CollectionEntry<'eventReports'>[],
): AgendaItem[] {
  return [...programmes.flatMap(unsortedProgrammeItems), ...eventReports.flatMap(eventItem)].sort(byDateAndTime);
}

/** Splits items at the reference day (compared by calendar day, like the content dates). */
export function splitByDay(items: readonly AgendaItem[], today: Date) {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return {
    upcoming: items.filter((item) => +item.date >= day),
    past: items.filter((item) => +item.date < day).reverse(),
  };
}

/** How many earlier dates the agenda lists: it looks ahead; reports and programmes keep the full history. */
export const EARLIER_SHOWN = 30;

/**
 * What the agenda page lists: every coming date and the most recent earlier ones. Only these get an .ics file
 * of their own (at 20,000 entries the archive holds some 13,000 dates, nearly all past).
 */
export function agendaOnShow(items: readonly AgendaItem[], today: Date) {
  const { upcoming, past } = splitByDay(items, today);
  return { upcoming, earlier: past.slice(0, EARLIER_SHOWN), earlierTotal: past.length };
}
