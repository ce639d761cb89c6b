/**
 * Faceted search on the fixture site, in a real browser. Expected counts and results come from the
 * fixture's own files, not from constants.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectionInfo, entryCollections } from '../../src/schemas/collections.ts';
import { vocabularies } from '../../src/schemas/vocabularies.ts';
import { usePage } from '../helpers/browser.ts';
import { sites } from '../helpers/sites.ts';

interface FixtureEntry {
  folder: string;
  id: string;
  title: string;
  themes: string[];
  elements: string[];
  targetGroups: string[];
}

const fixture: FixtureEntry[] = globSync('*/*.{md,mdx}', { cwd: sites.fixture.content }).map((file) => {
  const data = yaml.load(readFileSync(join(sites.fixture.content, file), 'utf8').split('---')[1]!) as Record<
    string,
    unknown
  >;
  return {
    folder: file.split('/')[0]!,
    id: file.replace(/^.*\/|\.mdx?$/g, ''),
    title: String(data.titel ?? data.naam),
    themes: (data.themas as string[]) ?? [],
    elements: (data.werkzameElementen as string[]) ?? [],
    targetGroups: (data.doelgroepen as string[]) ?? [],
  };
});
const typeOf = (folder: string) =>
  ({ themas: 'Thema', organisaties: 'Organisatie' })[folder] ??
  collectionInfo[entryCollections.find((c) => collectionInfo[c].folder === folder)!].singular;

const site = usePage(sites.fixture.dist);

const titles = (page: Page) => page.locator('[data-search-results] .result-title').allInnerTexts();
const status = (page: Page) => page.locator('[data-search-status]').innerText();
/** The "Soort" facet's labels and counts, as shown. */
const facetCounts = async (page: Page, legend: string) =>
  Object.fromEntries(
    (
      await page
        .locator('fieldset')
        .filter({ has: page.locator('legend', { hasText: new RegExp(`^${legend}$`) }) })
        .locator('label')
        .allInnerTexts()
    ).map((label) => {
      // Counts follow the results; until they are in, a label has none (NaN: a poll keeps waiting).
      const [, value = label.trim(), count = NaN] = /^(.*) \((\d+)\)$/.exec(label.trim()) ?? [];
      return [value, Number(count)];
    }),
  );

describe('facets', () => {
  it('count every entry of the archive by type before anything is chosen', async () => {
    await site.page.goto(`${site.url}/zoeken/`);
    await site.page.locator('[data-search-facets]').waitFor();
    const expected: Record<string, number> = {};
    for (const entry of fixture) expected[typeOf(entry.folder)] = (expected[typeOf(entry.folder)] ?? 0) + 1;
    await expect.poll(() => facetCounts(site.page, 'Soort')).toEqual(expected);
  });

  it('narrow to exactly the entries with a theme, and count the types among them', async () => {
    await site.page.goto(`${site.url}/zoeken/`);
    await site.page.getByRole('checkbox', { name: /^Geldzorgen/ }).check();
    const tagged = fixture.filter((entry) => entry.themes.includes('geldzorgen'));
    await expect.poll(async () => (await titles(site.page)).sort()).toEqual(tagged.map((entry) => entry.title).sort());
    expect(new URL(site.page.url()).search).toBe('?thema=Geldzorgen');
    // Other themes stay choosable: their counts are what choosing them would add.
    await expect
      .poll(async () => (await facetCounts(site.page, 'Thema')).Wijkteams)
      .toBe(fixture.filter((e) => e.themes.includes('wijkteams')).length);
  });

  it('show 0 for values the current words do not reach, and widen within a facet', async () => {
    await site.page.goto(`${site.url}/zoeken/?q=ankerpersoon`);
    await expect.poll(() => titles(site.page)).toContain('Vaste ankerpersoon');
    await expect.poll(async () => (await facetCounts(site.page, 'Soort')).Programma).toBe(0);
    expect((await facetCounts(site.page, 'Soort'))['Werkzaam element']).toBeGreaterThan(0);
    await site.page.goto(`${site.url}/zoeken/?type=Verslag&type=Programma`);
    await expect
      .poll(async () => (await titles(site.page)).sort())
      .toEqual(['Proefcongres over wijkteams', 'Proefleergang regie']);
  });

  it('browse without words, newest first', async () => {
    await site.page.goto(`${site.url}/zoeken/?type=Werkzaam+element`);
    await expect.poll(() => titles(site.page)).toEqual(['Regie op maat', 'Vaste ankerpersoon']);
    await site.page.selectOption('#sortering', 'oudste');
    await expect.poll(() => titles(site.page)).toEqual(['Vaste ankerpersoon', 'Regie op maat']);
  });
});

