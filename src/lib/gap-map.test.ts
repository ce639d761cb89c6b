import { expect, it } from 'vitest';
import { gapMatrix } from './gap-map.ts';

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
