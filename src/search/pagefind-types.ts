/** The parts of Pagefind's browser API (pagefind.js, generated at build time) that the site uses. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
  /** The indexed text of the page, and the positions of the matched words in it (words between spaces). */
  content: string;
  locations: number[];
}

export interface PagefindResult {
  id: string;
  /** Pagefind's relevance (absent in a sorted search): what merging the results of several bundles orders by. */
  score?: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** For each filter value, how many of these results carry it. */
  filters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'> | undefined;
}

/**
 * What the search code asks of an index: one bundle's Pagefind, or several bundles searched as one
 * (src/search/bundle-search.ts).
 */
export interface Pagefind {
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindSearch>;
}

/** One bundle's own Pagefind instance (pagefind.js's `createInstance`). */
export interface PagefindInstance extends Pagefind {
  filters: () => Promise<FilterCounts>;
  /** Fetches the index chunks a search for the term will need, without searching. */
  preload: (term: string, options?: SearchOptions) => Promise<void>;
}

/** Pagefind's script: each `createInstance` searches the bundle at its `basePath`, with its own state. */
export interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindInstance;
}