describe('the URL', () => {
  it('keeps the search through reload, back and forward', async () => {
    await site.page.goto(`${site.url}/zoeken/?q=wijkteams`);
    await expect.poll(async () => (await titles(site.page)).length).toBeGreaterThan(1);
    const all = await titles(site.page);
    await site.page.getByRole('checkbox', { name: /^Verslag/ }).check();
    await expect.poll(() => titles(site.page)).toEqual(['Proefcongres over wijkteams']);
    expect(new URL(site.page.url()).search).toBe('?q=wijkteams&type=Verslag');

    await site.page.reload();
    await expect.poll(() => titles(site.page)).toEqual(['Proefcongres over wijkteams']);
    expect(await site.page.getByRole('checkbox', { name: /^Verslag/ }).isChecked()).toBe(true);
    expect(await site.page.locator('#zoekterm').inputValue()).toBe('wijkteams');

    await site.page.goBack();
    await expect.poll(() => titles(site.page)).toEqual(all);
    expect(await site.page.getByRole('checkbox', { name: /^Verslag/ }).isChecked()).toBe(false);
    await site.page.goForward();
    await expect.poll(() => titles(site.page)).toEqual(['Proefcongres over wijkteams']);
  });
});

describe('on the real archive', () => {
  // The fixture archive is smaller than one page of results; the real archive is not.
  const real = usePage(sites.real.dist);

  it('finds words with a diaeresis when typed without it', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=financiele`);
    await expect
      .poll(() => real.page.locator('[data-search-results] .result-excerpt mark').allInnerTexts())
      .toContain('financiële');
  });

  it('show ten results, then ten more on request, with focus on the first new one', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=de`);
    await expect.poll(async () => (await titles(real.page)).length).toBe(10);
    const total = Number(/^(\d+) resultaten/.exec(await status(real.page))?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await status(real.page)).toContain('de eerste 10 staan hieronder');
    await real.page.getByRole('button', { name: 'Meer resultaten tonen' }).click();
    await expect.poll(async () => (await titles(real.page)).length).toBe(Math.min(total, 20));
    const eleventh = real.page.locator('[data-search-results] > li:nth-child(11) a').first();
    expect(await eleventh.evaluate((link) => link === document.activeElement)).toBe(true);
  });
});

