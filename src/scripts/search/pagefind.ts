/**
 * Loading and asking Pagefind: the browser API, the facet counts and the search. No DOM here; rendering is
 * in render.ts.
 */
import { facets, pagefindFilters, pagefindSort, writtenOut, type SearchState } from '../../lib/search-state.ts';
import type { FilterCounts, Pagefind, PagefindResult } from './pagefind-types.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's browser API, loaded once (the first call starts the download). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 30 });
    return module;
  });
  return pagefind;
}

/**
 * Counts per facet value for the search on screen: for a facet with a selection, the counts as if that
 * facet had none (choosing another value of it widens the results).
 */
export async function facetCounts(
  api: Pagefind,
  terms: string | null,
  state: SearchState,
  results: FilterCounts,
): Promise<FilterCounts> {
  const counts: FilterCounts = { ...results };
  for (const facet of facets) {
    if (!state.selected[facet.param]?.length) continue;
    const others = { ...state, selected: { ...state.selected, [facet.param]: [] } };
    const search = await api.search(terms, { filters: pagefindFilters(others) });
    counts[facet.filter] = search.filters[facet.filter] ?? {};
  }
  return counts;
}

export interface Answer {
  results: PagefindResult[];
  filters: FilterCounts;
  /** The words searched: the query, or what its abbreviations stand for. */
  terms: string;
  /** How the searched words came from the query: as typed, or with abbreviations written out. */
  via: 'query' | 'abbreviation';
}

/** Searches; a query with a known abbreviation that finds nothing is searched again written out. */
export async function search(api: Pagefind, state: SearchState): Promise<Answer> {
  const options = { filters: pagefindFilters(state), sort: pagefindSort(state) };
  const first = await api.search(state.query || null, options);
  const alternative = writtenOut(state.query);
  if (first.results.length === 0 && alternative) {
    const second = await api.search(alternative, options);
    if (second.results.length > 0) return { ...second, terms: alternative, via: 'abbreviation' };
  }
  return { ...first, terms: state.query, via: 'query' };
}
