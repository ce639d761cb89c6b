/**
 * Dates written the Dutch way (nl-NL). Content dates are calendar days without a time zone, stored
 * by YAML as midnight UTC, so they are formatted in UTC: formatting them in a local zone west of UTC
 * would show the day before.
 */
import type { FuzzyDate } from '../schemas/fuzzy-date.ts';

const dayMonthYear = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayInAmsterdam = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const weekday = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', timeZone: 'UTC' });

const isFuzzy = (value: Date | FuzzyDate): value is FuzzyDate => !(value instanceof Date);

/** "14 oktober 2024"; a date known only to the month or year reads "januari 2017" or "2017". */
export function formatDutchDate(value: Date | FuzzyDate): string {
  if (!isFuzzy(value)) return dayMonthYear.format(value);
  if (value.precision === 'year') return String(value.start.getUTCFullYear());
  return (value.precision === 'month' ? monthYear : dayMonthYear).format(value.start);
}

/** A moment, such as a commit's time, as the day it was in the Netherlands: "1 april 2026". */
export const formatDutchMoment = (moment: string | Date) => dayInAmsterdam.format(new Date(moment));

/** "ma 14 oktober 2024": the form an agenda uses (weekday abbreviated, without a full stop). */
export function formatDutchDateWithWeekday(date: Date): string {
  return `${weekday.format(date).replace('.', '')} ${dayMonthYear.format(date)}`;
}

/** What an entry's date is: the day it was added, the day of the meeting, or the start. */
export type DateKind = 'toegevoegd' | 'bijeenkomst' | 'start';

/** A date with its name: "bijeenkomst 5 november 2024", "start januari 2025", "toegevoegd 23 november 2026". */
export function formatEntryDate(entry: { date: FuzzyDate; dateKind: DateKind }): string {
  return `${entry.dateKind} ${formatDutchDate(entry.date)}`;
}

/** "vanaf januari 2025, tot juni 2025, een half jaar": whatever parts of a period are known. */
export function formatPeriod(period: {
  start?: FuzzyDate | undefined;
  eind?: FuzzyDate | undefined;
  duur?: string | undefined;
}): string {
  const { start, eind, duur } = period;
  return [start && `vanaf ${formatDutchDate(start)}`, eind && `tot ${formatDutchDate(eind)}`, duur]
    .filter(Boolean)
    .join(', ');
}

/** "09:30–16:30", "vanaf 09:30" or "" when no time is known. */
export function formatTimeRange(from?: string, to?: string): string {
  if (from && to) return `${from}–${to}`;
  if (from) return `vanaf ${from}`;
  return to ? `tot ${to}` : '';
}

/** The machine-readable form for a `<time datetime>` attribute. */
export function isoDate(value: Date | FuzzyDate): string {
  return isFuzzy(value) ? value.iso : value.toISOString().slice(0, 10);
}
