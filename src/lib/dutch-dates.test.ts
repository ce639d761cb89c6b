import { describe, expect, it } from 'vitest';
import {
  formatDutchDate,
  formatDutchDateWithWeekday,
  formatDutchMoment,
  formatEntryDate,
  formatPeriod,
  formatTimeRange,
  isoDate,
} from './dutch-dates.ts';
import { parseFuzzyDate } from '../schemas/fuzzy-date.ts';

describe('Dutch dates', () => {
  it('writes dates the Dutch way, at the precision the source gives', () => {
    expect(formatDutchDate(new Date('2024-10-14'))).toBe('14 oktober 2024');
    expect(formatDutchDate(parseFuzzyDate('2017-01')!)).toBe('januari 2017');
    expect(formatDutchDate(parseFuzzyDate(2017)!)).toBe('2017');
  });

  it('writes a moment as the day it was in the Netherlands', () => {
    expect(formatDutchMoment('2026-04-01T23:30:00+02:00')).toBe('1 april 2026');
    expect(formatDutchMoment('2026-04-01T23:30:00Z')).toBe('2 april 2026');
  });

  it('adds the abbreviated weekday for agenda items', () => {
    expect(formatDutchDateWithWeekday(new Date('2025-12-09'))).toBe('di 9 december 2025');
    expect(formatDutchDateWithWeekday(new Date('2024-10-14'))).toBe('ma 14 oktober 2024');
  });

  it('writes whatever parts of a period are known', () => {
    expect(formatPeriod({ start: parseFuzzyDate('2025-01')!, eind: parseFuzzyDate('2025-06')! })).toBe(
      'vanaf januari 2025, tot juni 2025',
    );
    expect(formatPeriod({ duur: 'een half jaar' })).toBe('een half jaar');
  });

  it('says when a date is only the day an entry was added', () => {
    const date = parseFuzzyDate(new Date('2026-11-23'))!;
    expect(formatEntryDate({ date, dateKind: 'toegevoegd' })).toBe('toegevoegd 23 november 2026');
    expect(formatEntryDate({ date, dateKind: 'bijeenkomst' })).toBe('bijeenkomst 23 november 2026');
    expect(formatEntryDate({ date: { ...date, precision: 'month' }, dateKind: 'start' })).toBe('start november 2026');
  });

  it('writes time ranges with an en dash', () => {
    expect(formatTimeRange('09:30', '16:30')).toBe('09:30–16:30');
    expect(formatTimeRange('09:30')).toBe('vanaf 09:30');
    expect(formatTimeRange()).toBe('');
  });

  it('gives machine-readable dates for <time>', () => {
    expect(isoDate(new Date('2024-10-14'))).toBe('2024-10-14');
    expect(isoDate(parseFuzzyDate('2017-01')!)).toBe('2017-01');
  });
});
