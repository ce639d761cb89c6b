/**
 * "Citeer deze pagina" on every entry page of both built sites: the APA reference on the page is the one
 * citeproc writes from the page's own CSL-JSON download and holds no date but the page's own; the author is
 * whoever wrote the page (its `auteurs`, else the editorial team); the citation meta tags in the head carry
 * the CSL item's values; the BibTeX, RIS and CSL-JSON files beside the page exist and read back (citation-js
 * and a second parser per format) with the entry's title, address and date; a "Kopieer" button waits, hidden,
 * for its script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { citeprocApa } from '../helpers/citeproc-apa.ts';
import { page, sites, text } from '../helpers/sites.ts';

const editorialTeam = 'Redactie Wat Werkt';
const months = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

interface ExportedEntry {
  id: string;
  url: string;
  data: { titel: string; gepubliceerd: string; wijzigingen?: { datum: string }[]; auteurs?: string[] };
}

for (const site of ['fixture', 'real'] as const) {
  describe(`citations on the ${site} site`, () => {
    const records: ExportedEntry[] = JSON.parse(readFileSync(join(sites[site].dist, 'data/alles.json'), 'utf8'));
    const file = (path: string, name: string) => readFileSync(join(sites[site].dist, path, name), 'utf8');

    it('has entries to check', () => expect(records.length).toBeGreaterThan(4));

    for (const record of records) {
      const path = new URL(record.url).pathname;
      // The newest change note's day (ISO dates sort as text), else the day of publication.
      const newest = (record.data.wijzigingen ?? [])
        .map((revision) => revision.datum)
        .sort()
        .at(-1);
      const editorialDate = (newest ?? record.data.gepubliceerd).split('-').map(Number);
      const year = editorialDate[0]!;

      it(`${path}: shows the APA reference citeproc writes, with the download links`, () => {
        const $ = page(site, path);
        const [item] = JSON.parse(file(path, 'citeer.json'));
        const reference = text($, '#citeren + p + .reference');
        expect(reference).toBe(citeprocApa(item));
        // The title is marked up as the title of a work, where citeproc's HTML sets it in italics.
        const title = $('.reference cite')
          .text()
          .replaceAll('&', '&#38;')
          .replaceAll('<', '&#60;')
          .replaceAll('>', '&#62;');
        expect(citeprocApa(item, 'html')).toContain(`<i>${title}</i>`);
        expect(reference.endsWith(` Wat Werkt. ${record.url}`)).toBe(true);
        // No date but the page's own: no retrieval date, no build day.
        const [year, month, day] = editorialDate as [number, number, number];
        const dutchMonth = months.split('|')[month - 1];
        const outsideTitleAndAddress = reference.replace(text($, '.reference cite'), '').replace(record.url, '');
        const dates = outsideTitleAndAddress.match(new RegExp(`\\d{1,2} (${months})|\\b(19|20)\\d\\d\\b`, 'g'));
        expect(dates).toEqual([String(year), `${day} ${dutchMonth}`]);
        expect(reference).not.toMatch(/Geraadpleegd/);
        const copy = $('[data-copy-citation="apa-verwijzing"]');
        expect(copy.attr('hidden')).toBeDefined();
        expect(text($, '[data-copy-citation] button')).toBe('Kopieer');
        expect($('#apa-verwijzing').is('.reference')).toBe(true);
        expect($('#citeren').closest('[data-pagefind-ignore]').length).toBe(1);
        const links = $('#citeren')
          .parent()
          .find('a[download]')
          .map((_, a) => ({ href: $(a).attr('href') ?? '', name: $(a).attr('download') }))
          .get();
        expect(links).toEqual(
          ['bib', 'ris', 'json'].map((format) => ({ href: `${path}citeer.${format}`, name: `${record.id}.${format}` })),
        );
        for (const { href } of links) expect(existsSync(join(sites[site].dist, href))).toBe(true);
      });

      it(`${path}: CSL-JSON names whoever wrote the page, Wat Werkt and its editorial date, and no other date`, () => {
        const [item] = JSON.parse(file(path, 'citeer.json'));
        expect(item).toEqual({
          id: path.slice(1, -1),
          'citation-key': path.slice(1, -1).replace(/[^A-Za-z0-9]+/g, '_'),
          type: 'webpage',
          title: record.data.titel,
          URL: record.url,
          author: (record.data.auteurs ?? [editorialTeam]).map((literal) => ({ literal })),
          publisher: 'Wat Werkt',
          issued: { 'date-parts': [editorialDate] },
          language: 'nl-NL',
          abstract: expect.any(String),
        });
      });

      it(`${path}: the citation meta tags carry the values of the CSL item`, () => {
        const $ = page(site, path);
        const [item] = JSON.parse(file(path, 'citeer.json'));
        const meta = (name: string) =>
          $(`head meta[name="${name}"]`)
            .map((_, tag) => $(tag).attr('content'))
            .get();
        const [year, month, day] = item.issued['date-parts'][0].map((part: number) => String(part).padStart(2, '0'));
        const authors = item.author.map((author: { literal: string }) => author.literal);
        expect(meta('citation_title')).toEqual([item.title]);
        expect(meta('citation_author')).toEqual(authors);
        expect(meta('citation_publication_date')).toEqual([`${year}/${month}/${day}`]);
        expect(meta('citation_public_url')).toEqual([item.URL]);
        expect(meta('citation_publisher')).toEqual([item.publisher]);
        expect(meta('DC.title')).toEqual([item.title]);
        expect(meta('DC.creator')).toEqual(authors);
        expect(meta('DC.date')).toEqual([`${year}-${month}-${day}`]);
        expect(meta('DC.identifier')).toEqual([item.URL]);
      });

      it(`${path}: BibTeX and RIS read back with title, address and year`, async () => {
        const authors = record.data.auteurs ?? [editorialTeam];
        const bibtex = file(path, 'citeer.bib');
        const fromBibtex = new Cite(bibtex).data;
        expect(fromBibtex).toHaveLength(1);
        expect(fromBibtex[0]).toMatchObject({
          title: record.data.titel,
          URL: record.url,
          author: authors.map((family) => ({ family })),
          issued: { 'date-parts': [editorialDate.slice(0, 2)] },
        });
        const library = parseBibtex(bibtex);
        expect(library.errors).toEqual([]);
        expect(library.entries).toHaveLength(1);
        expect(library.entries[0]!.fields).toMatchObject({
          title: record.data.titel,
          author: authors.map((name) => ({ name })),
          url: record.url,
          year: String(year),
          month: String(editorialDate[1]),
        });

        const ris = file(path, 'citeer.ris');
        const [fromRis] = (await Cite.async(ris, { forceType: '@ris/file' })).data;
        expect(fromRis).toMatchObject({ title: record.data.titel, URL: record.url });
        expect((fromRis as { issued: { 'date-parts': number[][] } }).issued['date-parts'][0]![0]).toBe(year);
        const [second] = parseRis(ris);
        expect(second).toMatchObject({
          title: record.data.titel,
          URL: record.url,
          issued: { 'date-parts': [editorialDate.map((part) => String(part).padStart(2, '0'))] },
        });
      });
    }

    it('lists "Citeer deze pagina" last in "Op deze pagina"', () => {
      const withContents = records
        .map((record) => page(site, new URL(record.url).pathname))
        .filter(($) => $('.toc').length > 0);
      expect(withContents.length).toBeGreaterThan(0);
      for (const $ of withContents) {
        expect($('.toc > ol > li > a').last().attr('href')).toBe('#citeren');
        expect(text($, '.toc > ol > li:last-child > a')).toBe('Citeer deze pagina');
      }
    });
  });
}
