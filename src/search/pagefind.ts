/**
 * Loading and asking Pagefind: the browser API, the facet counts, and searches that say honestly when a word
 * is not in the archive. No DOM here; rendering is in render.ts.
 */
import { facets, pagefindFilters, pagefindSort, writtenOut, type SearchState } from './state.ts';
import {
  closestResults,
  closeWords,
  COMPOUND_PARTS,
  foldWord,
  inflections,
  isExact,
  onlyLongerWords,
  queryWords,
  searchTerms,
  spellingCorrection,
  splitCompounds,
  wordsAt,
  wordsToConfirm,
} from './terms.ts';
import { collectionInfo, supportCollections } from '../schemas/collections.ts';
import { primaryBundle, type BundleManifest, type SearchBundle } from './bundles.ts';
import { mostCounts, sumCounts, type BundledIndex } from './bundle-search.ts';
import { sitePath } from '../lib/site-path.ts';
import type {
  FilterCounts,
  Pagefind,
  PagefindInstance,
  PagefindModule,
  PagefindResult,
  PagefindResultData,
} from './pagefind-types.ts';

const PAGEFIND_DIR = sitePath('/pagefind/');

let index: Promise<BundledIndex> | undefined;

/**
 * The search index, loaded once (the first call starts the download): the list of bundles
 * (src/search/bundles.ts) and Pagefind's script. Each bundle gets a Pagefind instance of its own on first
 * use; the newest starts loading at once (its entry file, page list and Dutch wasm), while the visitor is
 * still typing, the others when they are first searched, after its results are on screen.
 */
export function loadIndex(): Promise<BundledIndex> {
  index ??= Promise.all([
    import(/* @vite-ignore */ `${PAGEFIND_DIR}pagefind.js`) as Promise<PagefindModule>,
    fetch(`${PAGEFIND_DIR}bundles.json`).then((response) => response.json() as Promise<BundleManifest>),
  ]).then(async ([module, manifest]) => {
    const instances = new Map<string, PagefindInstance>();
    const open = (bundle: SearchBundle) => {
      let instance = instances.get(bundle.id);
      if (!instance) {
        // Result URLs are the pages' paths in the index; under a base path they need it in front. (Pagefind
        // would guess it from where the bundle lies; said here, it does not depend on that guess.)
        instance = module.createInstance({
          basePath: `${PAGEFIND_DIR}${bundle.path}`,
          baseUrl: sitePath('/'),
          excerptLength: 30,
        });
        instances.set(bundle.id, instance);
      }
      return instance;
    };
    // The other instances are created once this one has its WebAssembly: instances share the module's one,
    // and two loading it at the same time each make their own, which leaves the first one's index unreadable
    // (it found nothing). Pagefind's own mergeIndex waits the same way. A search for no words returns as soon
    // as the instance is ready.
    await open(primaryBundle(manifest.bundles)).preload('');
    return { manifest, open };
  });
  return index;
}

/** Each facet value's count over the whole archive: every filter file of every bundle. */
export async function archiveCounts({ manifest, open }: BundledIndex): Promise<FilterCounts> {
  return sumCounts(await Promise.all(manifest.bundles.map((bundle) => open(bundle).filters())));
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
  /** The words searched: the query without its function words, or what its abbreviations stand for. */
  terms: string;
  /**
   * How the searched words came from the query: as typed, abbreviations written out, a typing slip
   * corrected, or the pages that hold most of the words when none holds them all.
   */
  via: 'query' | 'abbreviation' | 'spelling' | 'closest';
  /** Query words that are not in the archive at all. */
  missing: string[];
  /** Words of the archive that begin like a missing one. */
  suggestions: string[];
  /** Theme and organisation pages that match: shown as a way to the topic above the results, not among them. */
  guides: PagefindResult[];
  /** Of a query that no page answers with all its words, the word on the fewest pages. */
  rarest?: string | undefined;
  /**
   * When few pages hold every word and the pages that hold most of them follow: how many of the results hold
   * every word (the first ones).
   */
  allWords?: number | undefined;
}

