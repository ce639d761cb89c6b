import { expect, it } from 'vitest';
import { separateBlocks } from './search-text.ts';

it('separates the words of adjacent blocks and leaves inline markup alone', () => {
  expect(separateBlocks('<dl><dt>Thema</dt><dd>Armoede</dd></dl><p>schuld<em>en</em></p><H2>Kop</H2>')).toBe(
    '<dl><dt>Thema</dt> <dd>Armoede</dd> </dl> <p>schuld<em>en</em></p> <H2>Kop</H2> ',
  );
});

it('adds nothing where a space already follows, so running it twice changes nothing', () => {
  const once = separateBlocks('<ul><li>een</li>\n<li>twee</li></ul><p>drie</p>');
  expect(once).toBe('<ul><li>een</li>\n<li>twee</li> </ul> <p>drie</p> ');
  expect(separateBlocks(once)).toBe(once);
});
