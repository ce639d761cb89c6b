import { describe, expect, it } from 'vitest';
import {
  bundleOrder,
  firstBundles,
  newestFirst,
  orderByRank,
  primaryBundle,
  undatedBundles,
  type SearchBundle,
} from './bundles.ts';

const bundles: SearchBundle[] = [
  { id: '1', path: '1/', from: '2001-01-01', to: '2010-12-31', key: 'a' },
  { id: '2', path: '', from: '2011-01-01', to: '2026-11-01', key: 'b' },
  { id: '3', path: '3/', key: 'c' },
];

describe('bundleOrder', () => {
  it('takes the dated bundles newest first for "nieuwste" and oldest first for "oudste"', () => {
    expect(bundleOrder(bundles, 'datum', 'desc').map((b) => b.id)).toEqual(['2', '1']);
    expect(bundleOrder(bundles, 'datum', 'asc').map((b) => b.id)).toEqual(['1', '2']);
  });

  it('takes every bundle, newest first, for another sort', () => {
    expect(bundleOrder(bundles, 'onderbouwing', 'desc').map((b) => b.id)).toEqual(['3', '2', '1']);
  });
});

describe('orderByRank', () => {
  it('orders by value and keeps the incoming order among equal values', () => {
    const results = ['a1', 'b0', 'c3', 'd1', 'e3'];
    const rank = (r: string) => Number(r[1]);
    expect(orderByRank(results, rank, 'desc')).toEqual(['c3', 'e3', 'a1', 'd1', 'b0']);
    expect(orderByRank(results, rank, 'asc')).toEqual(['b0', 'a1', 'd1', 'c3', 'e3']);
  });

  it('leaves out results without a value, as Pagefind leaves out pages without the sort key', () => {
    expect(orderByRank(['x', 'y'], (r) => (r === 'x' ? 2 : undefined), 'desc')).toEqual(['x']);
  });
});

describe('primaryBundle', () => {
  it('is the newest dated bundle, or the only one', () => {
    expect(primaryBundle(bundles).id).toBe('2');
    expect(primaryBundle([bundles[2]!]).id).toBe('3');
  });
});

describe('newestFirst', () => {
  it('takes the newest dated bundle first, then the others newest first', () => {
    expect(newestFirst(bundles).map((b) => b.id)).toEqual(['2', '3', '1']);
  });
});

describe('firstBundles', () => {
  const ids = (found: SearchBundle[] | undefined) => found?.map((b) => b.id);

  it('are the bundles whose results head the list: by relevance the newest and the undated, by date the first', () => {
    expect(ids(firstBundles(bundles, undefined))).toEqual(['2', '3']);
    expect(ids(firstBundles(bundles, { datum: 'desc' }))).toEqual(['2']);
    expect(ids(firstBundles(bundles, { datum: 'asc' }))).toEqual(['1']);
  });

  it('are none for a sort by level, whose first results any bundle may hold, or when they are all', () => {
    expect(firstBundles(bundles, { onderbouwing: 'desc' })).toBeUndefined();
    expect(firstBundles(bundles.slice(1), undefined)).toBeUndefined();
    expect(firstBundles([bundles[1]!], { datum: 'asc' })).toBeUndefined();
  });
});

describe('undatedBundles', () => {
  it('are the newest dated bundle, which undated pages fill first, and the undated ones', () => {
    expect(undatedBundles(bundles).map((b) => b.id)).toEqual(['2', '3']);
  });
});