type Found = Omit<Answer, 'guides'>;
type Options = Parameters<Pagefind['search']>[1];

/** Results whose data is fetched to check which words matched: the first page of results. */
const CHECKED = 10;

/** The types of the pages that lead to a topic rather than tell about it (src/schemas/collections.ts). */
const guideTypes = supportCollections.map((collection) => collectionInfo[collection].singular);

/**
 * Searches, and drops results that only Pagefind's fallback to a shorter word found (see
 * src/search/terms.ts): "werkdruk" gives no results and says so, with the archive's words that begin
 * like it. Function words are left out ("hoe", "je", "dat"). A query with a known abbreviation that finds
 * nothing is searched again written out; one with a typing slip ("stresbakje") again with the archive's
 * word, and the status says so. When no page holds every word, the pages that hold most of them come,
 * and the status says that too. Theme and organisation pages that match are set apart as guides, so
 * entries come first; `guideIndex` is where they are searched (in an index in bundles, the bundles with
 * undated pages: see bundle-search.ts). `wordsFound`: firstAnswer already found every word in the archive, so
 * the words are not checked again (at 10,000 entries that check fetched ten results' data from the older
 * bundles, about 150 ms of every complete list).
 */
export async function search(
  api: Pagefind,
  state: SearchState,
  guideIndex: Pagefind = api,
  wordsFound = false,
): Promise<Answer> {
  const options = { filters: pagefindFilters(state), sort: pagefindSort(state) };
  const query = searchTerms(state.query);
  let found = await findAll(api, query, options, wordsFound);
  if (found.results.length === 0 && !isExact(found.terms) && queryWords(found.terms).length > 1)
    found = await closest(api, found.terms, options);
  if (found.via === 'closest' || found.results.length >= FEW || isExact(found.terms) || options.sort)
    return withGuides(guideIndex, found, state, options);
  const whole = queryWords(found.terms);
  found = await withCompoundsSplit(api, found, options);
  const answer = await withGuides(guideIndex, found, state, options, [...whole, ...queryWords(found.terms)]);
  if (answer.results.length + answer.guides.length >= FEW || queryWords(found.terms).length < 2) return answer;
  // Few pages hold every word: the pages that hold most of them follow, as they would if none did.
  const shown = new Set([...answer.results, ...answer.guides].map((result) => result.id));
  const nearest = await closest(api, found.terms, options);
  const near = nearest.results.filter((result) => !shown.has(result.id));
  if (near.length === 0) return answer;
  const filters = mostCounts([answer.filters, nearest.filters]);
  return { ...answer, results: [...answer.results, ...near], filters, allWords: answer.results.length };
}

/** Fewer results than this ("too little") make the search try compounds apart and add the closest pages. */
const FEW = 3;

/**
 * A query that few pages answer, searched again with its compounds apart when the pages that hold them
 * carry their parts (splitCompounds): "gezondheidszorg" also finds the theme page that says "zorg" and
 * "gezondheidssector". The pages that hold the compound whole stay first. One more Pagefind search.
 */
async function withCompoundsSplit(api: Pagefind, found: Found, options: Options): Promise<Found> {
  if (found.results.length === 0 || found.missing.length > 0) return found;
  const data = await Promise.all(found.results.map((result) => result.data()));
  const parts = data.flatMap((page) => (page.meta[COMPOUND_PARTS] ?? '').split(/\s+/).filter(Boolean));
  const terms = splitCompounds(found.terms, parts);
  if (terms === found.terms) return found;
  const split = await api.search(terms, options);
  const ids = new Set(found.results.map((result) => result.id));
  const more = split.results.filter((result) => !ids.has(result.id));
  if (more.length === 0) return found;
  return { ...found, terms, results: [...found.results, ...more], filters: mostCounts([found.filters, split.filters]) };
}

