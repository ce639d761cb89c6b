/**
 * "Citeer deze pagina" on every entry page of both built sites: the APA reference on the page is the one
 * citeproc writes from the page's own CSL-JSON download, and the BibTeX, RIS and CSL-JSON files beside the
 * page exist and read back (citation-js and a second parser per format) with the entry's title, address
 * and year.
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

interface ExportedEntry {
  id: string;
  url: string;
  data: { titel: string; gepubliceerd: string; wijzigingen?: { datum: string }[] };
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
        expect(reference).toContain(`. Geraadpleegd op 23 november 2026, van ${record.url}`);
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

      it(`${path}: CSL-JSON names the page's organisations, Wat Werkt, its editorial date and the build date`, () => {
        const $ = page(site, path);
        const organisations = $('.key-facts a[data-pagefind-filter="organisatie"]')
          .map((_, a) => $(a).text().trim())
          .get();
        expect(organisations.length).toBeGreaterThan(0);
        expect(JSON.parse(file(path, 'citeer.json'))).toEqual([
          expect.objectContaining({
            type: 'webpage',
            title: record.data.titel,
            URL: record.url,
            author: organisations.map((literal) => ({ literal })),
            publisher: 'Wat Werkt',
            issued: { 'date-parts': [editorialDate] },
            accessed: { 'date-parts': [[2026, 11, 23]] },
          }),
        ]);
      });

      it(`${path}: BibTeX and RIS read back with title, address and year`, async () => {
        const bibtex = file(path, 'citeer.bib');
        const [fromBibtex] = new Cite(bibtex).data as { title: string; URL: string; issued: unknown }[];
        expect(fromBibtex).toMatchObject({ title: record.data.titel, URL: record.url });
        const library = parseBibtex(bibtex);
        expect(library.errors).toEqual([]);
        expect(String(library.entries[0]!.fields.title).normalize('NFC')).toBe(record.data.titel);
        expect(library.entries[0]!.fields).toMatchObject({ url: record.url, year: String(year) });

        const ris = file(path, 'citeer.ris');
        const [fromRis] = (await Cite.async(ris)).data;
        expect(fromRis).toMatchObject({ title: record.data.titel, URL: record.url });
        expect((fromRis as { issued: { 'date-parts': number[][] } }).issued['date-parts'][0]![0]).toBe(year);
        const [second] = parseRis(ris);
        expect(second).toMatchObject({
          title: record.data.titel,
          URL: record.url,
          issued: { 'date-parts': [[String(year)]] },
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
