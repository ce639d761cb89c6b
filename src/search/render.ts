/**
 * Rendering the search page from plain data: facet checkboxes with counts, chips for active filters,
 * result items and suggestions. No Pagefind calls here (see pagefind.ts), no state of its own beyond
 * which facets are expanded.
 */
import { facetValueId, orderFacetValues, visibleFacetValues } from './facet-view.ts';
import { foldWord } from './terms.ts';
import { facets, searchPath, type FacetParam, type SearchState } from './state.ts';
import { element, type SearchParts } from './dom.ts';
import type { FilterCounts, PagefindResultData } from './pagefind-types.ts';

const expanded = new Set<FacetParam>();

/** One fieldset of checkboxes per facet that has values, in a fixed order, built once from the whole index. */
export function buildFacets(parts: SearchParts, archiveCounts: FilterCounts) {
  parts.facetList.replaceChildren();
  for (const facet of facets) {
    const values = orderFacetValues(facet.param, archiveCounts[facet.filter] ?? {});
    if (values.length === 0) continue;
    const fieldset = element('fieldset', { className: 'facet' }, element('legend', {}, facet.label));
    fieldset.dataset.facet = facet.param;
    for (const value of values) {
      const id = facetValueId(facet.param, value);
      const box = element('input', { type: 'checkbox', id, value, name: facet.param });
      box.dataset.facet = facet.param;
      const count = element('span', { className: 'count' });
      count.dataset.count = '';
      const option = element(
        'div',
        { className: 'option' },
        box,
        element('label', { htmlFor: id }, `${value} `, count),
      );
      option.dataset.value = value;
      fieldset.append(option);
    }
    const toggle = element('button', { type: 'button', className: 'link-button' });
    toggle.dataset.facetExpand = facet.param;
    toggle.hidden = true;
    fieldset.append(toggle);
    parts.facetList.append(fieldset);
  }
  parts.facetPanel.hidden = false;
}

/** Checkboxes, the filter summary and sort follow the state. */
export function showState(parts: SearchParts, state: SearchState) {
  // Not while the visitor is in the sort menu: facets loading late would undo a choice not yet made with Enter.
  if (document.activeElement !== parts.sortSelect) parts.sortSelect.value = state.sort;
  for (const box of parts.facetList.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = state.selected[box.dataset.facet as FacetParam]?.includes(box.value) ?? false;
  }
  const chosen = Object.values(state.selected).reduce((sum, values) => sum + values.length, 0);
  parts.clearAll.hidden = chosen === 0;
  parts.facetSummary.textContent = chosen === 0 ? 'Filters' : `Filters (${chosen} actief)`;
}

/** Shows each value's count, and of long facets only the values worth showing (see facet-view.ts). */
export function showCounts(parts: SearchParts, state: SearchState, counts: FilterCounts | undefined) {
  for (const fieldset of parts.facetList.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
    const param = fieldset.dataset.facet as FacetParam;
    const facet = facets.find((f) => f.param === param)!;
    const options = [...fieldset.querySelectorAll<HTMLElement>('.option')];
    const valueCounts = counts?.[facet.filter] ?? {};
    const chosen = state.selected[param] ?? [];
    for (const option of options) {
      const value = option.dataset.value!;
      option.querySelector('[data-count]')!.textContent = counts ? `(${valueCounts[value] ?? 0})` : '';
      // A value that would give no results cannot be ticked (one that is ticked can be unticked).
      option.querySelector('input')!.disabled = counts !== undefined && !valueCounts[value] && !chosen.includes(value);
    }
    // A group none of whose values gives results is no choice at all.
    fieldset.hidden = counts !== undefined && chosen.length === 0 && !Object.values(valueCounts).some((n) => n > 0);
    const ordered = options.map((option) => option.dataset.value!);
    const visible = new Set(
      visibleFacetValues(ordered, valueCounts, state.selected[param] ?? [], { expanded: expanded.has(param) }),
    );
    for (const option of options) option.hidden = !visible.has(option.dataset.value!);
    const toggle = fieldset.querySelector<HTMLButtonElement>('[data-facet-expand]')!;
    const all = visibleFacetValues(ordered, valueCounts, [], { expanded: true }).length;
    toggle.hidden = !expanded.has(param) && visible.size === all;
    toggle.textContent = expanded.has(param) ? 'toon minder' : `toon alle (${all})`;
    toggle.setAttribute('aria-expanded', String(expanded.has(param)));
  }
}

/** Expands or collapses a long facet; focus stays on its button. */
export function toggleFacet(param: FacetParam) {
  if (expanded.has(param)) expanded.delete(param);
  else expanded.add(param);
}

