import { describe, expect, it } from 'vitest';
import { editorialDate, lastRevised, pageDates, revisionsNewestFirst } from './revisions.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const published = day('2026-03-01');
const wijzigingen = [
  { datum: day('2026-04-01'), notitie: 'Resultaten toegevoegd.' },
  { datum: day('2026-06-10'), notitie: 'Nieuwe bron.' },
];

describe('change notes', () => {
  it('lists notes newest first and dates the entry by the newest', () => {
    expect(revisionsNewestFirst({ gepubliceerd: published, wijzigingen }).map((r) => r.notitie)).toEqual([
      'Nieuwe bron.',
      'Resultaten toegevoegd.',
    ]);
    expect(lastRevised({ gepubliceerd: published, wijzigingen })).toEqual(day('2026-06-10'));
    expect(editorialDate({ gepubliceerd: published, wijzigingen })).toEqual(day('2026-06-10'));
    expect(editorialDate({ gepubliceerd: published })).toEqual(published);
  });

  it('takes the last commit as "laatst bijgewerkt" only without notes and only after publication', () => {
    expect(pageDates({ gepubliceerd: published, wijzigingen }, day('2026-09-01')).updated).toEqual(day('2026-06-10'));
    expect(pageDates({ gepubliceerd: published }, day('2026-09-01')).updated).toEqual(day('2026-09-01'));
    expect(pageDates({ gepubliceerd: published }, published).updated).toBeUndefined();
    expect(pageDates({ gepubliceerd: published }, undefined).updated).toBeUndefined();
  });
});
