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

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  /** Starts loading the entry file and the wasm without searching. */
  init?: () => Promise<void>;
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindSearch>;
  /** Fetches the index chunks a search for the term will need, without searching. */
  preload: (term: string, options?: SearchOptions) => Promise<void>;
  /** Searches another index (a bundle of this site's index) together with this one. */
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}
