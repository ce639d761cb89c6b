import { expect, it } from 'vitest';
import { formatCount, formatItemCount, formatRange, formatRating } from './dutch-numbers.ts';

it('writes figures with a decimal comma and ranges in words', () => {
  expect(formatRange({ van: 300, tot: 300 })).toBe('300');
  expect(formatRange({ van: 25, tot: 60 })).toBe('25 tot 60');
  expect(formatRating({ van: 7.8, tot: 7.8 })).toBe('7,8 (op een schaal van 10)');
  expect(formatRating({ van: 6.6, tot: 7.8 })).toBe('6,6 tot 7,8 (op een schaal van 10)');
});

it('writes counts with a thousands point, and one item in the singular', () => {
  expect(formatCount(12480)).toBe('12.480');
  expect(formatItemCount(1)).toBe('1 item');
  expect(formatItemCount(0)).toBe('0 items');
  expect(formatItemCount(2512)).toBe('2.512 items');
});
