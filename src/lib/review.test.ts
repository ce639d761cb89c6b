import { expect, it } from 'vitest';
import { isStale } from './review.ts';

it('flags a review older than the configured number of months', () => {
  const today = new Date('2026-11-23');
  expect(isStale(new Date('2024-11-23'), today, 24)).toBe(false);
  expect(isStale(new Date('2024-11-22'), today, 24)).toBe(true);
  expect(isStale(new Date('2026-05-01'), today, 6)).toBe(true);
});
