import { expect, it } from 'vitest';
import { getBuildDate } from './build-date.ts';

it('uses the pinned day when one is given, and refuses a malformed or impossible one', () => {
  expect(getBuildDate({ WAT_WERKT_TODAY: '2026-11-23' })).toEqual(new Date('2026-11-23T00:00:00Z'));
  expect(() => getBuildDate({ WAT_WERKT_TODAY: '23-11-2026' })).toThrow(/geen datum/);
  expect(() => getBuildDate({ WAT_WERKT_TODAY: '2026-02-30' })).toThrow(/geen datum/);
});

it('takes the calendar day in Amsterdam, not in UTC', () => {
  // 00:30 in Amsterdam on 24 November is still 23 November in UTC.
  expect(getBuildDate({}, new Date('2026-11-23T23:30:00Z'))).toEqual(new Date('2026-11-24T00:00:00Z'));
  expect(getBuildDate({}, new Date('2026-11-23T12:00:00Z'))).toEqual(new Date('2026-11-23T00:00:00Z'));
});
