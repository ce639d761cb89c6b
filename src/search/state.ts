/**
 * The state of a search, as it lives in the URL (/zoeken/?q=schulden&type=Programma&thema=Armoede…), so a
 * search can be bookmarked, shared and reloaded, and back and forward work. Pure, so it is unit-tested.
 */
import { sitePath } from '../lib/site-path.ts';

/** The facets a visitor can filter on: URL parameter, Pagefind filter name, label. */
export const facets = [
  { param: 'type', filter: 'type', label: 'Soort' },
  { param: 'thema', filter: 'thema', label: 'Thema' },
  { param: 'organisatie', filter: 'organisatie', label: 'Organisatie' },
  { param: 'regio', filter: 'regio', label: 'Regio' },
  { param: 'jaar', filter: 'jaar', label: 'Jaar' },
  { param: 'element', filter: 'werkzaam element', label: 'Werkzaam element' },
  { param: 'onderbouwing', filter: 'onderbouwing', label: 'Onderbouwing' },
  { param: 'doelgroep', filter: 'doelgroep', label: 'Doelgroep' },
  { param: 'wet', filter: 'wet', label: 'Wet' },
  { param: 'niveau', filter: 'niveau', label: 'Niveau' },
  { param: 'volledigheid', filter: 'volledigheid', label: 'Volledigheid van de beschrijving' },
  { param: 'bijeenkomst', filter: 'soort bijeenkomst', label: 'Soort bijeenkomst' },
  { param: 'programma', filter: 'soort programma', label: 'Soort programma' },
  { param: 'status', filter: 'status', label: 'Status programma' },
] as const;

export type FacetParam = (typeof facets)[number]['param'];
/**
 * A Pagefind filter name the search page offers as a facet: the pages' `data-pagefind-filter` props take
 * this type, so a filter name that no facet reads is a type error (npx astro check), not a silent gap.
 */
export type FacetFilter = (typeof facets)[number]['filter'];
export const sortOrders = ['relevantie', 'nieuwste', 'oudste', 'onderbouwing'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchState {
  query: string;
  selected: Partial<Record<FacetParam, string[]>>;
  sort: SortOrder;
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const selected: SearchState['selected'] = {};
  for (const { param } of facets) {
    const values = [...new Set(params.getAll(param).filter(Boolean))];
    if (values.length > 0) selected[param] = values;
  }
  const sort = params.get('sortering');
  return {
    query: params.get('q')?.trim() ?? '',
    selected,
    sort: (sortOrders as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevantie',
  };
}

/** The query string for a state, with parameters in a fixed order so equal searches have equal URLs. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { param } of facets) for (const value of state.selected[param] ?? []) params.append(param, value);
  if (state.sort !== 'relevantie') params.set('sortering', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The link to the search page showing this state, under the site's base path. */
export const searchPath = (state: SearchState) => sitePath(`/zoeken/${serializeSearchState(state)}`);

/** Pagefind's filter object: values within a facet widen the search (any), facets narrow it (all). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const { param, filter } of facets) {
    const values = state.selected[param];
    if (values?.length) filters[filter] = { any: values };
  }
  return filters;
}

/** Pagefind's sort option; relevance is its default order. */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  if (state.sort === 'nieuwste') return { datum: 'desc' };
  if (state.sort === 'oudste') return { datum: 'asc' };
  // Only elements and examples carry a level; sorting by it shows just those, strongest first.
  if (state.sort === 'onderbouwing') return { onderbouwing: 'desc' };
  // Browsing by facets without words has no relevance to order by: newest first.
  return state.query ? undefined : { datum: 'desc' };
}

export const hasFilters = (state: SearchState) => Object.values(state.selected).some((values) => values.length > 0);

/**
 * Abbreviations professionals type, and the words the archive uses for them. Pagefind has no synonym list;
 * a search that finds nothing for the abbreviation is retried with the words (no index cost).
 */
export const abbreviations: Record<string, string> = {
  shv: 'schuldhulpverlening',
  wmo: 'Wet maatschappelijke ondersteuning',
  iww: 'Integraal Werken in de Wijk',
  vng: 'Vereniging van Nederlandse Gemeenten',
  nsob: 'Nederlandse School voor Openbaar Bestuur',
  awtj: 'academische werkplaatsen',
};

/** The query with each known abbreviation written out, or undefined when it has none. */
export function writtenOut(query: string): string | undefined {
  const words = query.trim().split(/\s+/);
  if (!words.some((word) => abbreviations[word.toLocaleLowerCase('nl')])) return undefined;
  return words.map((word) => abbreviations[word.toLocaleLowerCase('nl')] ?? word).join(' ');
}
