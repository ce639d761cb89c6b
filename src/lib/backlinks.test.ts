import { describe, expect, it } from 'vitest';
import { buildBacklinks, symmetricRelations } from './backlinks.ts';
import type { EntrySummary } from './entry-summary.ts';
import { parseFuzzyDate } from '../schemas/fuzzy-date.ts';

const summary = (id: string, date: string, refs: Partial<EntrySummary> = {}): EntrySummary => ({
  collection: 'practiceExamples',
  id,
  url: `/praktijkvoorbeelden/${id}/`,
  title: id,
  summary: '',
  typeLabel: 'Praktijkvoorbeeld',
  date: parseFuzzyDate(date)!,
  dateKind: 'start',
  added: { start: new Date('2026-11-23'), precision: 'day', iso: '2026-11-23' },
  updated: new Date('2026-11-23'),
  themeIds: [],
  organisationIds: [],
  workingElementIds: [],
  ...refs,
});

describe('buildBacklinks', () => {
  it('lists, for each target, exactly the entries that reference it, newest first', () => {
    const a = summary('a', '2020', { themeIds: ['armoede'], workingElementIds: ['procesregie'] });
    const b = summary('b', '2024-05-01', { themeIds: ['armoede', 'jeugd'], organisationIds: ['k2'] });
    const c = summary('c', '2022-01', { workingElementIds: ['procesregie', 'procesregie'] });
    const backlinks = buildBacklinks([a, b, c]);

    expect(backlinks.byTheme.get('armoede')?.map((e) => e.id)).toEqual(['b', 'a']);
    expect(backlinks.byTheme.get('jeugd')?.map((e) => e.id)).toEqual(['b']);
    expect(backlinks.byOrganisation.get('k2')?.map((e) => e.id)).toEqual(['b']);
    // An entry naming the same element twice is listed once.
    expect(backlinks.byWorkingElement.get('procesregie')?.map((e) => e.id)).toEqual(['c', 'a']);
    expect(backlinks.byTheme.get('nothing')).toBeUndefined();
  });
});

describe('symmetricRelations', () => {
  it('makes related working elements point both ways, without self-links', () => {
    const related = symmetricRelations(
      new Map([
        ['vaste-contactpersoon', ['procesregie']],
        ['procesregie', []],
        ['brede-vraagverheldering', ['brede-vraagverheldering', 'procesregie']],
      ]),
    );
    expect(related.get('procesregie')).toEqual(['brede-vraagverheldering', 'vaste-contactpersoon']);
    expect(related.get('vaste-contactpersoon')).toEqual(['procesregie']);
    expect(related.get('brede-vraagverheldering')).toEqual(['procesregie']);
  });
});
