/**
 * Reading an entry end to end on the built sites: each type tells its story once, in the order a reader
 * needs it; every date says what it is and every list sorts by the date it names; a section with nothing
 * to show says what is missing and how to add it.
 */
import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/sites.ts';

const sectionIds = (path: string, site: 'fixture' | 'real' = 'fixture') => {
  const $ = page(site, path);
  return $('article h2[id]')
    .map((_, h2) => $(h2).attr('id'))
    .get()
    .filter((id) => id !== 'op-deze-pagina');
};

describe('one story once', () => {
  it('a working element: what it is, why it works, what it asks, conditions, evidence, where applied, sources', () => {
    expect(sectionIds('/werkzame-elementen/vaste-ankerpersoon/')).toEqual([
      'wat-het-is',
      'waarom',
      'vraagt',
      'voorwaarden',
      'elders-toepassen',
      'onderbouwing',
      'open-vragen',
      'groep-practiceExamples',
      'bronnen',
      'paginageschiedenis',
      'citeren',
    ]);
  });

  it('a practice example: situation, problem, approach, result, outcomes, lessons, conditions, evidence, sources', () => {
    expect(sectionIds('/praktijkvoorbeelden/rustige-post/')).toEqual([
      'achtergrond',
      'het-probleem',
      'de-aanpak',
      'het-resultaat',
      'uitkomsten',
      'lessen',
      'voorwaarden',
      'elders-toepassen',
      'onderbouwing',
      'open-vragen',
      'bronnen',
      'paginageschiedenis',
      'citeren',
    ]);
  });

  it('the real practice example tells its problem in paragraphs and its lessons as a list, without retelling them', () => {
    const $ = page('real', '/praktijkvoorbeelden/stressbakje/');
    expect($('#het-probleem').nextUntil('h2', 'p')).toHaveLength(2);
    expect($('#lessen + ul li')).toHaveLength(1);
    const headings = $('.prose.body h2')
      .map((_, h2) => $(h2).text())
      .get();
    expect(headings).toEqual(['Hoe het voorbeeld ontstond']);
  });
});

describe('dates that say what they are', () => {
  const cardDates = (path: string, list: string) => {
    const $ = page('fixture', path);
    return $(`${list} .card`)
      .map((_, card) => ({
        title: $(card).find('.title').text().trim(),
        date: $(card).find('.meta time').text().trim(),
        iso: $(card).find('.meta time').attr('datetime'),
      }))
      .get();
  };

  it('"Nieuw in het archief" names the day each entry was added, newest first', () => {
    const cards = cardDates('/', '#nieuw ~ .entry-list');
    expect(cards.length).toBeGreaterThan(2);
    for (const card of cards) expect(card.date).toMatch(/^toegevoegd \d{1,2} \w+ \d{4}$/);
    const days = cards.map((card) => card.iso!);
    expect(days).toEqual(days.toSorted().reverse());
  });

  it('a list of reports names the meeting date and sorts by it', () => {
    const cards = cardDates('/verslagen/', 'main');
    expect(cards.map((card) => card.date)).toEqual(['bijeenkomst 5 november 2024']);
    expect(text(page('fixture', '/verslagen/'), 'main p:has(+ .entry-list)')).toContain(
      'op de datum van de bijeenkomst, nieuwste eerst',
    );
  });

  it('practice examples and programmes name their start; the entry page names its date too', () => {
    expect(cardDates('/praktijkvoorbeelden/', 'main')[0]!.date).toBe('start januari 2025');
    expect(cardDates('/programmas/', 'main')[0]!.date).toMatch(/^start /);
    expect(text(page('fixture', '/werkzame-elementen/vaste-ankerpersoon/'), '.entry .meta time')).toMatch(
      /^toegevoegd /,
    );
  });
});

describe('empty sections say so', () => {
  it('a practice example without lessons says none are recorded and links to the editors guide', () => {
    const $ = page('fixture', '/praktijkvoorbeelden/rustige-post/');
    expect(text($, '#lessen + .missing')).toContain('Er zijn nog geen lessen uit dit voorbeeld vastgelegd.');
    expect($('#lessen + .missing a').attr('href')).toBe('/bijdragen/');
  });
});
