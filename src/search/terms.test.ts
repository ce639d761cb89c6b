import { describe, expect, it } from 'vitest';
import {
  closeWords,
  closestResults,
  foldWord,
  queryWords,
  withoutFunctionWords,
  spellingCorrection,
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
