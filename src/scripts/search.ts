/**
 * The search island on /zoeken/: Pagefind's browser API behind a plain form. Without this script the form
 * still reloads /zoeken/?q=…; with it, results come while typing, facets with live counts narrow them, and
 * the whole state lives in the URL (bookmark, share, reload, back and forward).
 */
import {
  facets,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  serializeSearchState,
  type FacetParam,
  type SearchState,
  writtenOut,
} from '../lib/search-state.ts';
import type { FilterCounts, Pagefind, PagefindResult, PagefindResultData } from './pagefind-types.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Results shown at once: each needs a fragment file fetched, so a first query stays light. */
const PAGE = 10;
const TYPING_DELAY_MS = 200;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const facetPanel = root.querySelector<HTMLElement>('[data-search-facets]')!;
const facetList = root.querySelector<HTMLElement>('[data-facet-list]')!;
const clearAll = root.querySelector<HTMLButtonElement>('[data-clear-filters]')!;
const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const active = root.querySelector<HTMLElement>('[data-search-active]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () => {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 30 });
    return module;
  });
  return pagefind;
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let state: SearchState = parseSearchState(new URLSearchParams(location.search));
let allCounts: FilterCounts = {};
let latest = 0;
/** The results of the search on screen, and how many of them are shown. */
let current: { results: PagefindResult[]; shown: number; describe: (shown: number) => string } | undefined;

/**
 * Facet values and counts need every Pagefind filter file (on a large archive more bytes than the query
 * itself), so they load once, after the first results are on screen or at once when there is no query.
 */
let facetsLoaded: Promise<void> | undefined;
let facetsReady = false;
const loadFacets = () => {
  facetsLoaded ??= loadPagefind()
    .then((api) => api.filters())
    .then((counts) => {
      allCounts = counts;
      facetsReady = true;
      buildFacets();
      showState();
    });
  return facetsLoaded;
};

/** One fieldset of checkboxes per facet that has values, built once from the whole index. */
function buildFacets() {
  facetList.replaceChildren();
  for (const facet of facets) {
    const values = Object.keys(allCounts[facet.filter] ?? {});
    if (values.length === 0) continue;
    values.sort((a, b) => (facet.param === 'jaar' ? b.localeCompare(a) : a.localeCompare(b, 'nl')));
    const fieldset = element('fieldset', { className: 'facet' }, element('legend', {}, facet.label));
    for (const value of values) {
      const id = `f-${facet.param}-${value}`.replace(/[^a-zA-Z0-9_-]/g, '-');
      const box = element('input', { type: 'checkbox', id, value, name: facet.param });
      box.dataset.facet = facet.param;
      const count = element('span', { className: 'count' });
      count.dataset.count = '';
      fieldset.append(
        element('div', { className: 'option' }, box, element('label', { htmlFor: id }, `${value} `, count)),
      );
    }
    facetList.append(fieldset);
  }
  facetPanel.hidden = false;
}

/** Checkboxes and sort follow the state. (The box follows it only when the state comes from the URL, so
 * a search finishing while the visitor types never overwrites what they typed.) */
function showState() {
  sortSelect.value = state.sort;
  for (const box of facetList.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = state.selected[box.dataset.facet as FacetParam]?.includes(box.value) ?? false;
  }
  clearAll.hidden = !hasFilters(state);
}

/** Counts per facet value: for a facet with a selection, the counts as if that facet had none (values widen it). */
async function facetCounts(api: Pagefind, terms: string | null, results: FilterCounts): Promise<FilterCounts> {
  const counts: FilterCounts = { ...results };
  for (const facet of facets) {
    if (!state.selected[facet.param]?.length) continue;
    const others = { ...state, selected: { ...state.selected, [facet.param]: [] } };
    const search = await api.search(terms, { filters: pagefindFilters(others) });
    counts[facet.filter] = search.filters[facet.filter] ?? {};
  }
  return counts;
}

function showCounts(counts: FilterCounts) {
  for (const box of facetList.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const facet = facets.find((f) => f.param === box.dataset.facet)!;
    const count = counts[facet.filter]?.[box.value] ?? 0;
    box.closest('.option')!.querySelector('[data-count]')!.textContent = `(${count})`;
  }
}

