/**
 * The evidence dimension on the built fixture: every page says how well we know it works, what backs it,
 * what came out and what is not known; the gap map counts exactly the fixture's files; the level lands in
 * JSON-LD and the open data.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { keyFacts, page, sites, text } from '../helpers/sites.ts';

const dist = sites.fixture.dist;

describe('a working element with an assessed level and three kinds of knowledge', () => {
  const $ = page('fixture', '/werkzame-elementen/vaste-ankerpersoon/');

  it('shows the level, linked to its definition, with basis, date and assessor', () => {
    const level = $('#onderbouwing').parent().find('.level a');
    expect(level.text()).toBe('Eerste aanwijzingen voor effect');
    expect(level.attr('href')).toBe('/onderbouwing/#eerste-aanwijzingen');
    expect(level.attr('data-pagefind-filter')).toBe('onderbouwing');
    expect(level.attr('data-pagefind-sort')).toBe('onderbouwing:3');
    expect(text($, '.assessment')).toBe(
      'Basis Een proefstudie met een vergelijkingsgroep (bron 1) Beoordeeld op 5 januari 2026 Door Proefinstituut',
    );
  });

  it('states each kind of knowledge with links to its numbered sources', () => {
    expect(text($, '.knowledge')).toBe(
      'Wetenschappelijke kennis Huishoudens met een vast aanspreekpunt vielen minder vaak terug. (bron 1) ' +
        'Praktijkkennis van professionals Wijkteams zien dat afspraken beter worden nagekomen. (bron 2) ' +
        'Ervaringskennis van inwoners Huishoudens zeggen dat ze hun verhaal minder vaak hoeven te herhalen. (bron 2)',
    );
    const cited = $('.knowledge a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(cited).toEqual(['#bron-1', '#bron-2', '#bron-2']);
    for (const href of cited) expect($(href).length, href).toBe(1);
    expect(text($, '#bron-1')).toBe('Proefbron over ankerpersonen, Proefinstituut, 2025 (onderzoek)');
  });

  it('is complete, and shows target group, law and level as facets', () => {
    expect(text($, '[data-pagefind-filter="volledigheid"]')).toBe('8 van 8');
    expect(keyFacts($)).toMatchObject({
      Doelgroep: 'Gezinnen, Mensen met schulden',
      Wet: 'Wmo 2015',
      Niveau: 'Professional',
    });
    expect(
      $('[data-pagefind-filter="doelgroep"]')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['Gezinnen', 'Mensen met schulden']);
    expect(text($, '#elders-toepassen + p')).toBe('Werkt in elk wijkteam met een vaste bezetting.');
  });

  it('carries the level in its JSON-LD', () => {
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data.additionalProperty).toEqual({
      '@type': 'PropertyValue',
      propertyID: 'onderbouwing',
      name: 'Onderbouwing',
      value: 'Eerste aanwijzingen voor effect',
      dateModified: '2026-01-05',
      description: 'Een proefstudie met een vergelijkingsgroep (bron 1)',
    });
  });
});

describe('a working element nobody assessed and no example applies', () => {
  const $ = page('fixture', '/werkzame-elementen/regie-op-maat/');

  it('says "niet beoordeeld" and what that means', () => {
    expect(text($, '.level')).toBe('Niet beoordeeld');
    expect(text($, '#onderbouwing ~ p')).toContain('Niemand heeft dit nog met een vaste maatstaf beoordeeld.');
  });

  it('says for each kind of knowledge that no source names it, and lists what the description lacks', () => {
    expect($('.knowledge .none')).toHaveLength(3);
    expect(text($, '[data-pagefind-filter="volledigheid"]')).toBe('5 van 8');
    expect(
      $('.quality .missing')
        .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual([
      '– Doelgroep: ontbreekt nog',
      '– Kennis over resultaten: ontbreekt nog',
      '– Overdraagbaarheid: ontbreekt nog',
    ]);
  });

  it('invites a practice example instead of leaving the section out', () => {
    expect(text($, '#groep-practiceExamples + .missing')).toContain(
      'Nog geen praktijkvoorbeeld in het archief past dit element toe.',
    );
    expect($('#groep-practiceExamples + .missing a').attr('href')).toBe('/bijdragen/');
  });
});

describe('a practice example with outcomes', () => {
  const $ = page('fixture', '/praktijkvoorbeelden/rustige-post/');

  it('shows each outcome with what, result, for whom, period and who established it', () => {
    const rows = $('#uitkomsten ~ .table-scroll table tbody tr')
      .map((_, tr) => [
        $(tr)
          .children()
          .map((__, cell) => $(cell).text().trim())
          .get(),
      ])
      .get();
    expect(rows).toEqual([
      [
        'Aanmaningen die tot een betalingsregeling leidden',
        '40 van de 60 huishoudens kregen een regeling',
        'Huishoudens met schulden bij meer dan drie instanties',
        'januari tot juni 2025',
        'Eigen verslag',
      ],
      [
        'Ervaren stress',
        'Huishoudens meldden minder paniek bij post',
        'niet vermeld',
        'niet vermeld',
        'Onafhankelijke evaluatie',
      ],
    ]);
  });

  it('shows what did not work, its caveats and what is not known', () => {
    expect(text($, '#uitkomsten ~ ul')).toBe('Huishoudens zonder vaste woonplek bereikte de aanpak niet.');
    expect(text($, '#open-vragen ~ ul')).toContain('Er was geen vergelijkingsgroep.');
    expect(text($, '#open-vragen')).toBe('Kanttekeningen en open vragen');
    expect($('#open-vragen').parent().text()).toContain('Of het effect na het halfjaar bleef.');
  });

  it('names its region as a province, with the note about the place apart', () => {
    expect(keyFacts($)).toMatchObject({ Regio: 'Utrecht', 'Over de plek': 'Eén wijk van Testdorp.' });
  });
});

describe('the open data', () => {
  it('carries the level, knowledge sources, outcomes and vocabularies as written', () => {
    const records = JSON.parse(readFileSync(join(dist, 'data/alles.json'), 'utf8')) as {
      id: string;
      data: Record<string, unknown>;
    }[];
    const element = records.find((record) => record.id === 'vaste-ankerpersoon')!.data;
    expect(element.onderbouwing).toEqual({
      niveau: 'eerste-aanwijzingen',
      basis: 'Een proefstudie met een vergelijkingsgroep (bron 1)',
      beoordeeldOp: '2026-01-05',
      beoordeeldDoor: 'Proefinstituut',
    });
    expect(element.kennisbronnen).toHaveLength(3);
    const unassessed = records.find((record) => record.id === 'regie-op-maat')!.data;
    expect(unassessed.onderbouwing).toEqual({ niveau: 'niet-beoordeeld' });
    const example = records.find((record) => record.id === 'rustige-post')!.data;
    expect(example.doelgroepen).toEqual(['mensen-met-schulden', 'gezinnen']);
    expect((example.uitkomsten as unknown[]).length).toBe(2);
  });
});

describe('the gap map', () => {
  const frontmatter = (file: string) =>
    yaml.load(readFileSync(join(sites.fixture.content, file), 'utf8').split('---')[1]!) as Record<string, unknown>;
  const entries = globSync('{praktijkvoorbeelden,verslagen,programmas}/*.{md,mdx}', { cwd: sites.fixture.content }).map(
    frontmatter,
  );
  const elements = globSync('werkzame-elementen/*.{md,mdx}', { cwd: sites.fixture.content }).map((file) => ({
    id: file.replace(/^.*\/|\.mdx?$/g, ''),
    title: String(frontmatter(file).titel),
  }));
  const themes = globSync('themas/*.md', { cwd: sites.fixture.content }).map((file) => ({
    id: file.replace(/^.*\/|\.mdx?$/g, ''),
    title: String(frontmatter(file).titel),
  }));
  const $ = page('fixture', '/overzicht/');

  it('counts, per element and theme, exactly the fixture files that reference both', () => {
    const table = $('#tabel-per-thema').closest('table');
    const columns = table
      .find('thead th')
      .slice(1)
      .map((_, th) => $(th).text().trim())
      .get();
    const rows = table
      .find('tbody tr')
      .map((_, tr) => [
        [
          $(tr).find('th').text().trim(),
          $(tr)
            .find('td')
            .map((__, td) => Number.parseInt($(td).text(), 10))
            .get(),
        ],
      ])
      .get() as [string, number[]][];
    expect(rows.map(([title]) => title)).toEqual(
      elements.map((element) => element.title).sort((a, b) => a.localeCompare(b, 'nl')),
    );
    let nonZero = 0;
    for (const [title, counts] of rows) {
      const element = elements.find((e) => e.title === title)!;
      counts.forEach((count, c) => {
        const theme = themes.find((t) => t.title === columns[c])!;
        const expected = entries.filter(
          (data) =>
            ((data.werkzameElementen as string[] | undefined) ?? []).includes(element.id) &&
            (data.themas as string[]).includes(theme.id),
        ).length;
        expect(count, `${title} × ${theme.title}`).toBe(expected);
        if (expected > 0) nonZero++;
      });
    }
    expect(nonZero).toBeGreaterThan(1);
    expect(table.find('td.gap').length).toBeGreaterThan(0);
  });

  it('marks a gap in words, and links every other cell to the search with those filters', () => {
    expect(text($, 'td.gap')).toContain('0 (leemte)');
    const href = $('#tabel-per-thema').closest('table').find('td.count a').first().attr('href')!;
    const params = new URL(href, 'https://x.example').searchParams;
    expect(params.getAll('type')).toEqual(['Praktijkvoorbeeld', 'Verslag', 'Programma']);
    expect(params.get('element')).toBeTruthy();
    expect(params.get('thema')).toBeTruthy();
  });
});
