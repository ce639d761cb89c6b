import { expect, it } from 'vitest';
import { curlyApostrophes, formalAddress, missingSpaces } from './dutch-voice.ts';

it('finds the formal address as a word, in any case, and nothing inside words or codes', () => {
  expect(formalAddress('Wilt u één datum overnemen, kies dan In je agenda zetten')).toHaveLength(1);
  expect(formalAddress('Uw agenda-app haalt het op. Zet het zelf in uw agenda')).toHaveLength(2);
  expect(formalAddress('Je agenda, uitkomsten, duur, U+0027, een u-bocht, nu en dan')).toEqual([]);
});

it('finds curly apostrophes and commas glued to the next word', () => {
  expect(curlyApostrophes("programma’s en 'de' programma's")).toHaveLength(1);
  expect(missingSpaces('de organisatie zelf),onafhankelijke evaluatie')).toHaveLength(1);
  expect(missingSpaces('een 6,8 gemiddeld, (zelf) en ook; zo, het sociaal (wijk)team')).toEqual([]);
});
