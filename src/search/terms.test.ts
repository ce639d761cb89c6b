import { describe, expect, it } from 'vitest';
import {
  closeWords,
  closestResults,
  foldWord,
  inflections,
  joinParticle,
  onlyLongerWords,
  queryWords,
  searchTerms,
  withoutFunctionWords,
  spellingCorrection,
  splitCompounds,
  wordsAt,
  wordsToConfirm,
} from './terms.ts';

describe('foldWord', () => {
  it('folds case, diacritics and punctuation the way Pagefind compares words', () => {
    expect(foldWord('Financiële')).toBe('financiele');
    expect(foldWord('(werken),')).toBe('werken');
    expect(foldWord('…')).toBe('');
  });
});

describe('queryWords', () => {
  it('splits on whitespace, folds and drops repeats', () => {
    expect(queryWords('  Schuld  schuld Wmo ')).toEqual(['schuld', 'wmo']);
  });
});

describe('wordsAt', () => {
  it('reads the words at Pagefind word positions', () => {
    expect(wordsAt('Wij werken  hier\nmet Financiële zorgen.', [1, 4, 9])).toEqual(['werken', 'financiele']);
  });
});

describe('wordsToConfirm', () => {
  it('accepts the word itself, a longer word it begins and a folded match', () => {
    expect(wordsToConfirm('schuld', ['schulden', 'schuld'])).toEqual([]);
    expect(wordsToConfirm('schuldhulp', ['schuldhulpverlening'])).toEqual([]);
    expect(wordsToConfirm('financiele', ['financiele'])).toEqual([]);
  });

  it('asks to confirm a word matched only through a shorter word or another form', () => {
    expect(wordsToConfirm('werkdruk', ['werken', 'werkt', 'werk'])).toEqual(['werkdruk']);
    expect(wordsToConfirm('woningen', ['woning'])).toEqual(['woningen']);
    expect(wordsToConfirm('werkdruk jongeren', ['werken', 'jongeren'])).toEqual(['werkdruk']);
  });
});

describe('closeWords', () => {
  it('never suggests a function word ("voorkom" is not "voor")', () => {
    expect(closeWords('voorkom', ['voor', 'voor', 'voorkomen'])).toEqual(['voorkomen']);
  });
  it('suggests the matched words that begin like the missing one, closest first', () => {
    expect(closeWords('werkdruk', ['werken', 'werkt', 'werken', 'wijk', 'werk', 'de'])).toEqual([
      'werken',
      'werk',
      'werkt',
    ]);
    expect(closeWords('schuldhulpverleneng', ['schuldhulpverlening', 'schulden'])).toEqual([
      'schuldhulpverlening',
      'schulden',
    ]);
    expect(closeWords('shv', ['samen', 'sociaal'])).toEqual([]);
  });
});

describe('spellingCorrection', () => {
  it('corrects a typing slip to a word of the archive', () => {
    expect(spellingCorrection('stresbakje', ['stresbakje'], ['stress', 'stressbakje'])).toBe('stressbakje');
    expect(spellingCorrection('Procesregi gemeente', ['procesregi'], ['procesregie'])).toBe('procesregie gemeente');
  });

  it('leaves other words and short words alone', () => {
    expect(spellingCorrection('werkdruk', ['werkdruk'], ['werken', 'werkt', 'werk'])).toBeUndefined();
    expect(spellingCorrection('wnoen', ['wnoen'], ['wonen'])).toBeUndefined();
    expect(spellingCorrection('shv', ['shv'], ['shx'])).toBeUndefined();
  });
});

describe('withoutFunctionWords', () => {
  it('searches a question by its telling words', () => {
    expect(withoutFunctionWords('Hoe voorkom je dat inwoners steeds opnieuw hun verhaal moeten doen?')).toBe(
      'voorkom inwoners opnieuw verhaal',
    );
    expect(withoutFunctionWords('zelfstandigen met schulden')).toBe('zelfstandigen schulden');
    // Snowball's Dutch stop words too: "zelf" is not on Procesregie, which answers this.
    expect(withoutFunctionWords('hoe kan een inwoner zelf de regie houden')).toBe('inwoner regie houden');
  });
  it('keeps a query of function words only, and an exact search', () => {
    expect(withoutFunctionWords('wie zijn wij')).toBe('wie zijn wij');
    expect(withoutFunctionWords('"sturing en bekostiging"')).toBe('"sturing en bekostiging"');
  });
});

