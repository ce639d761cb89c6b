/**
 * The island's workarounds for Pagefind's habits, against a fake Pagefind (tests/helpers/fake-pagefind.ts)
 * that has those habits: function words, the pages closest to a question, a way on when nothing is found,
 * entries before theme and organisation pages, the plural retry and the exact-word confirmation.
 */
import { describe, expect, it } from 'vitest';
import { fakePagefind, type FakePage } from '../../tests/helpers/fake-pagefind.ts';
import { firstAnswer, search } from './pagefind.ts';
import { parseSearchState } from './state.ts';

const pages: FakePage[] = [
  {
    url: '/werkzame-elementen/vaste-contactpersoon/',
    title: 'Vaste contactpersoon',
    text: 'Eén professional zodat inwoners niet opnieuw hun verhaal hoeven te doen en het overzicht blijft',
    filters: { type: ['Werkzaam element'] },
  },
  {
    url: '/werkzame-elementen/contact/',
    title: 'Contact',
    text: 'Eén contactpersoon en wat contact kost',
    filters: { type: ['Werkzaam element'] },
  },
  {
    url: '/werkzame-elementen/basishouding/',
    title: 'Mensgerichte basishouding',
    text: 'De inwoners als mens met een eigen verhaal voor de professional',
    filters: { type: ['Werkzaam element'] },
  },
  {
    url: '/themas/armoede-en-schulden/',
    title: 'Armoede en schulden',
    text: 'Armoede en schulden en financiële stress voor inwoners',
    filters: { type: ['Thema'] },
  },
  {
    url: '/praktijkvoorbeelden/stressbakje/',
    title: 'Het stressbakje',
    text: 'Inwoners met schulden en stress kregen rust; werken aan mantels',
    filters: { type: ['Praktijkvoorbeeld'] },
  },
  {
    url: '/organisaties/schouders-eronder/',
    title: 'Schouders Eronder',
    text: 'Programma voor schuldhulpverlening en schulden',
    filters: { type: ['Organisatie'] },
  },
];

/** What the search answers `query` with, over the test pages or another archive. */
const ask = (query: string, archive: FakePage[] = pages) =>
  search(fakePagefind(archive).api, parseSearchState(new URLSearchParams({ q: query })));
const urls = async (results: { data: () => Promise<{ url: string }> }[]) =>
  Promise.all(results.map(async (result) => (await result.data()).url));

