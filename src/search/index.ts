/**
 * The search island on /zoeken/ (src/components/search/Search.astro): Pagefind's browser API behind a plain
 * form. Without this script the form still reloads /zoeken/?q=…; with it, results come while typing, facets
 * with live counts narrow them, and the whole state lives in the URL (bookmark, share, reload, back and
 * forward). This module holds the state and the events; pagefind.ts asks Pagefind, render.ts draws.
 */
import {
  hasFilters,
  pagefindSort,
  parseSearchState,
  serializeSearchState,
  type FacetParam,
  type SearchState,
} from './state.ts';
import { orderFacetValues } from './facet-view.ts';
import { searchParts } from './dom.ts';
import { appendToShown, bundleSearch } from './bundle-search.ts';
import { archiveCounts, facetCounts, firstAnswer, loadIndex, search } from './pagefind.ts';
import type { FilterCounts, PagefindResult } from './pagefind-types.ts';
import {
  buildFacets,
  renderResult,
  showActiveFilters,
  showCounts,
  showState,
  showGuides,
  showSuggestions,
  toggleFacet,
} from './render.ts';

/** Results shown at once: each needs a fragment file fetched, so a first query stays light. */
const PAGE = 10;
/** Theme and organisation pages shown above the results as ways to the topic. */
const GUIDES = 2;
/**
 * What would be noise per search waits until typing pauses this long: the facet counts (one search per facet
 * value) and the status line, which screen readers announce. Queries of one or two letters also wait this
 * long: such a prefix matches thousands of words on a large archive.
 */
const TYPING_PAUSE_MS = 300;
const SEARCH_WHILE_TYPING_FROM = 3;
/** Under this width the filters fold away behind one control, so results come first (as in the CSS). */
const NARROW = '(max-width: 47.99rem)';

const parts = searchParts(document.querySelector<HTMLElement>('[data-search]')!);
const { form, input, facetToggle, facetList, clearAll, sortSelect, status, list, empty, more, showResults } = parts;

/** The results on screen, how many of them are shown, and the status line for them. */
interface View {
  results: PagefindResult[];
  shown: number;
  describe: (shown: number) => string;
}

/**
 * The island's whole state in one place. Each search gets its own AbortController, and a newer one aborts
 * it: an overtaken search fetches no fragments, searches no further bundles and writes nothing (a Pagefind
 * search itself cannot be cancelled, so at most one runs at a time and one waits; see oneAtATime).
 */
const island = {
  state: parseSearchState(new URLSearchParams(location.search)) as SearchState,
  /** Each facet value's count over the whole archive. */
  archiveCounts: {} as FilterCounts,
  /** The counts on screen: undefined until the first ones are in. */
  shownCounts: undefined as FilterCounts | undefined,
  /** The search under way; aborted when a newer one starts. */
  search: new AbortController(),
  /** The Pagefind search running or last run: the next waits for it. */
  searching: Promise.resolve() as Promise<unknown>,
  view: undefined as View | undefined,
  facetsLoaded: undefined as Promise<void> | undefined,
  facetsReady: false,
  /** The pause after the last key before a search starts. */
  typing: undefined as ReturnType<typeof setTimeout> | undefined,
  /** Arrow keys moved through the sort menu: its value is not chosen yet. */
  sortByKeys: false,
};

/**
 * Facet values and counts need every Pagefind filter file (on a large archive more bytes than the query
 * itself), so they load once, after the first results are on screen or at once when there is no query.
 */
const loadFacets = () => {
  island.facetsLoaded ??= loadIndex()
    .then(archiveCounts)
    .then((counts) => {
      island.archiveCounts = counts;
      island.facetsReady = true;
      buildFacets(parts, counts);
      showState(parts, island.state);
    });
  return island.facetsLoaded;
};

/** The themes to suggest, in the facet's order (an index in bundles lists filter values in no fixed order). */
const archiveThemes = () => orderFacetValues('thema', island.archiveCounts.thema ?? {});

function counts(next: FilterCounts) {
  island.shownCounts = next;
  showCounts(parts, island.state, next);
}

/**
 * Searches for the state and shows the results: those of the bundles searched first at once (the newest;
 * see bundle-search.ts), then, once every bundle is searched, the others below them, and the list says it
 * is complete (`data-complete`, for tests and the bench) and the status line how many there are.
 */
