/**
 * Dates as precise as a source allows. Old reports often say only "januari 2017"; storing them as
 * 2017-01-01 would claim a precision the source does not give, so the precision travels with the date.
 */
type DatePrecision = 'day' | 'month' | 'year';

export interface FuzzyDate {
  /** The first day the date can mean, at midnight UTC (sorts and compares like any Date). */
  start: Date;
  precision: DatePrecision;
  /** The date as written in ISO form: 2024-10-14, 2017-01 or 2017. */
  iso: string;
}

/** How a date is written: 2024-10-14, 2017-01 or 2017 (whether the day exists is checked apart). */
export const fuzzyDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads a YAML value (Date, "2017-01", "2017" or 2017) into a FuzzyDate, or undefined if it is no date. */
export function parseFuzzyDate(value: unknown): FuzzyDate | undefined {
  if (value instanceof Date) {
    // YAML turns "2024-10-14T23:30+02:00" into a Date too; a content date is a calendar day, not a moment.
    if (Number.isNaN(value.getTime()) || value.getTime() % 86_400_000 !== 0) return undefined;
    return { start: value, precision: 'day', iso: value.toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const match = fuzzyDatePattern.exec(String(value).trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  const start = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  // Date.UTC rolls 2017-02-30 over into March; a date that does not round-trip does not exist.
  const iso = start.toISOString().slice(0, day ? 10 : month ? 7 : 4);
  if (iso !== match[0]) return undefined;
  return { start, precision: day ? 'day' : month ? 'month' : 'year', iso };
}

/** The last day a date can mean: the day itself, the last of its month, or 31 December. */
export function lastDay(date: FuzzyDate): Date {
  const start = date.start;
  if (date.precision === 'day') return start;
  if (date.precision === 'month') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return new Date(Date.UTC(start.getUTCFullYear(), 11, 31));
}
