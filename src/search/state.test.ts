import { describe, expect, it } from 'vitest';
import { pagefindFilters, pagefindSort, parseSearchState, serializeSearchState, writtenOut } from './state.ts';

describe('search state in the URL', () => {
  it('round-trips query, several values per facet and the sort order', () => {
    const url = '?q=schulden&type=Programma&type=Verslag&thema=Armoede+en+schulden&sortering=nieuwste';
    const state = parseSearchState(new URLSearchParams(url));
    expect(state).toEqual({
      query: 'schulden',
      selected: { type: ['Programma', 'Verslag'], thema: ['Armoede en schulden'] },
      sort: 'nieuwste',
    });
    expect(serializeSearchState(state)).toBe(url);
  });

  it('ignores unknown parameters, duplicates and sort orders, and writes nothing for an empty search', () => {
    const state = parseSearchState(new URLSearchParams('?q=+&kleur=rood&jaar=2024&jaar=2024&sortering=willekeurig'));
    expect(state).toEqual({ query: '', selected: { jaar: ['2024'] }, sort: 'relevantie' });
    expect(serializeSearchState({ query: '', selected: {}, sort: 'relevantie' })).toBe('');
  });
});

describe('what Pagefind gets', () => {
  it('widens within a facet and narrows across facets', () => {
    const state = parseSearchState(new URLSearchParams('?type=Programma&type=Verslag&element=Procesregie'));
    expect(pagefindFilters(state)).toEqual({
      type: { any: ['Programma', 'Verslag'] },
      'werkzaam element': { any: ['Procesregie'] },
    });
  });

  it('sorts by relevance with words, newest first when browsing facets, or as chosen', () => {
    expect(pagefindSort(parseSearchState(new URLSearchParams('?q=regie')))).toBeUndefined();
    expect(pagefindSort(parseSearchState(new URLSearchParams('?type=Verslag')))).toEqual({ datum: 'desc' });
    expect(pagefindSort(parseSearchState(new URLSearchParams('?q=regie&sortering=oudste')))).toEqual({ datum: 'asc' });
  });

  it('writes out abbreviations, for a second try when the abbreviation finds nothing', () => {
    expect(writtenOut('SHV gemeente')).toBe('schuldhulpverlening gemeente');
    expect(writtenOut('schulden')).toBeUndefined();
  });
});
