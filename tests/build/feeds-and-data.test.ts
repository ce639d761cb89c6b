/**
 * Feeds and open data of the built sites: RSS and sitemap are well-formed XML with absolute links, every
 * data file validates against its generated JSON Schema and reads back from CSV as Excel would read it,
 * calendars are valid iCalendar, and JSON-LD carries the required properties and the licence.
 */
import { execFileSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { page, pinnedToday, projectRoot, sites } from '../helpers/sites.ts';
import type { OpenDataRecord } from '../../src/lib/open-data.ts';

const read = (site: keyof typeof sites, file: string) => readFileSync(join(sites[site].dist, file), 'utf8');
const xml = (site: keyof typeof sites, file: string) => {
  const text = read(site, file);
  expect(XMLValidator.validate(text), file).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(text);
};

describe('RSS', () => {
  it('lists new and updated entries with absolute links, for everything and per collection', () => {
    const all = xml('fixture', 'rss.xml').rss.channel;
    expect(all.language).toBe('nl-nl');
    const items = [all.item].flat();
    // Published first, but its newest change note (2 May) makes it the latest news.
    expect(items.map((item: { title: string }) => item.title)).toEqual([
      'Vaste ankerpersoon',
      'Proefleergang regie',
      'Proefcongres over wijkteams',
      'Rustige post in Testdorp',
      'Regie op maat',
    ]);
    expect(items[1].link).toBe('https://wat-werkt.example/programmas/proefleergang/');
    const reports = [xml('fixture', 'verslagen/rss.xml').rss.channel.item].flat();
    expect(reports.map((item: { title: string }) => item.title)).toEqual(['Proefcongres over wijkteams']);
  });
});

describe('sitemap', () => {
  it('lists every page at its canonical address, without the 404 page', () => {
    const index = xml('real', 'sitemap-index.xml');
    expect(index.sitemapindex.sitemap.loc).toBe('https://wat-werkt.example/sitemap-0.xml');
    const urls = [xml('real', 'sitemap-0.xml').urlset.url].flat().map((url: { loc: string }) => url.loc);
    expect(urls).toContain('https://wat-werkt.example/programmas/van-praktijk-naar-beleid/');
    expect(urls).toContain('https://wat-werkt.example/agenda/');
    expect(urls.some((url: string) => url.includes('404'))).toBe(false);
    for (const url of urls) expect(page('real', new URL(url).pathname)('link[rel="canonical"]').attr('href')).toBe(url);
  });
});

const contentLicence = 'https://creativecommons.org/licenses/by/4.0/';
const collectionFiles = ['werkzame-elementen', 'praktijkvoorbeelden', 'verslagen', 'programmas'];

const records = (site: keyof typeof sites, name: string): OpenDataRecord[] =>
  JSON.parse(read(site, `data/${name}.json`));

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);

  for (const site of ['fixture', 'real'] as const) {
    it(`every ${site} data file validates against its JSON Schema`, () => {
      for (const name of ['werkzame-elementen', 'praktijkvoorbeelden', 'verslagen', 'programmas', 'alles']) {
        const validate = ajv.compile(JSON.parse(read(site, `data/${name}.schema.json`)));
        const records = JSON.parse(read(site, `data/${name}.json`));
        expect(records.length, name).toBeGreaterThan(0);
        expect(validate(records), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    });
  }

  it('exports the data as editors wrote it', () => {
    const records = JSON.parse(read('fixture', 'data/praktijkvoorbeelden.json'));
    expect(records[0]).toMatchObject({
      id: 'rustige-post',
      // The collection as the site names it, not the code's name (practiceExamples).
      type: 'praktijkvoorbeelden',
      url: 'https://wat-werkt.example/praktijkvoorbeelden/rustige-post/',
      license: contentLicence,
      data: {
        themas: ['geldzorgen', 'wijkteams'],
        periode: { start: '2025-01', eind: '2025-06' },
        werkzameElementen: ['vaste-ankerpersoon'],
        gepubliceerd: '2026-03-01',
      },
    });
    expect(records[0].data.afbeelding.src).toMatch(/^https:\/\/wat-werkt\.example\/_astro\/.+\.webp$/);
    // The entry's text is part of the data set.
    expect(records[0].body).toContain('## Achtergrond\n\nVeel huishoudens in Testdorp hadden schulden');
    const all = JSON.parse(read('fixture', 'data/alles.json'));
    expect(all).toHaveLength(5);
    expect(new Set(all.map((record: OpenDataRecord) => record.type))).toEqual(new Set(collectionFiles));
  });

  it("carries each entry's whole text, as written after its frontmatter", () => {
    for (const site of ['fixture', 'real'] as const) {
      for (const name of collectionFiles) {
        for (const record of records(site, name)) {
          const [file] = globSync(`${name}/${record.id}.{md,mdx}`, { cwd: sites[site].content });
          const text = readFileSync(join(sites[site].content, file!), 'utf8');
          // The frontmatter is the file's first block between two lines of three dashes.
          const afterFrontmatter = text.split('\n').slice(text.split('\n').indexOf('---', 1) + 1);
          expect(record.body, `${site} ${name}/${record.id}`).toBe(afterFrontmatter.join('\n').trim());
        }
      }
    }
  });

  it('rejects data that does not follow the schema', () => {
    const validate = ajv.compile(JSON.parse(read('fixture', 'data/verslagen.schema.json')));
    const [record] = JSON.parse(read('fixture', 'data/verslagen.json'));
    expect(validate([{ ...record, data: { ...record.data, soort: 'feest' } }])).toBe(false);
  });
});

