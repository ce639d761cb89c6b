/**
 * The citation downloads, read back by citation-js and by a second, independent parser for each format
 * (@retorquere/bibtex-parser, astrocite-ris): title, authors, address and date must survive exactly, also
 * for every character BibTeX or LaTeX treats specially, names written to break out of their field, line
 * breaks and addresses longer than a line.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { citationItemFor } from '../../tests/helpers/citation-item.ts';
import { citationFile } from './citation-files.ts';

const authorNames = [
  'Movisie}}, url = {https://evil.example/}, note = {x',
  'Zorg & Welzijn B.V. {100%} $x$ #1 ~ ^ _ \\ @misc{y,',
  'Jansen, P.',
];
const item = citationItemFor({
  title: `Programma's met "quotes", é, & {accolades}, 100% en $ in_de titel\r\n@misc{z, url = {https://evil.example/}}`,
  authors: authorNames,
  URL: 'https://wat-werkt.example/praktijkvoorbeelden/een-heel-erg-lange-naam-van-een-praktijkvoorbeeld-in-testdorp/',
  issued: { 'date-parts': [[2026, 11, 3]] },
});
/** Both formats are one line per field: a line break is read back as a space. */
const title = item.title.replace(/\s+/g, ' ');

describe('citationFile', () => {
  it('writes CSL-JSON that is the item itself', () => {
    expect(JSON.parse(citationFile(item, 'json'))).toEqual([item]);
  });

  it('writes one BibTeX entry that both parsers read back exactly, every name one author', () => {
    const text = citationFile(item, 'bib');
    expect(text).toMatch(/\tmonth = nov,\n/);
    const entries = new Cite(text).data as Record<string, unknown>[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ title, URL: item.URL, issued: { 'date-parts': [[2026, 11]] } });
    // citation-js reads a name in its own braces as a family name only: whole, never split.
    expect(entries[0]!.author).toEqual(authorNames.map((family) => ({ family })));

    const library = parseBibtex(text);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const { key, fields } = library.entries[0]!;
    expect(key).toBe('werkzame_elementen_vaste_ankerpersoon');
    expect(Object.keys(fields).sort()).toEqual(['author', 'language', 'month', 'publisher', 'title', 'url', 'year']);
    expect(fields).toMatchObject({ url: item.URL, year: '2026', month: '11', publisher: ['Wat Werkt'] });
    expect(fields.title).toBe(title);
    expect(fields.author).toEqual(authorNames.map((name) => ({ name })));
  });

  it("keeps a BibTeX title's capitals, which BibTeX styles and parsers would lower-case", () => {
    const named = citationItemFor({ title: 'Werkplaatsen schuldhulpverlening van Schouders Eronder' });
    const text = citationFile(named, 'bib');
    expect(parseBibtex(text).entries[0]!.fields.title).toBe(named.title);
    expect((new Cite(text).data as { title: string }[])[0]!.title).toBe(named.title);
  });

  it('writes RIS with one line per tag, which both parsers read back', async () => {
    const text = citationFile(item, 'ris');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(lines).toContain(`UR  - ${item.URL}`);
    expect(lines).toContain('DA  - 2026/11/03/');

    // Told it is RIS, as a reference manager is by the file's type: the title's "@misc{" would make
    // citation-js guess BibTeX.
    // RIS has no escapes: each name stays on its own AU line, where a comma separates family and given names.
    expect(lines.filter((line) => line.startsWith('AU  - '))).toEqual(authorNames.map((name) => `AU  - ${name}`));
    const data = (await Cite.async(text, { forceType: '@ris/file' })).data as Record<string, unknown>[];
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      title,
      URL: item.URL,
      publisher: 'Wat Werkt',
      issued: { 'date-parts': [[2026, 11, 3]] },
    });
    expect(data[0]!.author).toHaveLength(3);
    expect((data[0]!.author as object[])[2]).toEqual({ family: 'Jansen', given: 'P.' });

    const records = parseRis(text);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ type: 'webpage', title, URL: item.URL, publisher: 'Wat Werkt' });
    expect(records[0]!.author).toHaveLength(3);
    expect(records[0]!.issued).toEqual({ 'date-parts': [['2026', '11', '03']] });
  });
});
