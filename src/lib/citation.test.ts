import { describe, expect, it } from 'vitest';
import { citationItem, citationMetaTags } from './citation.ts';
import type { AnyEntry } from './entry-summary.ts';

/** The fields of a practice example that a citation reads, as the content layer gives them. */
const entry = (data: { gepubliceerd: Date; wijzigingen?: { datum: Date; notitie: string }[]; auteurs?: string[] }) =>
  ({
    id: 'rustige-post',
    collection: 'practiceExamples',
    data: { titel: 'Rustige post in Testdorp', samenvatting: 'Een verzonnen voorbeeld voor de tests.', ...data },
  }) as unknown as AnyEntry;

const context = {
  url: 'https://wat-werkt.example/praktijkvoorbeelden/rustige-post/',
  editorialTeam: 'Redactie Wat Werkt',
};

describe('citationItem', () => {
  it("describes the entry's page: the editorial team as author, Wat Werkt as publisher, no retrieval date", () => {
    expect(citationItem(entry({ gepubliceerd: new Date('2026-03-01T00:00:00Z') }), context)).toEqual({
      id: 'praktijkvoorbeelden/rustige-post',
      'citation-key': 'praktijkvoorbeelden_rustige_post',
      type: 'webpage',
      title: 'Rustige post in Testdorp',
      author: [{ literal: 'Redactie Wat Werkt' }],
      publisher: 'Wat Werkt',
      URL: 'https://wat-werkt.example/praktijkvoorbeelden/rustige-post/',
      issued: { 'date-parts': [[2026, 3, 1]] },
      language: 'nl-NL',
      abstract: 'Een verzonnen voorbeeld voor de tests.',
    });
  });

  it('names the authors the entry gives, in their order, instead of the editorial team', () => {
    const written = entry({ gepubliceerd: new Date('2026-03-01T00:00:00Z'), auteurs: ['Jansen, P.', 'Kennisteam'] });
    expect(citationItem(written, context).author).toEqual([{ literal: 'Jansen, P.' }, { literal: 'Kennisteam' }]);
  });

  it('dates an updated entry by its newest change note, the version a reader sees', () => {
    const updated = entry({
      gepubliceerd: new Date('2026-03-01T00:00:00Z'),
      wijzigingen: [
        { datum: new Date('2026-10-14T00:00:00Z'), notitie: 'Resultaten toegevoegd.' },
        { datum: new Date('2026-05-01T00:00:00Z'), notitie: 'Bron verbeterd.' },
      ],
    });
    expect(citationItem(updated, context).issued).toEqual({ 'date-parts': [[2026, 10, 14]] });
  });
});

describe('citationMetaTags', () => {
  it('gives Highwire Press and Dublin Core tags with the values of the item, one per author', () => {
    const item = citationItem(
      entry({ gepubliceerd: new Date('2026-03-01T00:00:00Z'), auteurs: ['Jansen, P.', 'Kennisteam'] }),
      context,
    );
    expect(citationMetaTags(item)).toEqual([
      { name: 'citation_title', content: 'Rustige post in Testdorp' },
      { name: 'citation_author', content: 'Jansen, P.' },
      { name: 'citation_author', content: 'Kennisteam' },
      { name: 'citation_publication_date', content: '2026/03/01' },
      { name: 'citation_publisher', content: 'Wat Werkt' },
      { name: 'citation_public_url', content: 'https://wat-werkt.example/praktijkvoorbeelden/rustige-post/' },
      { name: 'citation_language', content: 'nl' },
      { name: 'DC.title', content: 'Rustige post in Testdorp' },
      { name: 'DC.creator', content: 'Jansen, P.' },
      { name: 'DC.creator', content: 'Kennisteam' },
      { name: 'DC.date', content: '2026-03-01' },
      { name: 'DC.publisher', content: 'Wat Werkt' },
      { name: 'DC.identifier', content: 'https://wat-werkt.example/praktijkvoorbeelden/rustige-post/' },
      { name: 'DC.language', content: 'nl' },
    ]);
  });
});
