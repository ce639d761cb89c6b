import { describe, expect, it } from 'vitest';
import { jsonArrayChunks } from './open-data.ts';

describe('jsonArrayChunks', () => {
  it('writes, piece by piece, exactly what JSON.stringify writes with an indent of 2', () => {
    const lists: unknown[][] = [
      [],
      [{ id: 'een' }],
      [{ id: 'een', body: 'Regel\nregel "twee"', data: { themas: ['a', 'b'], leeg: {}, geen: [] } }, 3, 'tekst'],
    ];
    for (const list of lists) expect([...jsonArrayChunks(list)].join('')).toBe(JSON.stringify(list, null, 2));
  });
});
