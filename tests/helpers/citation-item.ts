import type { CitationItem } from '../../src/lib/citation.ts';

/** A CSL item as src/lib/citation.ts makes it for an entry's page, with `overrides` and `authors` changed. */
export function citationItemFor(overrides: Partial<CitationItem> & { authors?: string[] } = {}): CitationItem {
  const { authors = ['Proefinstituut'], ...rest } = overrides;
  return {
    id: 'werkzame-elementen/vaste-ankerpersoon',
    'citation-key': 'werkzame_elementen_vaste_ankerpersoon',
    type: 'webpage',
    title: 'Vaste ankerpersoon',
    author: authors.map((literal) => ({ literal })),
    publisher: 'Wat Werkt',
    URL: 'https://wat-werkt.example/werkzame-elementen/vaste-ankerpersoon/',
    issued: { 'date-parts': [[2026, 1, 10]] },
    language: 'nl-NL',
    abstract: 'Eén vast aanspreekpunt voor een huishouden.',
    ...rest,
  };
}
