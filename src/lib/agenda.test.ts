import { expect, it } from 'vitest';
import { upcoming, type AgendaItem } from './agenda.ts';

const item = (date: string): AgendaItem => ({
  date: new Date(date),
  title: date,
  partTitle: 'Module',
  format: 'op-locatie',
  url: '/programmas/x/',
});

it('keeps items on or after the reference day, whatever its time of day', () => {
  const items = [item('2026-11-22'), item('2026-11-23'), item('2026-12-01')];
  expect(upcoming(items, new Date('2026-11-23T18:45:00Z')).map((i) => i.title)).toEqual(['2026-11-23', '2026-12-01']);
});
