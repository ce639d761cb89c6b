import { expect, it } from 'vitest';
import { gapMatrix, shadeBands, shadeOf } from './gap-map.ts';

it('counts, per element and column, the linked entries that carry the column, and the empty cells', () => {
  const linked: Record<string, { columns: string[] }[]> = {
    regie: [{ columns: ['schulden', 'jeugd'] }, { columns: ['schulden'] }],
    anker: [{ columns: ['jeugd'] }],
    nieuw: [],
  };
  expect(gapMatrix(['regie', 'anker', 'nieuw'], ['schulden', 'jeugd', 'wonen'], (id) => linked[id]!)).toEqual({
    counts: [
      [2, 1, 0],
      [0, 1, 0],
      [0, 0, 0],
    ],
    gaps: 6,
  });
});

it('shades counts in up to three even bands from 1 to the largest count, a gap apart', () => {
  expect(shadeBands(0)).toEqual([]);
  expect(shadeBands(2)).toEqual([
    { from: 1, to: 1 },
    { from: 2, to: 2 },
  ]);
  const bands = shadeBands(9);
  expect(bands).toEqual([
    { from: 1, to: 3 },
    { from: 4, to: 6 },
    { from: 7, to: 9 },
  ]);
  expect([0, 1, 3, 4, 6, 7, 9].map((count) => shadeOf(count, bands))).toEqual([0, 1, 1, 2, 2, 3, 3]);
  expect(shadeBands(4)).toEqual([
    { from: 1, to: 1 },
    { from: 2, to: 2 },
    { from: 3, to: 4 },
  ]);
});
