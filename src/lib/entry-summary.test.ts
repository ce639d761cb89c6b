import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../schemas/fuzzy-date.ts';
import type { DateKind } from './dutch-dates.ts';
import { byAddedDescending, byDateDescending, cardDate, type EntrySummary } from './entry-summary.ts';

const summary = (title: string, kind: DateKind, date: string, added: string): EntrySummary => ({
  collection: 'eventReports',
  id: title,
  url: `/verslagen/${title}/`,
  title,
  summary: '',
  typeLabel: 'Verslag',
  date: parseFuzzyDate(date)!,
  dateKind: kind,
  added: parseFuzzyDate(added)!,
  updated: new Date(added),
  themeIds: [],
  organisationIds: [],
  workingElementIds: [],
});

const oldMeeting = summary('oud', 'bijeenkomst', '2017', '2026-11-23');
const recentMeeting = summary('recent', 'bijeenkomst', '2025-03-04', '2026-01-10');
const noStart = summary('zonder-start', 'toegevoegd', '2026-11-20', '2026-11-20');

describe('the dates of an entry in a list', () => {
  it('sorts by own date, newest first, with entries without one after them', () => {
    expect([noStart, oldMeeting, recentMeeting].sort(byDateDescending).map((e) => e.title)).toEqual([
      'recent',
      'oud',
      'zonder-start',
    ]);
  });

  it('sorts "new in the archive" by the day of adding, whatever the entry is about', () => {
    expect([recentMeeting, noStart, oldMeeting].sort(byAddedDescending).map((e) => e.title)).toEqual([
      'oud',
      'zonder-start',
      'recent',
    ]);
  });

  it('names the date a card shows', () => {
    expect(cardDate(oldMeeting, 'own')).toEqual({ iso: '2017', text: 'bijeenkomst 2017' });
    expect(cardDate(oldMeeting, 'added')).toEqual({ iso: '2026-11-23', text: 'toegevoegd 23 november 2026' });
    expect(cardDate(noStart, 'own').text).toBe('toegevoegd 20 november 2026');
  });
});
