import { describe, expect, it } from 'vitest';
import { facetValueId, orderFacetValues, visibleFacetValues } from './facet-view.ts';

describe('orderFacetValues', () => {
  it('orders years newest first and other values by use, then alphabetically', () => {
    expect(orderFacetValues('jaar', { '2017': 3, '2026': 1, '2019': 9 })).toEqual(['2026', '2019', '2017']);
    expect(orderFacetValues('thema', { Wonen: 2, Armoede: 5, Zorg: 2 })).toEqual(['Armoede', 'Wonen', 'Zorg']);
  });
});

describe('visibleFacetValues', () => {
  const ordered = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const counts = { a: 4, b: 0, c: 3, d: 2, e: 0, f: 1, g: 1, h: 0 };

  it('shows a short facet whole', () => {
    expect(visibleFacetValues(['a', 'b'], {}, [])).toEqual(['a', 'b']);
    expect(visibleFacetValues(ordered.slice(0, 6), {}, [], { limit: 5 })).toHaveLength(6);
  });

  it('shows the first values with results, and the chosen ones, in order', () => {
    expect(visibleFacetValues(ordered, counts, [], { limit: 3 })).toEqual(['a', 'c', 'd']);
    expect(visibleFacetValues(ordered, counts, ['h'], { limit: 3 })).toEqual(['a', 'c', 'd', 'h']);
  });

  it('shows every value, also those without results, when expanded', () => {
    expect(visibleFacetValues(ordered, counts, [], { expanded: true, limit: 3 })).toEqual(ordered);
  });
});

it('makes ids of any facet value', () => {
  expect(facetValueId('element', 'Eigen regie & regiehulp')).toBe('f-element-Eigen-regie---regiehulp');
});
