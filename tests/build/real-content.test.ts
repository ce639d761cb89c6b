/**
 * The real archive (content/), built by the global setup: the seed facts the project was founded on are
 * on its pages, every entry names its organisation and source, and no personal mailbox is published.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFacts, page, sites, text } from '../helpers/sites.ts';

const entryPages = globSync('{werkzame-elementen,praktijkvoorbeelden,verslagen,programmas}/*/index.html', {
  cwd: sites.real.dist,
});

describe('every real entry', () => {
  it('exists for each content file', () => {
    const files = globSync('{werkzame-elementen,praktijkvoorbeelden,verslagen,programmas}/*.{md,mdx}', {
      cwd: sites.real.content,
    });
    expect(entryPages.length).toBe(files.length);
    expect(entryPages.length).toBeGreaterThanOrEqual(17);
  });

  it('links its organisation and at least one external source', () => {
    for (const file of entryPages) {
      const $ = page('real', `/${file.replace(/index\.html$/, '')}`);
      expect($('.key-facts a[href^="/organisaties/"]').length, file).toBeGreaterThan(0);
      expect($('#bronnen + ol a[href^="https://"]').length, file).toBeGreaterThan(0);
    }
  });
});

describe('the seed facts', () => {
  it('K2 training: four modules of two days in Utrecht, with their dates and trainer', () => {
    const $ = page('real', '/programmas/van-praktijk-naar-beleid/');
    expect($('#programma ~ ol > li')).toHaveLength(4);
    const schedule = text($, '#programma ~ ol');
    for (const day of [
      'ma 14 oktober 2024',
      'di 15 oktober 2024',
      'ma 9 december 2024',
      'di 10 december 2024',
      'ma 3 maart 2025',
      'di 4 maart 2025',
      'do 8 mei 2025',
      'vr 9 mei 2025',
    ]) {
      expect(schedule).toContain(day);
    }
    expect(keyFacts($)).toMatchObject({
      Soort: 'Opleiding',
      Plaats: 'Utrecht',
      Aanbieder: 'K2, Platform Sociaal Domein',
    });
    expect(text($, '#begeleiders + ul')).toContain('Anne Czyzewski');
  });

  it('K2 practice example: the stressbakje in four neighbourhoods over half a year', () => {
    const $ = page('real', '/praktijkvoorbeelden/stressbakje/');
    expect(keyFacts($).Periode).toContain('een half jaar');
    expect(keyFacts($).Regio).toBeUndefined();
    expect(keyFacts($)['Over de plek']).toMatch(/vier wijken; de bron noemt de gemeente en de provincie niet/i);
    expect(text($, 'main')).toContain('Participatiewet');
    expect($('.key-facts a[href="/werkzame-elementen/praktijkbeleid/"]')).toHaveLength(1);
  });

  it('the six working elements Movisie names, plus praktijkbeleid', () => {
    for (const id of [
      'brede-vraagverheldering',
      'vaste-contactpersoon',
      'eigen-regie-en-regiehulp',
      'procesregie',
      'mensgerichte-basishouding',
      'langduriger-beschikken',
      'praktijkbeleid',
    ]) {
      const $ = page('real', `/werkzame-elementen/${id}/`);
      expect($('#voorwaarden + ul li').length, id).toBeGreaterThan(0);
    }
  });

  it('Movisie/IWW learning practices: free, about four hours a week, on the six elements', () => {
    const $ = page('real', '/programmas/lerende-praktijken-toegang/');
    expect(keyFacts($)).toMatchObject({ Soort: 'Lerende praktijk', Kosten: 'Kosteloos' });
    expect(keyFacts($).Tijdsinvestering).toContain('vier uur per week');
    expect($('.key-facts a[href^="/werkzame-elementen/"]')).toHaveLength(6);
  });

  it('Schouders Eronder: werkplaatsen for two municipalities per theme, leernetwerken for seven to ten', () => {
    const werkplaatsen = page('real', '/programmas/schouders-eronder-werkplaatsen/');
    expect(keyFacts(werkplaatsen).Deelname).toContain('twee gemeenten');
    const leernetwerken = page('real', '/programmas/schouders-eronder-leernetwerken/');
    expect(keyFacts(leernetwerken).Deelname).toContain('zeven tot tien gemeenten');
    for (const $ of [werkplaatsen, leernetwerken]) {
      expect(text($, 'main')).toContain('Arbeidstoeleiding en schulden');
      expect(text($, 'main')).toContain('Zelfstandigen met schulden');
      expect($('a[href="mailto:lerendepraktijk@schouderseronder.nl"]')).toHaveLength(1);
    }
  });

  it('Kennisplatform Noord-Holland: the congress, the lectures and three theme meetings with their figures', () => {
    expect(keyFacts(page('real', '/verslagen/congres-heeft-de-burger-zin/'))).toMatchObject({
      Soort: 'Congres',
      Wanneer: 'januari 2017',
      Deelnemers: '300',
      Waardering: '7,8 (op een schaal van 10)',
    });
    expect(keyFacts(page('real', '/verslagen/actualiteitencolleges-eerste-halfjaar-2017/'))).toMatchObject({
      Soort: 'Actualiteitencollege',
      'Aantal bijeenkomsten': '3',
      Deelnemers: '25 tot 60',
      Waardering: '6,6 tot 7,8 (op een schaal van 10)',
    });
    const meetings = page('real', '/verslagen/')('a[href^="/verslagen/themabijeenkomst-"]');
    expect(meetings).toHaveLength(3);
  });
});

describe('privacy', () => {
  it('publishes no personal email address from the sources', () => {
    const html = globSync('**/*.html', { cwd: sites.real.dist })
      .map((file) => readFileSync(join(sites.real.dist, file), 'utf8'))
      .join('\n');
    expect(html).not.toMatch(/vanxanten|kooiman@/i);
    // Every address a link opens (the editors' guide names the scheme itself, as text).
    const addresses = new Set(html.match(/mailto:[^"<\s]+@[^"<\s]+/g));
    expect([...addresses]).toEqual(['mailto:lerendepraktijk@schouderseronder.nl']);
  });
});
