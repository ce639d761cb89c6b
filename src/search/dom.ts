/** The elements of the search component (src/components/search/Search.astro) and a small element builder. */

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The parts of the search component the island fills in, found by their data attributes. */
export function searchParts(root: HTMLElement) {
  const one = <T extends Element>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`The search component has no ${selector}.`);
    return found;
  };
  const form = one<HTMLFormElement>('[data-search-form]');
  return {
    form,
    input: one<HTMLInputElement>('[data-search-form] input[name="q"]'),
    facetPanel: one<HTMLElement>('[data-search-facets]'),
    facetToggle: one<HTMLDetailsElement>('[data-facet-toggle]'),
    facetSummary: one<HTMLElement>('[data-facet-summary]'),
    facetList: one<HTMLElement>('[data-facet-list]'),
    clearAll: one<HTMLButtonElement>('[data-clear-filters]'),
    sortSelect: one<HTMLSelectElement>('[data-search-sort]'),
    status: one<HTMLElement>('[data-search-status]'),
    active: one<HTMLElement>('[data-search-active]'),
    list: one<HTMLOListElement>('[data-search-results]'),
    empty: one<HTMLElement>('[data-search-empty]'),
    suggestions: one<HTMLElement>('[data-search-suggestions]'),
    guides: one<HTMLUListElement>('[data-search-guides]'),
    showResults: one<HTMLButtonElement>('[data-show-results]'),
    more: one<HTMLButtonElement>('[data-search-more]'),
  };
}

export type SearchParts = ReturnType<typeof searchParts>;
