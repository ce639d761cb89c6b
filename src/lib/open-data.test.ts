import { describe, expect, it } from 'vitest';
import { jsonArrayText } from './open-data.ts';

describe('jsonArrayText', () => {
  it('writes, piece by piece, exactly what JSON.stringify writes with an indent of 2', () => {
    const lists: unknown[][] = [
      [],
      [{ id: 'een' }],
      [{ id: 'een', body: 'Regel\nregel "twee"', data: { themas: ['a', 'b'], leeg: {}, geen: [] } }, 3, 'tekst'],
    ];
    for (const list of lists) {
      const text = list.map(jsonArrayText.item).join('') + jsonArrayText.end(list.length);
      expect(text).toBe(JSON.stringify(list, null, 2));
    }
  });
});