/**
 * The results of the bundle searched first (src/search/bundle-search.ts), shown before the others are
 * searched: only when every word is found as typed (else another bundle may hold the words, and the
 * complete search decides what to say), and without the searches for the closest pages and the guides,
 * which come with the complete answer. Theme and organisation pages among the first page of results are set
 * apart as guides by their type, which needs no search.
 */
export async function firstAnswer(api: Pagefind, state: SearchState): Promise<Answer | undefined> {
  const options = { filters: pagefindFilters(state), sort: pagefindSort(state) };
  const typed = searchTerms(state.query);
  const found = await findAll(api, typed, options);
  // A word found only in another form ("voorkom" as "voorkomen") is not found as typed.
  if (found.via !== 'query' || found.terms !== typed || found.results.length === 0 || found.missing.length > 0)
    return undefined;
  if (state.selected.type?.length || !found.terms) return { ...found, guides: [] };
  const checked = found.results.slice(0, CHECKED);
  const data = await Promise.all(checked.map((result) => result.data()));
  const words = queryWords(found.terms);
  const leads = checked.filter((_, i) => guideTypes.includes(data[i]!.filters.type?.[0] ?? ''));
  const dataOf = (result: PagefindResult) => data[checked.indexOf(result)]!;
  const titled = leads.filter((result) => carriesWord(dataOf(result).meta.title, words));
  // As withGuides chooses: the pages whose title carries a word, or when none does, the ones that name one.
  // The others follow every entry in the complete list: held back here, they are appended there, not moved
  // from above.
  const guides = titled.length > 0 ? titled : leads.filter((result) => namesWord(dataOf(result), words));
  const results = found.results.filter((result) => !leads.includes(result));
  return results.length > 0 ? { ...found, results, guides } : undefined;
}

/** Whether a page names one of the query's words, not only longer words that begin like one (onlyLongerWords). */
const namesWord = (page: PagefindResultData, words: readonly string[]) =>
  !onlyLongerWords(wordsAt(page.content, page.locations), words);

/** Whether a title has a word that begins with one of the query's (folded) words. */
const carriesWord = (title: string | undefined, words: readonly string[]) =>
  (title ?? '').split(/\s+/).some((part) => words.some((word) => foldWord(part).startsWith(word)));

async function findAll(api: Pagefind, typed: string, options: Options, wordsFound = false): Promise<Found> {
  let query = typed;
  let first = await honestSearch(api, query, options, wordsFound);
  const forms = await knownForms(api, first.missing);
  if (forms.size > 0) {
    // "voorkom" is not in the archive, "voorkomen" is: searched as that, quietly, as the stemmer would.
    query = query
      .trim()
      .split(/\s+/)
      .map((word) => forms.get(foldWord(word)) ?? word)
      .join(' ');
    first = await honestSearch(api, query, options);
  }
  const alternative = writtenOut(query);
  if (first.results.length === 0 && alternative) {
    const second = await honestSearch(api, alternative, options);
    if (second.results.length > 0) return { ...second, terms: alternative, via: 'abbreviation' };
  }
  const corrected = spellingCorrection(query, first.missing, first.suggestions);
  if (corrected) {
    const second = await honestSearch(api, corrected, options);
    if (second.results.length > 0) return { ...second, terms: corrected, via: 'spelling' };
  }
  return { ...first, terms: query, via: 'query' };
}

/**
 * No page holds all the words: each word is searched on its own (honestly, so a word that is not in the
 * archive finds nothing), and the pages holding most of them come first (closestResults). Facet counts
 * are per value the most of any one word's: never more than the results hold.
 */
