import { expect, it } from 'vitest';
import { getBuildDate } from './build-date.ts';

it('uses the pinned day when one is given', () => {
  const pinned = new Date('2026-11-23T00:00:00Z');
  expect(getBuildDate(pinned, new Date('2030-01-01T12:00:00Z'))).toEqual(pinned);
});

it('takes the calendar day in Amsterdam, not in UTC', () => {
  // 00:30 in Amsterdam on 24 November is still 23 November in UTC.
  expect(getBuildDate(undefined, new Date('2026-11-23T23:30:00Z'))).toEqual(new Date('2026-11-24T00:00:00Z'));
  expect(getBuildDate(undefined, new Date('2026-11-23T12:00:00Z'))).toEqual(new Date('2026-11-23T00:00:00Z'));
});
