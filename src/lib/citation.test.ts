import { describe, expect, it } from 'vitest';
import { citationItem } from './citation.ts';
import type { AnyEntry } from './entry-summary.ts';

/** The fields of a practice example that a citation reads, as the content layer gives them. */
const entry = (dates: { gepubliceerd: Date; wijzigingen?: { datum: Date; notitie: string }[] }) =>
  ({
    id: 'rustige-post',
    collection: 'practiceExamples',
    data: { titel: 'Rustige post in Testdorp', samenvatting: 'Een verzonnen voorbeeld voor de tests.', ...dates },
  }) as unknown as AnyEntry;

const context = {
  url: 'https://wat-werkt.example/praktijkvoorbeelden/rustige-post/',
  organisationNames: ['Gemeente Testdorp', 'Proefinstituut'],
  accessed: new Date('2026-11-23T00:00:00Z'),
};

describe('citationItem', () => {
  it("describes the entry's page: its organisations as authors, Wat Werkt as publisher, the build date as accessed", () => {
    expect(citationItem(entry({ gepubliceerd: new Date('2026-03-01T00:00:00Z') }), context)).toEqual({
      id: 'praktijkvoorbeelden/rustige-post',
      'citation-key': 'praktijkvoorbeelden_rustige_post',
      type: 'webpage',
      title: 'Rustige post in Testdorp',
      author: [{ literal: 'Gemeente Testdorp' }, { literal: 'Proefinstituut' }],
      publisher: 'Wat Werkt',
      URL: 'https://wat-werkt.example/praktijkvoorbeelden/rustige-post/',
      issued: { 'date-parts': [[2026, 3, 1]] },
      accessed: { 'date-parts': [[2026, 11, 23]] },
      language: 'nl-NL',
      abstract: 'Een verzonnen voorbeeld voor de tests.',
    });
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
