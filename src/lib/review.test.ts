import { expect, it } from 'vitest';
import { isStale, reviewMonths } from './review.ts';

it('flags a review older than the configured number of months', () => {
  const today = new Date('2026-11-23');
  expect(isStale(new Date('2024-11-23'), today, 24)).toBe(false);
  expect(isStale(new Date('2024-11-22'), today, 24)).toBe(true);
  expect(isStale(new Date('2026-05-01'), today, 6)).toBe(true);
});

it('reads the age from the environment, with a default', () => {
  expect(reviewMonths({})).toBe(24);
  expect(reviewMonths({ WAT_WERKT_REVIEW_MONTHS: '12' })).toBe(12);
  expect(() => reviewMonths({ WAT_WERKT_REVIEW_MONTHS: 'twaalf' })).toThrow(/heel aantal maanden/);
});