describe('search against a fake Pagefind', () => {
  it('leaves function words out and, when no page holds every other word, gives the closest pages', async () => {
    const answer = await ask('hoe voorkom je dat inwoners steeds opnieuw hun verhaal moeten doen');
    expect(answer.terms).toBe('voorkom inwoners opnieuw verhaal');
    expect(answer.via).toBe('closest');
    expect(answer.missing).toEqual(['voorkom']);
    expect((await urls(answer.results))[0]).toBe('/werkzame-elementen/vaste-contactpersoon/');
    // "voor" is a function word: never the suggestion for "voorkom".
    expect(answer.suggestions).not.toContain('voor');
  });

  it('finds a question whose words one page holds, and when few do, the closest pages after them', async () => {
    const answer = await ask('wat doet een professional voor het overzicht');
    expect(answer.via).toBe('query');
    // One page holds both words; the page with "professional" alone follows it.
    expect(await urls(answer.results)).toEqual([
      '/werkzame-elementen/vaste-contactpersoon/',
      '/werkzame-elementen/basishouding/',
    ]);
    expect(answer.allWords).toBe(1);
  });

  it('adds no closest pages when enough pages hold every word', async () => {
    const entry = (url: string, text: string) => ({ url, title: url, text, filters: { type: ['Werkzaam element'] } });
    const answer = await ask('wijkteam inwoners', [
      entry('/a/', 'het wijkteam en de inwoners'),
      entry('/b/', 'inwoners vragen het wijkteam'),
      entry('/c/', 'wijkteam voor inwoners'),
      entry('/d/', 'alleen inwoners'),
    ]);
    expect(await urls(answer.results)).toEqual(['/a/', '/b/', '/c/']);
    expect(answer.allWords).toBeUndefined();
  });

  it('names the rarest word when several words are found, but not together', async () => {
    const answer = await ask('overzicht stress');
    expect(answer.via).toBe('closest');
    expect(answer.rarest).toBe('overzicht');
  });

  it("offers the archive's words that begin like a word that finds nothing at all", async () => {
    const answer = await ask('mantelzorg');
    expect(answer.results).toEqual([]);
    expect(answer.missing).toEqual(['mantelzorg']);
    expect(answer.suggestions).toEqual(['mantels']);
  });

  it('offers the theme and organisation pages whose title carries a word above the entries, the others after them', async () => {
    const answer = await ask('schulden');
    expect(await urls(answer.guides)).toEqual(['/themas/armoede-en-schulden/']);
    expect(await urls(answer.results)).toEqual([
      '/praktijkvoorbeelden/stressbakje/',
      '/organisaties/schouders-eronder/',
    ]);
  });

  it('offers matching theme and organisation pages above the entries when no title carries the words', async () => {
    const stress = await ask('stress');
    expect(await urls(stress.guides)).toEqual(['/themas/armoede-en-schulden/']);
  });

  it('offers no organisation above the entries that has only a longer word beginning like the query', async () => {
    const answer = await ask('overzicht', [
      ...pages,
      {
        url: '/organisaties/movisie/',
        title: 'Movisie',
        text: 'Maakt kennis overzichtelijk',
        filters: { type: ['Organisatie'] },
        score: 2,
      },
    ]);
    expect(answer.guides).toEqual([]);
    expect(await urls(answer.results)).toEqual(['/werkzame-elementen/vaste-contactpersoon/', '/organisaties/movisie/']);
  });

  it('keeps theme pages as results when the visitor filters on the kind of page', async () => {
    const fake = fakePagefind(pages);
    const state = parseSearchState(new URLSearchParams({ q: 'schulden', type: 'Thema' }));
    const answer = await search(fake.api, state);
    expect(await urls(answer.results)).toEqual(['/themas/armoede-en-schulden/']);
    expect(answer.guides).toEqual([]);
  });

  it('tries a singular as a plural when the stemmer gives them different stems', async () => {
    const answer = await ask('schuld');
    // Without the retry only "schuldhulpverlening" would match: the organisation page alone. (The theme, which
    // names debts in its title, is offered above; the organisation, which mentions them, follows the entries.)
    expect(await urls(answer.results)).toEqual([
      '/praktijkvoorbeelden/stressbakje/',
      '/organisaties/schouders-eronder/',
    ]);
  });

  it('corrects a typing slip to a word that only a shorter beginning finds', async () => {
    const answer = await ask('contactpersson');
    expect(answer.via).toBe('spelling');
    expect(answer.terms).toBe('contactpersoon');
    expect(await urls(answer.results)).toEqual(['/werkzame-elementen/contact/']);
  });

  it('drops what only the fallback to a shorter word found, and says the word is missing', async () => {
    const answer = await ask('werkdruk');
    expect(answer.results).toEqual([]);
    expect(answer.missing).toEqual(['werkdruk']);
  });

  it('tries a word that is not in the archive in its other forms, and searches the one that is', async () => {
    const fake = fakePagefind([
      ...pages,
      {
        url: '/werkzame-elementen/vraagverheldering/',
        title: 'Brede vraagverheldering',
        text: 'Het hele verhaal helpt voorkomen dat inwoners losse hulp krijgen',
        filters: { type: ['Werkzaam element'] },
      },
    ]);
    const answer = await search(fake.api, parseSearchState(new URLSearchParams({ q: 'voorkom' })));
    expect(answer.terms).toBe('voorkomen');
    expect(answer.via).toBe('query');
    expect(answer.missing).toEqual([]);
    expect(await urls(answer.results)).toEqual(['/werkzame-elementen/vraagverheldering/']);
    // Found only in another form, the word is not found as typed: the first results wait for the complete
    // search, which looks for the other form itself (it does not check the words again after first results).
    expect(await firstAnswer(fake.api, parseSearchState(new URLSearchParams({ q: 'voorkom' })))).toBeUndefined();
  });
});

describe('compounds in a query that few pages answer', () => {
  const report = {
    url: '/verslagen/sociaal-gezond/',
    title: 'Sociaal en gezond: wethouders',
    text: 'Hoe het sociaal domein en de gezondheidszorg samenwerken',
    parts: ['zorg'],
    filters: { type: ['Verslag'] },
  };
  const theme = {
    url: '/themas/sociaal-en-gezond/',
    title: 'Sociaal en gezond',
    text: 'Samenwerken van het sociaal domein met de zorg- en gezondheidssector',
    filters: { type: ['Thema'] },
  };
  const other = {
    url: '/werkzame-elementen/procesregie/',
    title: 'Procesregie',
    text: 'Het sociaal domein en een gezin met gezondheidsproblemen',
    filters: { type: ['Werkzaam element'] },
  };

  it('searches them again as their parts, after the pages that hold them whole', async () => {
    const answer = await ask('hoe werken het sociaal domein en de gezondheidszorg samen', [report, theme, other]);
    // The verb and its particle joined, the compound apart ("gezondheids" begins "gezondheidssector").
    expect(answer.terms).toBe('samenwerken sociaal domein gezondheids zorg');
    expect(await urls(answer.guides)).toEqual(['/themas/sociaal-en-gezond/']);
    // The report holds every word; the element only some, so it follows as one of the closest pages.
    expect(await urls(answer.results)).toEqual(['/verslagen/sociaal-gezond/', '/werkzame-elementen/procesregie/']);
    expect(answer.allWords).toBe(1);
  });

  it('leaves a compound whole when no page holding it carries a part of it', async () => {
    const answer = await ask('gezondheidszorg', [{ ...report, parts: [] }, theme, other]);
    expect(answer.terms).toBe('gezondheidszorg');
    expect(await urls(answer.results)).toEqual(['/verslagen/sociaal-gezond/']);
  });
});