describe('CSV', () => {
  const rows = (site: keyof typeof sites, name: string) =>
    parseCsv(read(site, `data/${name}.csv`), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];

  for (const site of ['fixture', 'real'] as const) {
    it(`reads back every field of every ${site} record, as Dutch Excel reads it`, () => {
      for (const name of collectionFiles) {
        const text = readFileSync(join(sites[site].dist, `data/${name}.csv`));
        // UTF-8 with a byte-order mark, rows ended by CRLF: what Excel needs to open it by a double click.
        expect([...text.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
        expect(text.toString('utf8')).toContain('\r\n');
        const schema = JSON.parse(read(site, `data/${name}.schema.json`));
        const columns = [
          'id',
          'type',
          'url',
          ...Object.keys(schema.items.properties.data.properties),
          'body',
          'license',
        ];
        const json = records(site, name);
        const csv = rows(site, name);
        expect(csv).toHaveLength(json.length);
        json.forEach((record, index) => {
          const row = csv[index]!;
          expect(Object.keys(row), name).toEqual(columns);
          for (const column of columns) {
            const value = column in record ? record[column as keyof OpenDataRecord] : record.data[column];
            const where = `${name} ${record.id} ${column}`;
            if (value === undefined) expect(row[column], where).toBe('');
            // A text a spreadsheet would run as a formula gets a ' in front (open-data-csv.ts).
            else if (typeof value === 'string')
              expect(row[column], where).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
            else expect(JSON.parse(row[column]!), where).toEqual(value);
          }
        });
      }
    });
  }

  // The fixture's overdraagbaarheid holds quotes, semicolons, a line break and diacritics on purpose.
  it('keeps quotes, semicolons, line breaks and diacritics in a cell', () => {
    const [row] = rows('fixture', 'praktijkvoorbeelden');
    expect(row!.overdraagbaarheid).toBe(
      'Elke gemeente met een wijkteam kan dit overnemen; een "rustig" begin helpt.\nNaïef? Volgens de coördinator niet: één loket is genoeg.',
    );
    expect(JSON.parse(row!.kanttekeningen!)).toEqual(['Er was geen vergelijkingsgroep.']);
    expect(row!.regioToelichting).toBe('Eén wijk van Testdorp.');
    expect(row!.type).toBe('praktijkvoorbeelden');
    expect(row!.gepubliceerd).toBe('2026-03-01');
  });

  it('documents the columns of each file on the open-data page', () => {
    const $ = page('fixture', '/open-data/');
    const documented = $('main').text();
    for (const name of collectionFiles) {
      expect($(`a[href="/data/${name}.csv"]`), name).toHaveLength(1);
      const [header] = read('fixture', `data/${name}.csv`).replace('\ufeff', '').split('\r\n');
      for (const column of header!.split(';')) expect(documented, `${name}: ${column}`).toContain(column);
    }
  });
});

describe('release manifest', () => {
  for (const site of ['fixture', 'real'] as const) {
    it(`counts the ${site} entries the site has pages for, and names the build, commit, licence and files`, () => {
      const manifest = JSON.parse(read(site, 'data/index.json'));
      // Entry pages, told from index and paging pages by their JSON-LD.
      const pagesIn = (folder: string) =>
        globSync(`${folder}/*/index.html`, { cwd: sites[site].dist }).filter((file) =>
          read(site, file).includes('application/ld+json'),
        ).length;
      const counts = Object.fromEntries(
        manifest.files.map((file: { name: string; count: number }) => [file.name, file.count]),
      );
      for (const name of collectionFiles) {
        expect(counts[name], name).toBe(pagesIn(name));
        expect(counts[name], name).toBe(records(site, name).length);
      }
      expect(counts.alles).toBe(records(site, 'alles').length);
      expect(manifest.commit).toBe(
        execFileSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim(),
      );
      expect(manifest.license).toMatchObject({ id: 'CC-BY-4.0', url: contentLicence });
      // The real build moment: not the pinned "today", and not later than now.
      expect(Date.parse(manifest.built)).toBeLessThanOrEqual(Date.now());
      expect(Date.parse(manifest.built)).toBeGreaterThan(Date.now() - 6 * 3600_000);
      for (const file of manifest.files)
        for (const url of [file.json, file.schema, file.csv].filter(Boolean))
          expect(() => read(site, new URL(url).pathname), url).not.toThrow();
    });
  }
});

describe('licence', () => {
  it('is named in the footer, the JSON-LD and every open-data file', () => {
    const $ = page('real', '/praktijkvoorbeelden/stressbakje/');
    expect($('footer a[rel="license"]').attr('href')).toBe(contentLicence);
    expect($('footer').text()).toContain('EUPL-1.2');
    expect(JSON.parse($('script[type="application/ld+json"]').text()).license).toBe(contentLicence);
    for (const name of [...collectionFiles, 'alles']) {
      for (const record of records('real', name)) expect(record.license, `${name} ${record.id}`).toBe(contentLicence);
      expect(JSON.parse(read('real', `data/${name}.schema.json`)).description, name).toContain(contentLicence);
    }
    for (const name of collectionFiles)
      expect(
        (
          parseCsv(read('real', `data/${name}.csv`), { bom: true, delimiter: ';', columns: true }) as Record<
            string,
            string
          >[]
        ).every((row) => row.license === contentLicence),
        name,
      ).toBe(true);
  });
});

describe('iCalendar', () => {
  const calendars = (site: keyof typeof sites) => globSync('**/*.ics', { cwd: sites[site].dist }).sort();
  const parseCalendar = (site: keyof typeof sites, file: string) => new ICAL.Component(ICAL.parse(read(site, file)));

  for (const site of ['fixture', 'real'] as const) {
    it(`writes no empty ${site} calendar, and stamps each with the build moment, never later`, () => {
      expect(calendars(site).length).toBeGreaterThan(0);
      for (const file of calendars(site)) {
        const calendar = parseCalendar(site, file);
        const events = calendar.getAllSubcomponents('vevent');
        expect(events.length, file).toBeGreaterThan(0);
        for (const event of events) {
          const stamp = event.getFirstPropertyValue('dtstamp') as ICAL.Time;
          expect(stamp.zone, file).toBe(ICAL.Timezone.utcTimezone);
          expect(stamp.toJSDate().getTime(), file).toBeLessThanOrEqual(Date.now());
          // The real moment (to the second), not the pinned day at midnight.
          expect(stamp.toJSDate().getTime(), file).toBeGreaterThan(Date.now() - 6 * 3600_000);
        }
      }
    });
  }

  it('links a programme calendar only where the programme has dates, and publishes no other', () => {
    const published = calendars('real').filter((file) => file.startsWith('programmas/'));
    expect(published).toEqual(['programmas/van-praktijk-naar-beleid/agenda.ics']);
    for (const id of [
      'lerende-praktijken-toegang',
      'schouders-eronder-leernetwerken',
      'schouders-eronder-werkplaatsen',
    ])
      expect(page('real', `/programmas/${id}/`)('a[href$=".ics"]'), id).toHaveLength(0);
    expect(
      page(
        'real',
        '/programmas/van-praktijk-naar-beleid/',
      )('a[href="/programmas/van-praktijk-naar-beleid/agenda.ics"]'),
    ).toHaveLength(1);
  });

  it('offers no single-date file for a date that has passed', () => {
    for (const site of ['fixture', 'real'] as const)
      for (const file of calendars(site).filter((name) => name.startsWith('agenda/'))) {
        const start = parseCalendar(site, file)
          .getFirstSubcomponent('vevent')!
          .getFirstPropertyValue('dtstart') as ICAL.Time;
        expect(start.toString().slice(0, 10) >= pinnedToday, `${site} ${file}`).toBe(true);
      }
  });

  it('gives the agenda a subscription: an https address to copy and a webcal link, both to a valid calendar', () => {
    const $ = page('fixture', '/agenda/');
    const address = $('#abonneren ~ p code').text().trim();
    expect(address).toBe('https://wat-werkt.example/agenda.ics');
    const webcal = $('#abonneren ~ p a[href^="webcal:"]').attr('href')!;
    expect(webcal).toBe('webcal://wat-werkt.example/agenda.ics');
    // A calendar application fetches webcal:// over https at the same address.
    for (const url of [address, webcal.replace(/^webcal:/, 'https:')]) {
      const calendar = parseCalendar('fixture', new URL(url).pathname);
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getAllSubcomponents('vevent')).toHaveLength(3);
    }
    for (const application of ['Outlook', 'Google Agenda', 'Apple Agenda'])
      expect($('#abonneren').parent().text()).toContain(application);
  });
});

describe('JSON-LD', () => {
  const structured = (path: string) => JSON.parse(page('real', path)('script[type="application/ld+json"]').text());

  it('describes programmes as a Course with a CourseInstance per module', () => {
    const course = structured('/programmas/van-praktijk-naar-beleid/');
    expect(course).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Opleiding "Van praktijk naar beleid"',
      provider: [
        { '@type': 'Organization', name: 'K2' },
        { '@type': 'Organization', name: 'Platform Sociaal Domein' },
      ],
    });
    expect(course.description.length).toBeGreaterThan(20);
    expect(course.hasCourseInstance).toHaveLength(4);
    expect(course.hasCourseInstance[0]).toMatchObject({
      '@type': 'CourseInstance',
      courseMode: 'Onsite',
      startDate: '2024-10-14',
      endDate: '2024-10-15',
    });
    expect(course.hasCourseInstance[1]).toMatchObject({ courseMode: 'Blended', startDate: '2024-12-09' });
  });

  it('describes event reports as an Event and the other entries as an Article', () => {
    expect(structured('/verslagen/congres-heeft-de-burger-zin/')).toMatchObject({
      '@type': 'Event',
      name: 'Congres "Heeft de burger zin?"',
      startDate: '2017-01',
      organizer: [{ '@type': 'Organization', name: 'Kennisplatform Sociaal Domein Noord-Holland' }],
    });
    expect(structured('/praktijkvoorbeelden/stressbakje/')).toMatchObject({
      '@type': 'Article',
      headline: expect.any(String),
      datePublished: '2026-11-23',
      publisher: [{ '@type': 'Organization', name: 'K2' }],
      inLanguage: 'nl-NL',
    });
  });
});
