import { expect, it } from 'vitest';
import { getBuildDate } from './build-date.ts';

it('uses the pinned day when one is given, and refuses a malformed one', () => {
  expect(getBuildDate({ WAT_WERKT_TODAY: '2026-11-23' })).toEqual(new Date('2026-11-23T00:00:00Z'));
  expect(() => getBuildDate({ WAT_WERKT_TODAY: '23-11-2026' })).toThrow(/geen datum/);
  expect(Math.abs(+getBuildDate({}) - Date.now())).toBeLessThan(5_000);
});