/** A chip per chosen filter value; `onRemove` is called with the state without it. */
export function showActiveFilters(parts: SearchParts, state: SearchState, onRemove: (next: SearchState) => void) {
  parts.active.replaceChildren();
  for (const facet of facets) {
    for (const value of state.selected[facet.param] ?? []) {
      const button = element(
        'button',
        { type: 'button', className: 'chip' },
        `${facet.label}: ${value}`,
        element('span', { className: 'visually-hidden' }, ' (filter verwijderen)'),
      );
      button.addEventListener('click', () =>
        onRemove({
          ...state,
          selected: { ...state.selected, [facet.param]: state.selected[facet.param]!.filter((v) => v !== value) },
        }),
      );
      parts.active.append(button);
    }
  }
  parts.active.hidden = parts.active.childElementCount === 0;
}

export function renderResult(data: PagefindResultData): HTMLLIElement {
  const meta = [data.filters.type?.[0], data.filters.organisatie?.join(', '), data.meta.datum]
    .filter(Boolean)
    .join(' · ');
  const title = element(
    'h2',
    { className: 'result-title' },
    element('a', { href: data.url }, data.meta.title ?? data.url),
  );
  const excerpt = element('p', { className: 'result-excerpt' });
  // Pagefind's excerpt is HTML built from our own pages, with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  const item = element('li', {}, element('p', { className: 'result-meta' }, meta), title, excerpt);
  const deep = data.sub_results.find((sub) => sub.url.includes('#') && sub.title !== data.meta.title);
  if (deep)
    item.append(
      element('p', { className: 'result-section' }, 'In het onderdeel ', element('a', { href: deep.url }, deep.title)),
    );
  return item;
}

/** Theme and organisation pages that match, as ways to the topic above the results: "Thema: Armoede en schulden →". */
export function showGuides(parts: SearchParts, guides: PagefindResultData[]) {
  parts.guides.replaceChildren(
    ...guides.map((guide) =>
      element(
        'li',
        {},
        element(
          'a',
          { href: guide.url },
          `${guide.filters.type?.[0] ?? 'Pagina'}: ${guide.meta.title ?? guide.url} `,
          element('span', { ariaHidden: 'true' }, '→'),
        ),
      ),
    ),
  );
  parts.guides.hidden = guides.length === 0;
}

/** What the search found, as far as the suggestions are concerned (see pagefind.ts's Answer). */
interface Found {
  results: unknown[];
  terms: string;
  missing: string[];
  suggestions: string[];
  rarest?: string | undefined;
}

/**
 * A way on whenever a search finds nothing, or not every word: the archive's words that begin like a missing
 * one, the query without the missing words (or without its rarest word, when no page holds them all), and
 * the themes.
 */
export function showSuggestions(parts: SearchParts, state: SearchState, found: Found, themes: string[]) {
  parts.suggestions.replaceChildren();
  const { missing, suggestions: words, rarest } = found;
  if (missing.length === 0 && found.results.length > 0 && !rarest) {
    parts.suggestions.hidden = true;
    return;
  }
  const link = (label: string, next: SearchState) => element('a', { href: searchPath(next) }, label);
  const list = (items: HTMLElement[]) =>
    element('ul', { className: 'suggestion-list' }, ...items.map((item) => element('li', {}, item)));
  if (missing.length > 0) {
    const quoted = missing.map((word) => `"${word}"`).join(' en ');
    parts.suggestions.append(
      element('p', {}, `${quoted} ${missing.length === 1 ? 'komt' : 'komen'} in het archief niet voor.`),
    );
  }
  if (words.length > 0)
    parts.suggestions.append(
      element('p', {}, 'Woorden die er wel in staan:'),
      list(words.map((word) => link(word, { ...state, query: word }))),
    );
  const dropped = missing.length > 0 ? missing : rarest ? [rarest] : [];
  const rest = found.terms
    .split(/\s+/)
    .filter((word) => !dropped.includes(foldWord(word)))
    .join(' ');
  if (rest && dropped.length > 0)
    parts.suggestions.append(
      element(
        'p',
        {},
        dropped.length === 1 ? `Of zoek zonder "${dropped[0]}": ` : 'Of zoek zonder die woorden: ',
        link(rest, { ...state, query: rest }),
      ),
    );
  if (themes.length > 0)
    parts.suggestions.append(
      element('p', {}, 'Of bekijk een thema:'),
      list(themes.map((theme) => link(theme, { query: '', selected: { thema: [theme] }, sort: 'relevantie' }))),
    );
  parts.suggestions.hidden = false;
}