async function closest(api: Pagefind, query: string, options: Options): Promise<Found> {
  const words = queryWords(query);
  const each: Found[] = [];
  for (const word of words) each.push(await findAll(api, word, options));
  const filters = mostCounts(each.map((found) => found.filters));
  const present = words.filter((_, i) => each[i]!.results.length > 0);
  const sizes = new Map(words.map((word, i) => [word, each[i]!.results.length]));
  return {
    results: closestResults(each.map((found) => found.results)),
    filters,
    terms: query,
    via: 'closest',
    missing: words.filter((word) => !present.includes(word)),
    suggestions: [...new Set(each.flatMap((found) => found.suggestions))],
    rarest: present.length > 1 ? present.reduce((a, b) => (sizes.get(b)! < sizes.get(a)! ? b : a)) : undefined,
  };
}

/** Theme and organisation pages checked for a title that carries the query's words. */
const GUIDES_CHECKED = 4;

/**
 * Theme and organisation pages lead to a topic: when entries match too, they come as guides above the
 * results instead of among them; when some carry one of the words in their title ("Thema: Armoede en
 * schulden" for "schulden"), only those, and the others after the entries. Not when the visitor filters on
 * the kind of page, nor for the pages closest to a query (no search holds its words together).
 */
async function withGuides(
  api: Pagefind,
  found: Found,
  state: SearchState,
  options: Options,
  // The words a guide is judged by: a query's compounds whole and apart.
  words = queryWords(found.terms),
): Promise<Answer> {
  if (state.selected.type?.length || found.via === 'closest' || found.results.length === 0 || !found.terms)
    return { ...found, guides: [] };
  const search = await widened(api, found.terms, {
    ...options,
    filters: { ...options?.filters, type: { any: guideTypes } },
  });
  const ids = new Set(search.results.map((result) => result.id));
  const entries = found.results.filter((result) => !ids.has(result.id));
  if (entries.length === 0) return { ...found, guides: [] };
  const guides = found.results.filter((result) => ids.has(result.id));
  const checked = guides.slice(0, GUIDES_CHECKED);
  const data = await Promise.all(checked.map((result) => result.data()));
  const titled = checked.filter((_, i) => carriesWord(data[i]!.meta.title, words));
  // The pages the query names are the way to its topic; beside them, the ones that only mention its words
  // would push that way and the entries down, so they follow the entries ("K2": K2 above, the Platform
  // Sociaal Domein page, which names K2 once, after the entries). With no title carrying a word, the ones
  // whose text names one ("wijkteams": the organisation that works with them), not the ones with only a
  // longer word ("overzicht": the organisation that calls its work "overzichtelijk").
  const above = new Set(titled.length > 0 ? titled : checked.filter((_, i) => namesWord(data[i]!, words)));
  return {
    ...found,
    results: [...entries, ...guides.filter((result) => !above.has(result))],
    guides: guides.filter((result) => above.has(result)),
  };
}

const WIDEN_BELOW = 50;

/**
 * Pagefind's Dutch stemmer does not always give a word and its plural the same stem: it indexes
 * "schulden" as "schul" but searches "schuld" as "schuld", and prefix matching only looks longer, so on the
 * real archive "schuld" found the four pages about "schuldhulpverlening" and none of the nine that say
 * "schulden". Each word is therefore also tried with "-en"; when that finds every page the word found and
 * more, those results are used (one Pagefind search each, so sorting stays Pagefind's own).
 */
async function widened(api: Pagefind, terms: string, options: Options) {
  let best = await api.search(terms || null, options);
  // A word on many pages already fills the pages of results a reader goes through; a second search would
  // only add to the count, at a few hundred milliseconds on a large archive.
  if (!terms || isExact(terms) || best.results.length >= WIDEN_BELOW) return best;
  const words = terms.trim().split(/\s+/);
  for (const [i, word] of words.entries()) {
    // Only singulars that take "-en": ending in a consonant ("schuld"), not a vowel ("lerende"), nor already
    // a plural ("werken", "wijkteams").
    if (!/^\p{L}{2,}[^aeiouy\P{L}]$/iu.test(word) || /(en|s)$/i.test(word)) continue;
    const plural = words.map((w, j) => (j === i ? `${w}en` : w)).join(' ');
    const wider = await api.search(plural, options);
    const ids = new Set(wider.results.map((result) => result.id));
    if (wider.results.length > best.results.length && best.results.every((result) => ids.has(result.id))) {
      best = wider;
      words[i] = `${word}en`;
    }
  }
  return best;
}

