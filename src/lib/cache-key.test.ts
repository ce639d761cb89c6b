import { expect, it } from 'vitest';
import { cacheKeyOf } from './cache-key.ts';

it('changes when any part a page shows changes, and only then', () => {
  const card = { title: 'Vaste ankerpersoon', date: new Date('2024-10-14'), tags: ['schulden'] };
  const key = cacheKeyOf('digest-1', [card]);
  expect(cacheKeyOf('digest-1', [{ ...card }])).toBe(key);
  expect(cacheKeyOf('digest-2', [card])).not.toBe(key);
  expect(cacheKeyOf('digest-1', [{ ...card, title: 'Vaste contactpersoon' }])).not.toBe(key);
  expect(cacheKeyOf('digest-1', [{ ...card, date: new Date('2024-10-15') }])).not.toBe(key);
  expect(cacheKeyOf('digest-1', [{ ...card, tags: ['schulden', 'jeugd'] }])).not.toBe(key);
  expect(cacheKeyOf('digest-1', [card, card])).not.toBe(key);
});
