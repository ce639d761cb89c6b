import { describe, expect, it } from 'vitest';
import { compoundParts, compoundTail } from './compound-parts.ts';

const vocabulary = new Set([
  'regie',
  'eigen',
  'zorg',
  'gezondheid',
  'grond',
  'rond',
  'geld',
  'zicht',
  'houding',
  'teams',
]);

describe('compoundTail', () => {
  it('finds the later part of a compound that the archive uses as a word of its own', () => {
    expect(compoundTail('procesregie', vocabulary)).toBe('regie');
    expect(compoundTail('basishouding', vocabulary)).toBe('houding');
    expect(compoundTail('wijkteams', vocabulary)).toBe('teams');
  });

  it('takes the longest known ending, not a shorter one inside it', () => {
    expect(compoundTail('achtergrond', vocabulary)).toBe('grond');
  });

  it('gives a four-letter ending only after a known first part, bare or with the linking s', () => {
    expect(compoundTail('gezondheidszorg', vocabulary)).toBe('zorg');
    expect(compoundTail('geregeld', vocabulary)).toBeUndefined();
  });

  it('leaves a word alone after a function word, a short first part or an unknown ending', () => {
    expect(compoundTail('overzicht', vocabulary)).toBeUndefined();
    expect(compoundTail('inwoners', vocabulary)).toBeUndefined();
    expect(compoundTail('regie', vocabulary)).toBeUndefined();
    expect(compoundTail('vraagverheldering', vocabulary)).toBeUndefined();
  });
});

describe('compoundParts', () => {
  it("gives a page's compound parts once each, sorted, leaving out the words it has of its own", () => {
    const partsOf = compoundParts(vocabulary);
    expect(partsOf(['procesregie', 'wijkteams', 'procesregie', 'gezondheidszorg', 'zorg'])).toEqual(['regie', 'teams']);
    // The same word on another page that has the later part of its own.
    expect(partsOf(['procesregie', 'regie'])).toEqual([]);
  });
});