/**
 * For each word not in the archive, the first of its other forms that is (inflections: "voorkom" →
 * "voorkomen"), found by an exact search each: at most two per word.
 */
async function knownForms(api: Pagefind, missing: readonly string[]): Promise<Map<string, string>> {
  const forms = new Map<string, string>();
  for (const word of missing)
    for (const form of inflections(word))
      if ((await api.search(`"${form}"`)).results.length > 0) {
        forms.set(word, form);
        break;
      }
  return forms;
}

async function honestSearch(
  api: Pagefind,
  terms: string,
  options: Options,
  wordsFound = false,
): Promise<Omit<Found, 'terms' | 'via'>> {
  const search = await widened(api, terms, options);
  const found = { results: search.results, filters: search.filters, missing: [], suggestions: [] };
  // Browsing without words, an exact ("quoted") search, or words already found: nothing to check.
  if (!terms || isExact(terms) || wordsFound) return found;
  // One word that finds nothing at all (not even through the fallback): the archive's words that begin
  // like it are the way on ("mantelzorg" found nothing and suggested nothing).
  if (search.results.length === 0) {
    const words = queryWords(terms);
    return words.length === 1 ? { ...found, missing: words, suggestions: await wordsLike(api, words[0]!) } : found;
  }
  const data: PagefindResultData[] = await Promise.all(search.results.slice(0, CHECKED).map((r) => r.data()));
  const matched = data.flatMap((page) => wordsAt(page.content, page.locations));
  const missing: string[] = [];
  for (const word of wordsToConfirm(terms, matched)) {
    // An exact search looks up only the word's own stem: "woningen" finds "woning", "werkdruk" nothing.
    const exact = await api.search(`"${word}"`);
    if (exact.results.length === 0) missing.push(word);
  }
  if (missing.length === 0) return found;
  const empty = Object.fromEntries(Object.keys(search.filters).map((filter) => [filter, {}]));
  const suggestions: string[] = [];
  for (const word of missing)
    suggestions.push(
      // The archive's words that begin like it ("contactpersson": "contactpersoon"), then the words Pagefind
      // fell back on and the titles of those pages ("stresbakje" found "stress" in "Het stressbakje").
      ...(await wordsLike(api, word)),
      ...closeWords(word, [...matched, ...titleWords(data)]),
    );
  return { results: [], filters: empty, missing, suggestions: [...new Set(suggestions)].slice(0, 5) };
}

/**
 * Indexed words that begin like a word that is not in the archive: all but its last three letters, then
 * its first five, then four, searched as a prefix (Pagefind's prefix matching), closest first.
 */
async function wordsLike(api: Pagefind, word: string): Promise<string[]> {
  for (const length of new Set([word.length - 3, 5, 4])) {
    if (length < 4 || word.length <= length) continue;
    const prefix = word.slice(0, length);
    const search = await api.search(prefix);
    if (search.results.length === 0) continue;
    const data = await Promise.all(search.results.slice(0, CHECKED).map((result) => result.data()));
    const matched = data.flatMap((page) => wordsAt(page.content, page.locations)).filter((w) => w.startsWith(prefix));
    const close = closeWords(word, matched);
    if (close.length > 0) return close;
  }
  return [];
}

const titleWords = (pages: PagefindResultData[]) =>
  pages.flatMap((page) => (page.meta.title ?? '').split(/\s+/).map(foldWord)).filter((word) => word.length > 0);