async function run(pause = 0) {
  island.search.abort();
  const request = (island.search = new AbortController()).signal;
  const state = island.state;
  delete list.dataset.complete;
  showState(parts, state);
  showActiveFilters(parts, state, (next) => update(next, 'push'));
  if (!state.query && !hasFilters(state)) {
    list.replaceChildren();
    delete list.dataset.query;
    list.dataset.complete = '';
    empty.hidden = true;
    more.hidden = true;
    status.textContent = '';
    island.view = undefined;
    showGuides(parts, []);
    showSuggestions(parts, state, { results: [undefined], terms: '', missing: [], suggestions: [] }, []);
    await loadFacets();
    if (!request.aborted) counts(island.archiveCounts);
    return;
  }
  const index = await loadIndex();
  // A search counts only the filter files loaded before it runs: all of them once the facets are in.
  const countedAll = island.facetsReady;
  const bundles = bundleSearch(index, pagefindSort(state), request);
  const first = bundles.first && (await oneAtATime(request, () => firstAnswer(bundles.first!, state)));
  let onScreen: PagefindResult[] = [];
  if (first) {
    const [items, guides] = await Promise.all([
      renderPage(first.results, 0, request),
      Promise.all(first.guides.slice(0, GUIDES).map((guide) => guide.data())),
    ]);
    if (!items || request.aborted) return;
    list.replaceChildren(...items);
    showGuides(parts, guides);
    list.dataset.query = state.query;
    // The count comes with the complete list; what it said was about other words. Every word was found, so
    // no suggestions stand above the results (showSuggestions hides them), now or once the list is complete.
    status.textContent = '';
    empty.hidden = true;
    more.hidden = true;
    showSuggestions(parts, state, first, []);
    onScreen = first.results.slice(0, items.length);
  }
  const searched = await oneAtATime(request, () => search(bundles.all, state, bundles.undated, first !== undefined));
  if (!searched) return; // overtaken while waiting for the search before it
  let answer = searched;
  const results = appendToShown(onScreen, answer.results);
  const [items, guides] = await Promise.all([
    renderPage(results, onScreen.length, request, PAGE - onScreen.length),
    Promise.all(answer.guides.slice(0, GUIDES).map((guide) => guide.data())),
  ]);
  if (!items || request.aborted) return; // a newer search has started: show that one
  if (onScreen.length > 0) list.append(...items);
  else list.replaceChildren(...items);
  showGuides(parts, guides);
  // Which query the results on screen answer, while the status waits for a pause (the bench times by it).
  list.dataset.query = state.query;
  list.dataset.complete = '';
  const count = results.length;
  const what = [
    state.query &&
      {
        query: `voor "${state.query}"`,
        abbreviation: `voor "${answer.terms}" (uitgeschreven "${state.query}")`,
        spelling: `voor "${answer.terms}" ("${state.query}" staat niet in het archief)`,
        closest: `voor "${state.query}"`,
      }[answer.via],
    hasFilters(state) && 'met de gekozen filters',
  ]
    .filter(Boolean)
    .join(' ');
  const some = (n: number) => `${n} ${n === 1 ? 'resultaat' : 'resultaten'}`;
  const view: View = {
    results,
    shown: onScreen.length + items.length,
    describe: (shown) =>
      count === 0
        ? `Geen resultaten ${what}.`
        : answer.via === 'closest'
          ? `Geen pagina bevat alle woorden; dit komt het dichtst bij: ${some(count)}${hasFilters(state) ? ' met de gekozen filters' : ''}${count > shown ? `, de eerste ${shown} hieronder` : ''}.`
          : `${some(count)} ${what}${answer.allWords === undefined ? '' : `: ${answer.allWords} met alle woorden, daarna wat het dichtst bij komt`}${count > shown ? `; de eerste ${shown} staan hieronder` : ''}.`,
  };
  showResults.textContent = `Toon ${some(count)}`;
  island.view = view;
  showProgress(view, pause === 0);
  empty.hidden = count > 0;
  showSuggestions(parts, state, answer, archiveThemes());

  if (!countedAll) {
    await loadFacets();
    if (request.aborted) return;
    // Searched again in full: the searches before counted only the filter files loaded then.
    const again = bundleSearch(index, pagefindSort(state), request);
    answer = await search(again.all, state, again.undated, first !== undefined);
    // The themes to suggest are known now.
    showSuggestions(parts, state, answer, archiveThemes());
  }
  if (pause > 0) {
    await new Promise((resolve) => setTimeout(resolve, pause));
    if (request.aborted) return;
    showProgress(view);
  }
  const next =
    answer.missing.length > 0
      ? answer.filters
      : await facetCounts(bundles.all, answer.terms || null, state, answer.filters);
  if (!request.aborted) counts(next);
}

/**
 * Runs Pagefind searches one after another, and skips a search that a newer one has overtaken while it
 * waited: typing fast starts at most one search after the one under way, for the latest words.
 */
function oneAtATime<T>(request: AbortSignal, task: () => Promise<T>): Promise<T | undefined> {
  const turn = island.searching.then(() => (request.aborted ? undefined : task()));
  island.searching = turn.catch(() => undefined);
  return turn;
}