describe('closestResults', () => {
  const page = (id: string) => ({ id });
  it('puts pages with more of the words first, then by their best place', () => {
    const merged = closestResults([
      [page('a'), page('b')],
      [page('c'), page('b')],
      [page('d'), page('b'), page('a')],
    ]);
    expect(merged.map((p) => p.id)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('joinParticle', () => {
  it("joins a question's verb with the particle at its end, as the pages write it", () => {
    expect(joinParticle('hoe werken het sociaal domein en de gezondheidszorg samen')).toBe(
      'hoe samenwerken het sociaal domein en de gezondheidszorg',
    );
    expect(joinParticle('Hoe vul je het formulier in?')).toBe('Hoe invul je het formulier');
  });
  it('leaves other queries alone: no question, no particle, a stranded preposition, an exact search', () => {
    expect(joinParticle('werken sociaal domein samen')).toBe('werken sociaal domein samen');
    expect(joinParticle('hoe kan een inwoner zelf de regie houden')).toBe('hoe kan een inwoner zelf de regie houden');
    expect(joinParticle('waar vind ik informatie over')).toBe('waar vind ik informatie over');
    // "kan" is a function word, not the verb the particle belongs to.
    expect(joinParticle('hoe kan ik mij aan')).toBe('hoe kan ik mij aan');
    expect(joinParticle('"hoe werken wij samen"')).toBe('"hoe werken wij samen"');
  });
});

describe('searchTerms', () => {
  it('joins the particle, then drops the function words', () => {
    expect(searchTerms('hoe werken het sociaal domein en de gezondheidszorg samen')).toBe(
      'samenwerken sociaal domein gezondheidszorg',
    );
  });
});

describe('inflections', () => {
  it("gives a verb's stem or a singular its infinitive or plural, in Dutch spelling", () => {
    expect(inflections('voorkom')).toEqual(['voorkomen', 'voorkommen']);
    expect(inflections('maak')).toEqual(['maken']);
    expect(inflections('leef')).toEqual(['leven']);
    expect(inflections('lees')).toEqual(['lezen']);
    expect(inflections('stop')).toEqual(['stopen', 'stoppen']);
    expect(inflections('Schuld')).toEqual(['schulden']);
  });
  it('has none for short words, words ending in a vowel and words that are not letters', () => {
    expect(inflections('wmo')).toEqual([]);
    expect(inflections('regie')).toEqual([]);
    expect(inflections('2026')).toEqual([]);
  });
});

describe('splitCompounds', () => {
  it('searches a compound as its parts when a page holding it carries its later part', () => {
    expect(splitCompounds('samenwerken gezondheidszorg', ['geven', 'zorg'])).toBe('samenwerken gezondheids zorg');
    // The longest part that leaves a first part of four letters or more.
    expect(splitCompounds('Procesregie', ['regie', 'egie'])).toBe('proces regie');
  });
  it('leaves words alone that only are a part, or end in one after a short first part', () => {
    expect(splitCompounds('zorg', ['zorg'])).toBe('zorg');
    expect(splitCompounds('mantelzorg', ['mantelzorg'])).toBe('mantelzorg');
    expect(splitCompounds('thuiszorg', ['uiszorg'])).toBe('thuiszorg');
    expect(splitCompounds('stress', [])).toBe('stress');
  });
});

describe('onlyLongerWords', () => {
  it("tells a page with only longer words that begin like the query's from one that names them", () => {
    expect(onlyLongerWords(['overzichtelijk'], ['overzicht'])).toBe(true);
    expect(onlyLongerWords(['overzichtelijk', 'overzicht'], ['overzicht'])).toBe(false);
    // Inflected, or shorter as the stemmer joined them: named.
    expect(onlyLongerWords(['leernetwerken'], ['leernetwerk'])).toBe(false);
    expect(onlyLongerWords(['gezond', 'gezondheidssector'], ['gezondheid'])).toBe(false);
    // A compound searched as its parts is judged by the whole word too.
    expect(onlyLongerWords(['welzijnswerk'], ['welzijnswerk', 'welzijns', 'werk'])).toBe(false);
    // Matched only in metadata: nothing to judge by.
    expect(onlyLongerWords([], ['overzicht'])).toBe(false);
  });
});
