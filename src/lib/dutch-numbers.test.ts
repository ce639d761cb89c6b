import { expect, it } from 'vitest';
import { formatRange, formatRating } from './dutch-numbers.ts';

it('writes figures with a decimal comma and ranges in words', () => {
  expect(formatRange({ van: 300, tot: 300 })).toBe('300');
  expect(formatRange({ van: 25, tot: 60 })).toBe('25 tot 60');
  expect(formatRating({ van: 7.8, tot: 7.8 })).toBe('7,8 (op een schaal van 10)');
  expect(formatRating({ van: 6.6, tot: 7.8 })).toBe('6,6 tot 7,8 (op een schaal van 10)');
});