/** Renders `count` results of a search from `from`; undefined when a newer search started meanwhile. */
async function renderPage(results: PagefindResult[], from: number, request: AbortSignal, count = PAGE) {
  // A search overtaken by the next keystroke fetches no fragments.
  if (request.aborted) return undefined;
  const data = await Promise.all(results.slice(from, from + count).map((result) => result.data()));
  return request.aborted ? undefined : data.map(renderResult);
}

/** The status line and the "more" button follow how many of the results are on screen. */
function showProgress(view: View, announce = true) {
  status.textContent = announce ? view.describe(view.shown) : '';
  more.hidden = view.results.length <= view.shown;
}

/** Shows the next page of results under the ones on screen and moves focus to the first new one. */
async function showMore() {
  const view = island.view;
  if (!view) return;
  const shown = view.shown;
  const items = await renderPage(view.results, shown, island.search.signal);
  if (!items || view !== island.view || view.shown !== shown) return;
  list.append(...items);
  view.shown += items.length;
  showProgress(view);
  items[0]?.querySelector('a')?.focus();
}

/** Sets a new state: `push` makes a history entry (filters, sort), `replace` does not (typing). */
function update(next: SearchState, history: 'push' | 'replace', pause = 0) {
  island.state = next;
  const url = `${location.pathname}${serializeSearchState(next)}`;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  void run(pause);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(island.typing);
  update({ ...island.state, query: input.value.trim() }, 'push');
});
input.addEventListener('input', () => {
  const query = input.value.trim();
  clearTimeout(island.typing);
  // The words changed: a search still under way for the words before stops at its next bundle, so the
  // worker is free when these are searched.
  island.search.abort();
  const searchNow = query.length >= SEARCH_WHILE_TYPING_FROM;
  // The index chunks for these words start loading at once, while the keys still move.
  if (searchNow)
    void loadIndex().then(({ manifest, open }) =>
      manifest.bundles.forEach((bundle) => void open(bundle).preload(query)),
    );
  // From three letters every keystroke searches at once: the newest bundle's search is short, and the next
  // keystroke stops it at its next bundle. At 10,000 entries the first results came 105 ms after the last
  // key (median), against 205 ms when the search waited for the keys to rest 100 ms (scripts/bench/README.md).
  island.typing = setTimeout(
    () => update({ ...island.state, query }, 'replace', searchNow ? TYPING_PAUSE_MS : 0),
    searchNow ? 0 : TYPING_PAUSE_MS,
  );
});
facetList.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const facet = box.dataset.facet as FacetParam;
  const { state } = island;
  const values = new Set(state.selected[facet] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  update({ ...state, selected: { ...state.selected, [facet]: [...values] } }, 'push');
});
facetList.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-facet-expand]');
  if (!button) return;
  toggleFacet(button.dataset.facetExpand as FacetParam);
  showCounts(parts, island.state, island.shownCounts);
});
// A sort applies on an explicit choice: picked from the open menu, or Enter, or leaving the menu. Arrow keys
// on a closed menu change its value (and fire "change" in Chromium) while the visitor is still looking.
const applySort = () => {
  island.sortByKeys = false;
  if (sortSelect.value !== island.state.sort)
    update({ ...island.state, sort: sortSelect.value as SearchState['sort'] }, 'push');
};
sortSelect.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    applySort();
  } else if (/^(Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down))$/.test(event.key) && !event.altKey)
    island.sortByKeys = true;
});
sortSelect.addEventListener('change', () => {
  if (!island.sortByKeys) applySort();
});
sortSelect.addEventListener('blur', applySort);
// On a phone the open filter panel stands above the results: this button closes it and goes to them.
showResults.addEventListener('click', () => {
  facetToggle.open = false;
  // The status line says how many results there are; the next Tab reaches the first of them.
  status.focus();
});
clearAll.addEventListener('click', () => {
  update({ ...island.state, selected: {} }, 'push');
  input.focus();
});
window.addEventListener('popstate', () => {
  const state = parseSearchState(new URLSearchParams(location.search));
  // Following a link within the page ("Naar de resultaten" to #gevonden) is a history step too: the search is
  // the same, and searching again would redraw the results under the reader's focus.
  if (serializeSearchState(state) === serializeSearchState(island.state)) return;
  island.state = state;
  input.value = island.state.query;
  void run();
});
input.value = island.state.query;
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

// Wide screens show the filters beside the results; narrow ones fold them behind "Filters (n actief)".
const narrow = window.matchMedia(NARROW);
const followWidth = () => (facetToggle.open = !narrow.matches);
narrow.addEventListener('change', followWidth);
followWidth();

// Start Pagefind at once, and again on focus should it ever have been skipped: the first result comes sooner.
void loadIndex();
input.addEventListener('focus', () => void loadIndex(), { once: true });
void run();