describe('on a phone (390 × 844)', () => {
  const real = usePage(sites.real.dist);

  it('shows the first result without scrolling, the filters folded behind one control', async () => {
    await real.page.setViewportSize({ width: 390, height: 844 });
    await real.page.goto(`${real.url}/zoeken/?q=schulden`);
    const first = real.page.locator('[data-search-results] > li').first();
    await first.waitFor();
    await real.page.locator('[data-search-facets]').waitFor();
    expect(await real.page.evaluate(() => window.scrollY)).toBe(0);
    expect((await first.boundingBox())!.y).toBeLessThan(844);
    expect(await real.page.getByRole('checkbox').first().isVisible()).toBe(false);
  });

  it('opens the filters from the keyboard, counts the active ones, and shows long facets in full on request', async () => {
    await real.page.setViewportSize({ width: 390, height: 844 });
    await real.page.goto(`${real.url}/zoeken/?q=schulden&thema=Armoede+en+schulden`);
    await real.page.locator('[data-search-results] > li').first().waitFor();
    const summary = real.page.locator('[data-facet-summary]');
    await expect.poll(() => summary.innerText()).toContain('Filters (1 actief)');
    // The panel shows once the facets are in; until then there is nothing to open.
    await summary.waitFor({ state: 'visible' });
    await summary.focus();
    await real.page.keyboard.press('Enter');
    const themes = real.page.locator('fieldset', { has: real.page.locator('legend', { hasText: /^Thema$/ }) });
    expect(await themes.getByRole('checkbox', { name: /^Armoede en schulden/ }).isChecked()).toBe(true);
    // The whole archive has more themes than the preview shows; those without results wait behind the button.
    const all = await themes.locator('.option').count();
    await expect.poll(() => themes.locator('.option:visible').count()).toBeLessThan(all);
    const more = themes.getByRole('button', { name: `toon alle (${all})` });
    await more.focus();
    await real.page.keyboard.press('Enter');
    await expect.poll(() => themes.locator('.option:visible').count()).toBe(all);
    expect(await themes.getByRole('button', { name: 'toon minder' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps the filters beside the results on a wide screen', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=schulden`);
    await real.page.locator('[data-search-facets]').waitFor();
    await expect.poll(() => real.page.getByRole('checkbox').first().isVisible()).toBe(true);
    expect(await real.page.locator('[data-facet-summary]').isVisible()).toBe(false);
  });
});

describe('words that are not in the archive', () => {
  const real = usePage(sites.real.dist);

  // "werkdruk" once found 22 of 32 pages through Pagefind's fallback to "werk" (src/search/terms.ts).
  it('say so, with words and themes that are there', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=werkdruk`);
    await expect.poll(() => status(real.page)).toBe('Geen resultaten voor "werkdruk".');
    expect(await titles(real.page)).toEqual([]);
    const suggestions = real.page.locator('[data-search-suggestions]');
    expect(await suggestions.innerText()).toContain('"werkdruk" komt in het archief niet voor.');
    expect(await suggestions.getByRole('link', { name: 'werken', exact: true }).getAttribute('href')).toBe(
      '/zoeken/?q=werken',
    );
    await expect.poll(() => suggestions.getByRole('link', { name: 'Armoede en schulden' }).count()).toBe(1);
  });

  it('still find other forms, longer words and words typed without diacritics', async () => {
    for (const [query, word] of [
      ['schuld', 'schulden'],
      ['schuldhulp', 'schuldhulpverlening'],
      ['financiele', 'financiële'],
    ] as const) {
      await real.page.goto(`${real.url}/zoeken/?q=${query}`);
      await expect
        .poll(
          async () =>
            (await real.page.locator('[data-search-results] mark').allInnerTexts()).map((m) => m.toLowerCase()),
          {
            message: query,
          },
        )
        .toContain(word);
      expect(await real.page.locator('[data-search-suggestions]').isVisible()).toBe(false);
    }
  });

  it('write out an abbreviation the archive does not use', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=shv`);
    await expect
      .poll(() => status(real.page))
      .toMatch(/resultaten? voor "schuldhulpverlening" \(uitgeschreven "shv"\)/);
  });
});

describe('no results', () => {
  it('says so, shows the filters with a way to drop each, and suggests the collections', async () => {
    await site.page.goto(`${site.url}/zoeken/?q=ankerpersoon&type=Programma`);
    await expect.poll(() => status(site.page)).toBe('Geen resultaten voor "ankerpersoon" met de gekozen filters.');
    expect(await site.page.locator('[data-search-empty] a').count()).toBeGreaterThan(3);
    await site.page.getByRole('button', { name: 'Soort: Programma (filter verwijderen)' }).click();
    await expect.poll(() => titles(site.page)).toContain('Vaste ankerpersoon');
    expect(new URL(site.page.url()).search).toBe('?q=ankerpersoon');
  });
});

describe('hidden controls', () => {
  it('hide "Meer resultaten tonen" when every result is on screen and when there are none', async () => {
    const more = site.page.getByRole('button', { name: 'Meer resultaten tonen' });
    await site.page.goto(`${site.url}/zoeken/?q=ankerpersoon`);
    await expect.poll(() => titles(site.page)).toContain('Vaste ankerpersoon');
    expect(await more.isVisible()).toBe(false);
    await site.page.goto(`${site.url}/zoeken/?q=ankerpersoon&type=Programma`);
    await expect.poll(() => status(site.page)).toMatch(/^Geen resultaten/);
    expect(await more.isVisible()).toBe(false);
    expect(await site.page.locator('[data-search-empty]').isVisible()).toBe(true);
  });
});

describe('a fast first result', () => {
  it('starts loading Pagefind with the page, not after the island has run', async () => {
    await site.page.goto(`${site.url}/zoeken/?q=ankerpersoon`);
    await expect.poll(() => titles(site.page)).toContain('Vaste ankerpersoon');
    const start = (pattern: RegExp) =>
      site.page.evaluate(
        (source) =>
          performance.getEntriesByType('resource').find((entry) => new RegExp(source).test(entry.name))?.startTime,
        pattern.source,
      );
    const pagefind = await start(/\/pagefind\/pagefind\.js$/);
    const island = await start(/\/_astro\/Search\.astro.*\.js$/);
    expect(pagefind).toBeDefined();
    expect(island).toBeDefined();
    expect(pagefind!).toBeLessThanOrEqual(island!);
  });
});

describe('the "/" shortcut', () => {
  it('brings focus back to the search box on the search page', async () => {
    await site.page.goto(`${site.url}/zoeken/?q=ankerpersoon`);
    await expect.poll(() => titles(site.page)).toContain('Vaste ankerpersoon');
    await site.page.locator('[data-search-results] a').first().focus();
    await site.page.keyboard.press('/');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('zoekterm');
    expect(await site.page.locator('#zoekterm').inputValue()).toBe('ankerpersoon');
  });
});

describe('the gap map', () => {
  it('opens, from every cell with a count, a search listing exactly the entries counted', async () => {
    await site.page.goto(`${site.url}/overzicht/`);
    const cells = await site.page
      .locator('td.count a')
      .evaluateAll((links) =>
        links.map((link) => ({ href: link.getAttribute('href')!, count: Number.parseInt(link.textContent!, 10) })),
      );
    expect(cells.length).toBeGreaterThan(2);
    const idOf = (folder: string, title: string) =>
      fixture.find((entry) => entry.folder === folder && entry.title === title)!.id;
    const targetGroupOf = (label: string) =>
      Object.entries(vocabularies.doelgroepen).find(([, name]) => name === label)![0];
    for (const cell of cells) {
      const params = new URL(cell.href, site.url).searchParams;
      const element = idOf('werkzame-elementen', params.get('element')!);
      const theme = params.get('thema');
      const targetGroup = params.get('doelgroep');
      const expected = fixture
        .filter((entry) => ['praktijkvoorbeelden', 'verslagen', 'programmas'].includes(entry.folder))
        .filter((entry) => params.getAll('type').includes(typeOf(entry.folder)))
        .filter((entry) => entry.elements.includes(element))
        .filter((entry) => !theme || entry.themes.includes(idOf('themas', theme)))
        .filter((entry) => !targetGroup || entry.targetGroups.includes(targetGroupOf(targetGroup)))
        .map((entry) => entry.title)
        .sort();
      expect(expected, cell.href).toHaveLength(cell.count);
      await site.page.goto(new URL(cell.href, site.url).href);
      await expect.poll(async () => (await titles(site.page)).sort(), { message: cell.href }).toEqual(expected);
    }
  });
});

describe('searching as visitors search (real archive)', () => {
  const real = usePage(sites.real.dist);

  it('answers a question by its telling words, with the closest pages under an honest line', async () => {
    await real.page.goto(
      `${real.url}/zoeken/?q=${encodeURIComponent('hoe voorkom je dat inwoners steeds opnieuw hun verhaal moeten doen')}`,
    );
    await expect.poll(() => status(real.page)).toMatch(/^Geen pagina bevat alle woorden; dit komt het dichtst bij/);
    expect((await titles(real.page))[0]).toBe('Vaste contactpersoon');
    const suggestions = real.page.locator('[data-search-suggestions]');
    // "voorkom" is not in the archive, "voorkomen" is: searched as that, not called missing.
    expect(await suggestions.innerText()).not.toContain('komt in het archief niet voor');
    expect(await suggestions.innerText()).toContain('Of zoek zonder "voorkomen"');
    expect(await suggestions.getByRole('link', { name: 'voor', exact: true }).count()).toBe(0);
  });

  it('follows the few pages that hold every word with the closest ones, and says so', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=${encodeURIComponent('welke opleiding is er voor beleidsmakers')}`);
    await expect
      .poll(() => status(real.page))
      .toMatch(
        /^\d+ resultaten voor "welke opleiding is er voor beleidsmakers": 2 met alle woorden, daarna wat het dichtst bij komt\.$/,
      );
    expect((await titles(real.page)).slice(0, 3)).toEqual([
      'Opleiding "Van praktijk naar beleid"',
      'Praktijkbeleid',
      'K2',
    ]);
  });

  it('finds a compound that the pages write apart, and a question verb with its particle', async () => {
    await real.page.goto(
      `${real.url}/zoeken/?q=${encodeURIComponent('hoe werken het sociaal domein en de gezondheidszorg samen')}`,
    );
    const guides = real.page.locator('[data-search-guides]');
    await expect.poll(() => guides.getByRole('link').allInnerTexts()).toEqual(['Thema: Sociaal en gezond →']);
  });

  it('offers a way on when a word finds nothing at all', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=mantelzorg`);
    await expect.poll(() => status(real.page)).toBe('Geen resultaten voor "mantelzorg".');
    const suggestions = real.page.locator('[data-search-suggestions]');
    await expect.poll(() => suggestions.isVisible()).toBe(true);
    expect(await suggestions.innerText()).toContain('"mantelzorg" komt in het archief niet voor.');
    await expect.poll(() => suggestions.getByRole('link', { name: 'Armoede en schulden' }).count()).toBe(1);
  });

  it('ranks entries first, offers the theme that names the word above them and pages that mention it after them', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=schulden`);
    const guides = real.page.locator('[data-search-guides]');
    await expect.poll(() => guides.getByRole('link').allInnerTexts()).toContain('Thema: Armoede en schulden →');
    expect(await guides.getByRole('link', { name: /^Thema: Armoede en schulden/ }).getAttribute('href')).toBe(
      '/themas/armoede-en-schulden/',
    );
    const results = await real.page
      .locator('[data-search-results] .result-title a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const guide = (path: string) => /^\/(themas|organisaties)\//.test(path);
    expect(results).not.toContain('/themas/armoede-en-schulden/');
    // Schouders Eronder mentions debts but does not name them: it follows every entry.
    expect(results).toContain('/organisaties/schouders-eronder/');
    expect(results.slice(results.findIndex(guide)).every(guide)).toBe(true);
    expect(results.slice(0, 3)).toContain('/praktijkvoorbeelden/stressbakje/');
  });

  it('shows excerpts from the text, not from the page furniture (type, date, breadcrumbs)', async () => {
    for (const query of ['schulden', 'werkplaatsen', 'armoede']) {
      await real.page.goto(`${real.url}/zoeken/?q=${query}`);
      const excerpts = real.page.locator('[data-search-results] .result-excerpt');
      await expect.poll(() => excerpts.count(), { message: query }).toBeGreaterThan(0);
      for (const excerpt of await excerpts.allInnerTexts())
        expect(excerpt, query).not.toMatch(
          /^(…\s*)?(Thema|Organisatie|Programma|Verslag|Praktijkvoorbeeld|Werkzaam element|Home)\b|(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\./,
        );
    }
  });
});

describe('phone and keyboard (real archive)', () => {
  const real = usePage(sites.real.dist);
  const focused = () => real.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));

  it('has one search box on the search page', async () => {
    await real.page.goto(`${real.url}/zoeken/`);
    expect(await real.page.locator('input[name="q"]').count()).toBe(1);
    await real.page.goto(`${real.url}/themas/`);
    expect(await real.page.locator('input[name="q"]').count()).toBe(1);
  });

  it('closes the filter panel on a phone with "Toon n resultaten" and moves focus to the results', async () => {
    await real.page.setViewportSize({ width: 390, height: 844 });
    await real.page.goto(`${real.url}/zoeken/?q=schulden`);
    await real.page.locator('[data-facet-summary]').waitFor({ state: 'visible' });
    await real.page.locator('[data-facet-summary]').click();
    await expect.poll(async () => (await facetCounts(real.page, 'Soort')).Programma).toBeGreaterThan(1);
    const programmes = (await facetCounts(real.page, 'Soort')).Programma!;
    await real.page.getByRole('checkbox', { name: /^Programma/ }).check();
    await expect.poll(() => status(real.page)).toMatch(new RegExp(`^${programmes} resultaten`));
    const show = real.page.getByRole('button', { name: `Toon ${programmes} resultaten` });
    await show.click();
    expect(await real.page.locator('[data-facet-toggle]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await real.page.evaluate(() => document.activeElement?.id)).toBe('gevonden');
    const first = await real.page.locator('[data-search-results] > li').first().boundingBox();
    expect(first!.y).toBeGreaterThanOrEqual(0);
    expect(first!.y).toBeLessThan(844);
    // On a wide screen the panel stands beside the results: no such button.
    await real.page.setViewportSize({ width: 1280, height: 900 });
    expect(await show.isVisible()).toBe(false);
  });

  it('hides filter groups without results and lets no value with 0 results be ticked', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=schulden`);
    await expect.poll(() => facetCounts(real.page, 'Soort').then((c) => c.Programma)).toBeGreaterThan(0);
    for (const fieldset of await real.page.locator('fieldset[data-facet]:visible').all()) {
      const labels = await fieldset.locator('.option:visible label').allInnerTexts();
      expect(
        labels.some((label) => !/\(0\)$/.test(label.trim())),
        labels.join('; '),
      ).toBe(true);
    }
    const zero = real.page.locator('.option', { hasText: /\(0\)$/ }).locator('input');
    expect(await zero.count()).toBeGreaterThan(0);
    for (const box of await zero.all()) expect(await box.isDisabled()).toBe(true);
    // No group that offers only "toon alle": each shown group shows a value.
    for (const fieldset of await real.page.locator('fieldset[data-facet]:visible').all())
      expect(await fieldset.locator('.option:visible').count()).toBeGreaterThan(0);
    await real.page.goto(`${real.url}/zoeken/?q=stressbakje`);
    await expect.poll(() => facetCounts(real.page, 'Soort').then((c) => c.Praktijkvoorbeeld)).toBe(1);
    // The programme facets count nothing for a practice example: their groups are gone.
    expect(await real.page.locator('fieldset[data-facet="programma"]').isVisible()).toBe(false);
  });

  it('reaches the first result from the search box in three Tab presses through "Naar de resultaten"', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=schulden`);
    await real.page.locator('[data-search-results] > li').first().waitFor();
    await real.page.locator('#zoekterm').focus();
    await real.page.keyboard.press('Tab'); // the "Zoeken" button
    await real.page.keyboard.press('Tab');
    const skip = real.page.getByRole('link', { name: 'Naar de resultaten' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await real.page.keyboard.press('Enter');
    await real.page.keyboard.press('Tab');
    const first = real.page.locator('[data-search-guides] a, [data-search-results] a').first();
    expect(await first.evaluate((link) => link === document.activeElement), await focused()).toBe(true);
  });

  it('sorts on an explicit choice, not while the arrow keys move through the menu', async () => {
    await real.page.goto(`${real.url}/zoeken/?q=schulden`);
    await real.page.locator('[data-search-results] > li').first().waitFor();
    const before = await titles(real.page);
    await real.page.locator('#sortering').focus();
    await real.page.keyboard.press('ArrowDown');
    await real.page.waitForTimeout(500);
    expect(new URL(real.page.url()).search).toBe('?q=schulden');
    expect(await titles(real.page)).toEqual(before);
    await real.page.keyboard.press('Enter');
    await expect.poll(() => new URL(real.page.url()).search).toBe('?q=schulden&sortering=nieuwste');
  });
});
