/**
 * The fixture site (tests/fixtures/site), built by the global setup: each page type shows its typed
 * metadata, links follow the references, and the search index sees what it should.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReservedId } from '../../src/checks/body-rules.ts';
import { isReadingPage, keyFacts, page, sites, text } from '../helpers/sites.ts';

const dist = sites.fixture.dist;

describe('every page', () => {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && isReadingPage(file),
  );

  it('speaks Dutch, has one h1, a skip link to main and a canonical URL', () => {
    expect(pages.length).toBeGreaterThanOrEqual(19);
    for (const file of pages) {
      const $ = page('fixture', `/${file}`.replace(/index\.html$/, ''));
      expect($('html').attr('lang'), file).toBe('nl');
      expect($('h1'), file).toHaveLength(1);
      expect($('a.skip-link').attr('href'), file).toBe('#inhoud');
      expect($('main#inhoud'), file).toHaveLength(1);
      if (file !== '404.html') expect($('link[rel="canonical"]').attr('href'), file).toMatch(/^https?:\/\//);
    }
  });

  it('gives the error page no canonical address: it is served at whatever address was missing', () => {
    const $ = page('fixture', '/404.html');
    expect($('link[rel="canonical"], meta[property="og:url"]')).toHaveLength(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it("ships no JavaScript but the search page's and, on entry pages, the Kopieer button's", () => {
    for (const file of pages) {
      const $ = page('fixture', `/${file}`.replace(/index\.html$/, ''));
      const scripts = $('script:not([type="application/ld+json"])')
        .map((_, script) => script.attribs.src ?? 'inline')
        .get();
      if (file === 'zoeken/index.html') expect(scripts.length, file).toBeGreaterThan(0);
      else if ($('#apa-verwijzing').length) expect(scripts, file).toEqual([expect.stringMatching(/\/CiteThisPage\./)]);
      else expect(scripts, file).toEqual([]);
    }
  });
});

const entryPages = () =>
  ['werkzame-elementen', 'praktijkvoorbeelden', 'verslagen', 'programmas'].flatMap((folder) =>
    readdirSync(join(dist, folder), { withFileTypes: true })
      .filter((item) => item.isDirectory() && !/^\d+$/.test(item.name))
      .map((item) => `/${folder}/${item.name}/`),
  );

describe('an entry page', () => {
  it('lists in "Op deze pagina" every section the reader sees, in the order shown', () => {
    let withContents = 0;
    for (const path of entryPages()) {
      const $ = page('fixture', path);
      const listed = $('.toc > ol > li > a')
        .map((_, a) => $(a).attr('href'))
        .get();
      if (listed.length === 0) continue;
      withContents++;
      const shown = $('article h2[id]')
        .map((_, h2) => `#${$(h2).attr('id')}`)
        .get()
        .filter((id) => id !== '#op-deze-pagina');
      expect(listed, path).toEqual(shown);
    }
    expect(withContents).toBeGreaterThanOrEqual(3);
  });

  it('uses no id outside the body that the content check lets a body heading take', () => {
    expect(entryPages().length).toBeGreaterThanOrEqual(5);
    for (const path of entryPages()) {
      const $ = page('fixture', path);
      const fixed = $('[id]')
        .filter((_, element) => $(element).closest('.prose.body').length === 0)
        .map((_, element) => $(element).attr('id'))
        .get();
      expect(
        fixed.filter((id) => !isReservedId(id)),
        path,
      ).toEqual([]);
    }
  });
});

describe('a working element page', () => {
  const $ = page('fixture', '/werkzame-elementen/vaste-ankerpersoon/');

  it('shows why it works, what it asks, its conditions and when it was last reviewed', () => {
    expect(text($, 'h1')).toBe('Vaste ankerpersoon');
    expect(text($, 'main')).toContain('Een vast gezicht bouwt vertrouwen op.');
    expect(
      $('#voorwaarden + ul li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['Een kleine caseload', 'Mandaat om knopen door te hakken']);
    expect(keyFacts($)['Laatst gecontroleerd']).toBe('10 januari 2026');
  });

  it('lists related elements both ways', () => {
    expect($('.key-facts a[href="/werkzame-elementen/regie-op-maat/"]').text()).toBe('Regie op maat');
    const other = page('fixture', '/werkzame-elementen/regie-op-maat/');
    expect(other('.key-facts a[href="/werkzame-elementen/vaste-ankerpersoon/"]').text()).toBe('Vaste ankerpersoon');
  });

  it('lists exactly the entries that reference it, grouped by type', () => {
    const links = $('[data-pagefind-ignore] h3 a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.sort()).toEqual(['/praktijkvoorbeelden/rustige-post/', '/verslagen/proefcongres/']);
    expect(text($, '#groep-practiceExamples')).toBe('Praktijkvoorbeelden (1)');
  });

  it('numbers its sources and links them', () => {
    expect(text($, '#bronnen + ol li:first-child')).toBe(
      'Proefbron over ankerpersonen, Proefinstituut, 2025 (onderzoek)',
    );
    expect(
      $('#bronnen + ol li')
        .map((_, li) => $(li).attr('id'))
        .get(),
    ).toEqual(['bron-1', 'bron-2']);
    expect($('#bronnen + ol a').attr('href')).toBe('https://proefinstituut.example/anker');
  });
});

describe('an event report page', () => {
  const $ = page('fixture', '/verslagen/proefcongres/');

  it('shows kind, date, place, participants, rating and speakers', () => {
    expect(keyFacts($)).toMatchObject({
      Soort: 'Congres',
      Wanneer: '5 november 2024',
      Plaats: 'Utrecht',
      Deelnemers: '120',
      Waardering: '8,1 (op een schaal van 10)',
      Sprekers: 'Proefspreker, onderzoeker',
      Organisatie: 'Proefinstituut',
      'Werkzame elementen': 'Vaste ankerpersoon, Regie op maat',
    });
    expect(text($, '#lessen + ul')).toBe('Begin klein en leer onderweg.');
  });
});

describe('a practice example page', () => {
  const $ = page('fixture', '/praktijkvoorbeelden/rustige-post/');

  it('shows region, municipalities, period at month precision, problem, approach and result', () => {
    expect(keyFacts($)).toMatchObject({
      Regio: 'Utrecht',
      Gemeenten: 'Testdorp',
      Periode: 'vanaf januari 2025, tot juni 2025',
      "Thema's": 'Geldzorgen, Wijkteams',
    });
    expect(text($, 'main')).toContain('De post ging een half jaar via het wijkteam.');
  });

  it('serves its image through astro:assets: AVIF and WebP sources, width, height and alt', () => {
    const types = $('picture source')
      .map((_, source) => $(source).attr('type'))
      .get();
    expect(types).toEqual(['image/avif', 'image/webp']);
    const img = $('picture img');
    expect(img.attr('alt')).toBe('Een groene cirkel en een oranje vlak op een lichtblauwe achtergrond');
    expect(Number(img.attr('width'))).toBeGreaterThan(0);
    expect(Number(img.attr('height'))).toBeGreaterThan(0);
    expect(img.attr('src')).toMatch(/^\/_astro\/.+\.(jpg|jpeg|webp)$/);
    expect(text($, 'figcaption')).toBe('Proefbeeld voor de tests.');
  });
});

describe('a programme page', () => {
  const $ = page('fixture', '/programmas/proefleergang/');

  it('shows status, rules, cost and how to apply', () => {
    expect(keyFacts($)).toMatchObject({
      Status: 'Aanmelden mogelijk',
      Deelname: 'Per gemeente twee deelnemers',
      Kosten: 'Kosteloos',
      Tijdsinvestering: 'Ongeveer vier uur per week',
    });
    expect($('.key-facts a[href="mailto:leergang@proefinstituut.example"]')).toHaveLength(1);
  });

  it('lists modules with Dutch dates, times and format', () => {
    expect(
      $('#programma ~ ol > li h3')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['Module 1: Kennismaken', 'Module 2: Verdiepen']);
    expect(text($, '#programma ~ ol')).toContain('wo 9 december 2026, 09:30–16:30 · Op locatie in Utrecht');
    expect(text($, '#programma ~ ol')).toContain('di 12 januari 2027 · Online');
  });
});

describe('theme and organisation pages', () => {
  it('list every entry tagged with the theme', () => {
    const $ = page('fixture', '/themas/wijkteams/');
    const links = $('h3 a')
      .map((_, a) => $(a).attr('href'))
      .get()
      .sort();
    expect(links).toEqual([
      '/praktijkvoorbeelden/rustige-post/',
      '/programmas/proefleergang/',
      '/verslagen/proefcongres/',
      '/werkzame-elementen/regie-op-maat/',
      '/werkzame-elementen/vaste-ankerpersoon/',
    ]);
  });

  it('list every entry of the organisation, with its contact address', () => {
    const $ = page('fixture', '/organisaties/gemeente-testdorp/');
    expect(
      $('h3 a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/praktijkvoorbeelden/rustige-post/']);
    expect($('a[href="mailto:info@testdorp.example"]')).toHaveLength(1);
  });
});

describe('the home page', () => {
  const $ = page('fixture', '/');

  it('shows the latest entries and the upcoming dates after the build date', () => {
    expect($('#nieuw ~ ul h3').first().text()).toBe('Proefleergang regie');
    expect(text($, '.agenda')).toContain('wo 9 december 2026');
    expect(text($, '.agenda')).toContain('di 12 januari 2027');
  });
});

describe('the search index', () => {
  it('covers entry, theme and organisation pages, with type, theme, organisation and year filters', () => {
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const $ = page('fixture', '/verslagen/proefcongres/');
    expect($('main[data-pagefind-body]')).toHaveLength(1);
    expect($('[data-pagefind-filter="type"]').text()).toBe('Verslag');
    expect($('[data-pagefind-filter="thema"]').text()).toBe('Wijkteams');
    expect($('[data-pagefind-filter="organisatie"]').text()).toBe('Proefinstituut');
    expect($('[data-pagefind-filter="jaar:2024"]')).toHaveLength(1);
    expect($('[data-pagefind-sort="datum:2024-11-05"]')).toHaveLength(1);
  });

  it('leaves index and utility pages out', () => {
    for (const path of ['/', '/verslagen/', '/zoeken/', '/over/', '/404.html']) {
      expect(page('fixture', path)('[data-pagefind-body]'), path).toHaveLength(0);
    }
  });
});

describe('the agenda', () => {
  it('lists upcoming dates after the build date, each with an .ics file, and earlier ones without', () => {
    const $ = page('fixture', '/agenda/');
    // "Nederlandse tijd" stands by a time, and only there: the second date is a whole day.
    expect(text($, '#komend + ul .when')).toBe('wo 9 december 2026, 09:30–16:30 (Nederlandse tijd)di 12 januari 2027');
    expect(text($, '#eerder + ul .what')).toBe('Proefcongres over wijkteams');
    expect(text($, 'main')).not.toMatch(/Tijden zijn Nederlandse tijd/);
    const links = $('.ics a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual(['/agenda/proefleergang-2026-12-09-0930.ics', '/agenda/proefleergang-2027-01-12.ics']);
    for (const link of links) expect(existsSync(join(dist, link))).toBe(true);
    // A date that has passed is not offered, as a link or as a file.
    expect($('#eerder + ul .ics')).toHaveLength(0);
    expect(readdirSync(join(dist, 'agenda')).filter((file) => file.endsWith('.ics'))).toEqual([
      'proefleergang-2026-12-09-0930.ics',
      'proefleergang-2027-01-12.ics',
    ]);
  });

  it('offers each programme and the whole agenda as a calendar', () => {
    const feed = readFileSync(join(dist, 'agenda.ics'), 'utf8');
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const programme = readFileSync(join(dist, 'programmas/proefleergang/agenda.ics'), 'utf8');
    expect(programme.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(programme).toContain('DTSTART;TZID=Europe/Amsterdam:20261209T093000');
    expect(
      page('fixture', '/programmas/proefleergang/')('a[href="/programmas/proefleergang/agenda.ics"]'),
    ).toHaveLength(1);
  });
});

describe('the working element dossiers', () => {
  it('compare the elements in one table on the index page', () => {
    const $ = page('fixture', '/werkzame-elementen/');
    const rows = $('tbody tr')
      .map((_, tr) => [
        $(tr)
          .find('th, td')
          .map((__, cell) => $(cell).text().trim())
          .get(),
      ])
      .get();
    expect(rows).toEqual([
      ['Regie op maat', 'Loslaten waar het kan en sturen waar het moet.', 'Wijkteams', 'Niet beoordeeld', '0', '1'],
      [
        'Vaste ankerpersoon',
        'Tijd en ruimte om langer bij een huishouden betrokken te blijven.',
        'Wijkteams',
        'Eerste aanwijzingen voor effect',
        '1',
        '0',
      ],
    ]);
  });

  it('flag an element whose last review is older than the review age', () => {
    expect(text(page('fixture', '/werkzame-elementen/regie-op-maat/'), '.stale')).toBe(
      'Mogelijk verouderd. Deze beschrijving is voor het laatst gecontroleerd op 15 januari 2023, langer dan 24 maanden geleden.',
    );
    expect(page('fixture', '/werkzame-elementen/vaste-ankerpersoon/')('.stale')).toHaveLength(0);
  });

  it('show where and when for practice examples, and status and next date for programmes', () => {
    const $ = page('fixture', '/themas/wijkteams/');
    const detail = (href: string) => $(`h3 a[href="${href}"]`).closest('article').find('.where').text();
    expect(detail('/praktijkvoorbeelden/rustige-post/')).toBe('Testdorp · vanaf januari 2025, tot juni 2025');
    expect($('h3 a[href="/praktijkvoorbeelden/rustige-post/"]').closest('article').find('.evidence').text()).toBe(
      'Onderbouwing: Goed beschreven',
    );
    expect(detail('/programmas/proefleergang/')).toBe('Aanmelden mogelijk · volgende datum wo 9 december 2026');
    expect(detail('/verslagen/proefcongres/')).toBe('Congres');
  });
});
