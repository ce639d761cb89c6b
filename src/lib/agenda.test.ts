import { describe, expect, it } from 'vitest';
import { agendaItems, agendaOnShow, EARLIER_SHOWN, splitByDay, type AgendaItem } from './agenda.ts';
import { parseFuzzyDate } from '../schemas/fuzzy-date.ts';

const programme = {
  id: 'leergang',
  collection: 'programmes',
  data: {
    titel: 'Leergang',
    plaats: 'Utrecht',
    aanmelden: { url: 'https://x.nl', sluitingsdatum: new Date('2026-11-30') },
    onderdelen: [
      {
        titel: 'Module 1',
        data: [
          { datum: new Date('2026-12-09'), van: '09:30', tot: '16:30', vorm: 'op-locatie' },
          { datum: new Date('2026-11-02'), vorm: 'online' },
        ],
      },
    ],
  },
} as never;

const report = (id: string, datum: string) =>
  ({
    id,
    collection: 'eventReports',
    data: { titel: id, soort: 'congres', datum: parseFuzzyDate(datum), plaats: 'Haarlem' },
  }) as never;

describe('agendaItems', () => {
  it('lists programme days, the application deadline and dated events in date order', () => {
    const items = agendaItems([programme], [report('congres', '2026-12-01'), report('oud', '2017-01')]);
    expect(items.map((item) => [item.id, item.kind, item.detail, item.place ?? null])).toEqual([
      ['leergang-2026-11-02', 'programmadag', 'Module 1', null],
      ['leergang-aanmelden', 'aanmelden', 'Aanmelden sluit', null],
      ['congres-2026-12-01', 'bijeenkomst', 'Congres', 'Haarlem'],
      ['leergang-2026-12-09-0930', 'programmadag', 'Module 1', 'Utrecht'],
    ]);
  });

  it('splits at the reference day, whatever its time, with the past newest first', () => {
    const items = agendaItems([programme], []);
    const { upcoming, past } = splitByDay(items, new Date('2026-11-30T18:45:00Z'));
    expect(upcoming.map((item) => item.id)).toEqual(['leergang-aanmelden', 'leergang-2026-12-09-0930']);
    expect(past.map((item) => item.id)).toEqual(['leergang-2026-11-02']);
  });
});

describe('agendaOnShow', () => {
  it('keeps every coming date and only the most recent earlier ones', () => {
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n));
    const items = Array.from({ length: 50 }, (_, n) => ({ id: `d${n}`, date: day(n) }) as AgendaItem);
    const shown = agendaOnShow(items, day(45));
    expect(shown.upcoming.map((item) => item.id)).toEqual(['d45', 'd46', 'd47', 'd48', 'd49']);
    expect(shown.earlier).toHaveLength(EARLIER_SHOWN);
    expect(shown.earlier[0]!.id).toBe('d44');
    expect(shown.earlier.at(-1)!.id).toBe(`d${45 - EARLIER_SHOWN}`);
    expect(shown.earlierTotal).toBe(45);
  });
});
