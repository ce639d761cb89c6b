/**
 * The citation downloads, read back by citation-js and by a second, independent parser for each format
 * (@retorquere/bibtex-parser, astrocite-ris): title, authors, address and year must survive, also for
 * characters BibTeX escapes and addresses longer than a line.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { citationItemFor } from '../../tests/helpers/citation-item.ts';
import { citationFile } from './citation-files.ts';

const item = citationItemFor({
  title: `Programma's met "quotes", é, & {accolades}, 100% en $ in_de titel`,
  authors: ['Gemeente Súdwest-Fryslân', 'Zorg & Welzijn B.V.'],
  URL: 'https://wat-werkt.example/praktijkvoorbeelden/een-heel-erg-lange-naam-van-een-praktijkvoorbeeld-in-testdorp/',
});
const authorNames = ['Gemeente Súdwest-Fryslân', 'Zorg & Welzijn B.V.'];

describe('citationFile', () => {
  it('writes CSL-JSON that is the item itself', () => {
    expect(JSON.parse(citationFile(item, 'json'))).toEqual([item]);
  });

  it('writes BibTeX that both parsers read back', () => {
    const text = citationFile(item, 'bib');
    const [parsed] = new Cite(text).data as Record<string, unknown>[];
    expect(parsed).toMatchObject({ title: item.title, URL: item.URL, issued: { 'date-parts': [[2026, 1, 10]] } });
    expect(parsed!.author).toEqual(authorNames.map((family) => ({ family })));

    const library = parseBibtex(text);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const { key, fields } = library.entries[0]!;
    expect(key).toBe('werkzame_elementen_vaste_ankerpersoon');
    expect(fields).toMatchObject({ url: item.URL, year: '2026', publisher: ['Wat Werkt'] });
    // LaTeX's {\' e} comes back as e plus a combining accent: the same text once normalised.
    expect(String(fields.title).normalize('NFC')).toBe(item.title);
    expect(fields.author).toEqual(authorNames.map((name) => ({ name })));
  });

  it('writes RIS with one line per tag, which both parsers read back', async () => {
    const text = citationFile(item, 'ris');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(lines).toContain(`UR  - ${item.URL}`);

    const [parsed] = (await Cite.async(text)).data;
    expect(parsed).toMatchObject({
      title: item.title,
      URL: item.URL,
      publisher: 'Wat Werkt',
      author: authorNames.map((literal) => ({ literal })),
      issued: { 'date-parts': [[2026, 1, 10]] },
      accessed: { 'date-parts': [[2026, 11, 23]] },
    });

    const [second] = parseRis(text);
    expect(second).toMatchObject({ type: 'webpage', title: item.title, URL: item.URL, publisher: 'Wat Werkt' });
    expect(second!.issued).toEqual({ 'date-parts': [['2026']] });
  });
});
