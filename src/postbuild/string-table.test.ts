import { expect, it } from 'vitest';
import { stringTable } from './string-table.ts';

it('keeps each text once, in the order first seen, and gives it the same position every time', () => {
  const table = stringTable();
  expect(['a', 'b', 'a', 'c', 'b'].map(table.position)).toEqual([0, 1, 0, 2, 1]);
  expect(table.texts).toEqual(['a', 'b', 'c']);
});
