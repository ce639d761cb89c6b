/**
 * Feeds and open data of the built sites: RSS and sitemap are well-formed XML with absolute links, every
 * data file validates against its generated JSON Schema, and JSON-LD carries the required properties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { page, sites } from '../helpers/sites.ts';

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
    expect(items.map((item: { title: string }) => item.title)).toEqual([
      'Proefleergang regie',
      'Proefcongres over wijkteams',
      'Rustige post in Testdorp',
      'Regie op maat',
      'Vaste ankerpersoon',
    ]);
    expect(items[0].link).toBe('https://wat-werkt.example/programmas/proefleergang/');
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
      type: 'practiceExamples',
      url: 'https://wat-werkt.example/praktijkvoorbeelden/rustige-post/',
      data: {
        themas: ['geldzorgen', 'wijkteams'],
        periode: { start: '2025-01', eind: '2025-06' },
        werkzameElementen: ['vaste-ankerpersoon'],
        gepubliceerd: '2026-03-01',
      },
    });
    expect(records[0].data.afbeelding.src).toMatch(/^https:\/\/wat-werkt\.example\/_astro\/.+\.webp$/);
    const all = JSON.parse(read('fixture', 'data/alles.json'));
    expect(all).toHaveLength(5);
  });

  it('rejects data that does not follow the schema', () => {
    const validate = ajv.compile(JSON.parse(read('fixture', 'data/verslagen.schema.json')));
    const [record] = JSON.parse(read('fixture', 'data/verslagen.json'));
    expect(validate([{ ...record, data: { ...record.data, soort: 'feest' } }])).toBe(false);
  });
});

describe('JSON-LD', () => {
  const structured = (path: string) => JSON.parse(page('real', path)('script[type="application/ld+json"]').text());

  it('describes programmes as a Course with a CourseInstance per module', () => {
    const course = structured('/programmas/van-praktijk-naar-beleid/');
    expect(course).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Opleiding Van praktijk naar beleid',
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
      name: "Congres 'Heeft de burger zin?'",
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