function showActiveFilters() {
  active.replaceChildren();
  for (const facet of facets) {
    for (const value of state.selected[facet.param] ?? []) {
      const button = element(
        'button',
        { type: 'button', className: 'chip' },
        `${facet.label}: ${value}`,
        element('span', { className: 'visually-hidden' }, ' (filter verwijderen)'),
      );
      button.addEventListener('click', () =>
        update(
          {
            ...state,
            selected: { ...state.selected, [facet.param]: state.selected[facet.param]!.filter((v) => v !== value) },
          },
          'push',
        ),
      );
      active.append(button);
    }
  }
  active.hidden = active.childElementCount === 0;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
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

async function run() {
  const request = ++latest;
  showState();
  showActiveFilters();
  let terms = state.query;
  if (!terms && !hasFilters(state)) {
    list.replaceChildren();
    empty.hidden = true;
    more.hidden = true;
    status.textContent = '';
    current = undefined;
    await loadFacets();
    showCounts(allCounts);
    return;
  }
  const api = await loadPagefind();
  // A search counts only the filter files loaded before it runs: all of them once the facets are in.
  const countedAll = facetsReady;
  const options = { filters: pagefindFilters(state), sort: pagefindSort(state) };
  let search = await api.search(terms || null, options);
  // Nothing for "SHV"? Then search what it stands for, and say so.
  const alternative = writtenOut(terms);
  let retried = false;
  if (search.results.length === 0 && alternative) {
    search = await api.search(alternative, options);
    terms = alternative;
    retried = true;
  }
  const items = await renderPage(search.results, 0, request);
  if (!items) return; // a newer search has started: show that one
  list.replaceChildren(...items);
  const count = search.results.length;
  const what = [
    state.query && (retried ? `voor "${terms}" (uitgeschreven "${state.query}")` : `voor "${state.query}"`),
    hasFilters(state) && 'met de gekozen filters',
  ]
    .filter(Boolean)
    .join(' ');
  current = {
    results: search.results,
    shown: items.length,
    describe: (shown) =>
      count === 0
        ? `Geen resultaten ${what}.`
        : `${count} ${count === 1 ? 'resultaat' : 'resultaten'} ${what}${count > shown ? `; de eerste ${shown} staan hieronder` : ''}.`,
  };
  showProgress(current);
  empty.hidden = count > 0;

  if (!countedAll) {
    await loadFacets();
    search = await api.search(terms || null, options);
  }
  const counts = await facetCounts(api, terms || null, search.filters);
  if (request === latest) showCounts(counts);
}

/** Renders results `from` to `from + PAGE` of a search; undefined when a newer search started meanwhile. */
async function renderPage(results: PagefindResult[], from: number, request: number) {
  const data = await Promise.all(results.slice(from, from + PAGE).map((result) => result.data()));
  return request === latest ? data.map(renderResult) : undefined;
}

/** The status line and the "more" button follow how many of the results are on screen. */
function showProgress(view: NonNullable<typeof current>) {
  status.textContent = view.describe(view.shown);
  more.hidden = view.results.length <= view.shown;
}

/** Shows the next page of results under the ones on screen and moves focus to the first new one. */
async function showMore() {
  if (!current) return;
  const view = current;
  const shown = view.shown;
  const items = await renderPage(view.results, shown, latest);
  if (!items || view !== current || view.shown !== shown) return;
  list.append(...items);
  view.shown += items.length;
  showProgress(view);
  items[0]?.querySelector('a')?.focus();
}

let typing: ReturnType<typeof setTimeout> | undefined;

/** Sets a new state: `push` makes a history entry (filters, sort), `replace` does not (typing). */
function update(next: SearchState, history: 'push' | 'replace') {
  state = next;
  const url = `${location.pathname}${serializeSearchState(state)}`;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  void run();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update({ ...state, query: input.value.trim() }, 'push');
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update({ ...state, query: input.value.trim() }, 'replace'), TYPING_DELAY_MS);
});
facetList.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const facet = box.dataset.facet as FacetParam;
  const values = new Set(state.selected[facet] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  update({ ...state, selected: { ...state.selected, [facet]: [...values] } }, 'push');
});
sortSelect.addEventListener('change', () =>
  update({ ...state, sort: sortSelect.value as SearchState['sort'] }, 'push'),
);
clearAll.addEventListener('click', () => {
  update({ ...state, selected: {} }, 'push');
  input.focus();
});
window.addEventListener('popstate', () => {
  state = parseSearchState(new URLSearchParams(location.search));
  input.value = state.query;
  void run();
});
input.value = state.query;
// "/" jumps back to the search box (aria-keyshortcuts on it says so). Only here: other pages ship no script,
// and an inline one would need its own exception in the Content-Security-Policy.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
    return;
  event.preventDefault();
  input.focus();
});

more.addEventListener('click', () => void showMore());

void run();
