/**
 * The site's APA formatter against citeproc (through citation-js, with APA 7's CSL style adapted the Dutch
 * way: tests/helpers/citeproc-apa.ts): the same CSL item must give the same text, character for character.
 */
import { describe, expect, it } from 'vitest';
import { citeprocApa } from '../../tests/helpers/citeproc-apa.ts';
import { apaReference, apaText, typographicQuotes } from './apa.ts';
import type { CitationItem } from './citation.ts';
import { citationItemFor } from '../../tests/helpers/citation-item.ts';

const item = citationItemFor;

const escapeLikeCiteproc = (text: string) =>
  text.replaceAll('&', '&#38;').replaceAll('<', '&#60;').replaceAll('>', '&#62;');

describe('apaReference', () => {
  it("writes the Dutch APA 7 reference for a web page, with the page's own date and no other", () => {
    const text = apaText(apaReference(item({ authors: ['Redactie Wat Werkt'] })));
    expect(text).toBe(
      'Redactie Wat Werkt. (2026, 10 januari). Vaste ankerpersoon. Wat Werkt. ' +
        'https://wat-werkt.example/werkzame-elementen/vaste-ankerpersoon/',
    );
    expect(text).not.toMatch(/Geraadpleegd/);
  });

  const cases: [string, CitationItem][] = [
    ['one organisation', item()],
    ['two organisations', item({ authors: ['Movisie', 'Gemeente Utrecht'] })],
    ['three organisations', item({ authors: ['Movisie', 'Nederlands Jeugdinstituut (NJi)', 'Gemeente Utrecht'] })],
    ['21 or more organisations', item({ authors: Array.from({ length: 22 }, (_, i) => `Gemeente ${i + 1}`) })],
    ['a name ending in a full stop', item({ authors: ['Zorg B.V.'] })],
    ['names ending in a stop, among others', item({ authors: ['Wijkteam', 'Zorg B.V.'] })],
    ['a title ending in a question mark', item({ title: 'Wat werkt bij schulden?' })],
    ['a title ending in a colon', item({ title: 'Schulden:' })],
    ['a title ending in an ellipsis', item({ title: 'Samen verder…' })],
    ['quotes and apostrophes', item({ title: "Congres 'Heeft de burger zin?'", authors: ["Stichting 't Hoekje"] })],
    ['nested quotes', item({ title: "Een \"geneste 'vraag'\" en programma's" })],
    ['unpaired quotes', item({ title: 'De jaren \'90 en een "losse quote' })],
    ['an apostrophe before nested quotes', item({ title: `'t Is "een 'mooie'" dag` })],
    ['a quote before the end', item({ title: "Wat 'werkt'." })],
    ['an ampersand and angle brackets', item({ title: 'Wonen & zorg > alles', authors: ['A & B'] })],
    ['a single-digit day and month', item({ issued: { 'date-parts': [[2024, 3, 4]] } })],
    ['an accent in the first word', item({ title: 'Één loket' })],
    ['a person written as APA writes one', item({ authors: ['Jansen, P.', 'Redactie Wat Werkt'] })],
  ];
  for (const [name, example] of cases) {
    it(`gives citeproc's text and italics: ${name}`, () => {
      const reference = apaReference(example);
      expect(apaText(reference)).toBe(citeprocApa(example));
      expect(citeprocApa(example, 'html')).toContain(`<i>${escapeLikeCiteproc(reference.title)}</i>`);
    });
  }
});

describe('typographicQuotes', () => {
  it('pairs quotes, nests them, and turns other straight single quotes into apostrophes', () => {
    expect(typographicQuotes(`Rock 'n' roll`)).toBe('Rock “n” roll');
    expect(typographicQuotes(`Een "geneste 'vraag'" en programma's`)).toBe('Een “geneste ‘vraag’” en programma’s');
    expect(typographicQuotes('Een "losse')).toBe('Een "losse');
  });
});
