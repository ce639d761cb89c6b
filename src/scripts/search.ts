/**
 * The search island: Pagefind's browser API behind a plain form. The form works without this script
 * (it reloads /zoeken/?q=…); with it, results appear while typing and the query stays in the URL.
 */
import type { Pagefind, PagefindResultData } from './pagefind-types.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';
const SHOWN = 20;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () => {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 30 });
    return module;
  });
  return pagefind;
};

const escapeText = (text: string) => {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
};

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const type = data.filters.type?.[0];
  const date = data.meta.datum;
  // Pagefind's excerpt is HTML it built from our own pages, with <mark> around the matched words.
  item.innerHTML = `
    <p class="result-meta">${[type, date]
      .filter(Boolean)
      .map((t) => escapeText(t!))
      .join(' · ')}</p>
    <h2 class="result-title"><a href="${encodeURI(data.url)}">${escapeText(data.meta.title ?? data.url)}</a></h2>
    <p class="result-excerpt">${data.excerpt}</p>`;
  return item;
}

let latest = 0;

async function runSearch(term: string) {
  const request = ++latest;
  const query = term.trim();
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);

  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  const api = await loadPagefind();
  const search = await api.debouncedSearch(query, {}, 250);
  if (search === null || request !== latest) return; // a newer keystroke superseded this search
  const data = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
  // A newer keystroke, or an emptied box, may have come in while the results loaded: keep what is newest.
  if (request !== latest) return;
  list.replaceChildren(...data.map(renderResult));
  const count = search.results.length;
  status.textContent =
    count === 0
      ? `Geen resultaten voor "${query}".`
      : `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor "${query}"${count > SHOWN ? `, de eerste ${SHOWN} staan hieronder` : ''}.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch(input.value);
});
input.addEventListener('input', () => void runSearch(input.value));

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
if (initial) void runSearch(initial);
