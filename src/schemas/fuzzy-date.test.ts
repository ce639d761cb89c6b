import { describe, expect, it } from 'vitest';
import { lastDay, parseFuzzyDate } from './fuzzy-date.ts';

describe('parseFuzzyDate', () => {
  it('keeps a full YAML date as a day', () => {
    expect(parseFuzzyDate(new Date('2024-10-14'))).toEqual({
      start: new Date('2024-10-14T00:00:00Z'),
      precision: 'day',
      iso: '2024-10-14',
    });
  });

  it('reads a month or a bare year without claiming a day', () => {
    expect(parseFuzzyDate('2017-01')).toMatchObject({ precision: 'month', iso: '2017-01' });
    expect(parseFuzzyDate(2017)).toMatchObject({ precision: 'year', iso: '2017' });
    expect(parseFuzzyDate('2017')?.start).toEqual(new Date('2017-01-01T00:00:00Z'));
  });

  it('rejects what is no date', () => {
    for (const value of ['januari 2017', '2017-13', '2017-02-30', '17-01-2017', '', null, {}]) {
      expect(parseFuzzyDate(value), String(value)).toBeUndefined();
    }
  });
});

describe('lastDay', () => {
  it('is the day itself, the end of the month or the end of the year', () => {
    expect(lastDay(parseFuzzyDate('2024-03-10')!)).toEqual(new Date('2024-03-10T00:00:00Z'));
    expect(lastDay(parseFuzzyDate('2024-02')!)).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(lastDay(parseFuzzyDate(2017)!)).toEqual(new Date('2017-12-31T00:00:00Z'));
  });
});

it('refuses a date with a time of day', () => {
  expect(parseFuzzyDate(new Date('2024-10-14T23:30:00-05:00'))).toBeUndefined();
});
