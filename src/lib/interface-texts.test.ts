import { expect, it } from 'vitest';
import { curlyApostrophes, formalAddress, missingSpaces } from './dutch-voice.ts';
import * as modules from './interface-texts.ts';

/** Every text of the module, functions called with sample values, as [path, text]. */
function textsOf(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value('titel', 3, 3) ?? '')]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => textsOf(inner, `${path}.${key}`));
  return [];
}
const texts = Object.entries(modules)
  .filter(([name]) => name !== 'jargon')
  .flatMap(([name, value]) => textsOf(value, name));

it('holds the interface texts', () => {
  expect(texts.length).toBeGreaterThan(15);
});

it('addresses the reader as "je", never "u" or "uw"', () => {
  expect(texts.filter(([, text]) => formalAddress(text).length > 0)).toEqual([]);
});

it('writes one apostrophe, a space after punctuation and no English jargon', () => {
  expect(texts.filter(([, text]) => curlyApostrophes(text).length > 0)).toEqual([]);
  expect(texts.filter(([, text]) => missingSpaces(text).length > 0)).toEqual([]);
  const words = Object.keys(modules.jargon);
  expect(texts.filter(([, text]) => words.some((word) => text.toLowerCase().includes(word)))).toEqual([]);
});
