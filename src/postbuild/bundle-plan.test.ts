import { describe, expect, it } from 'vitest';
import { planBundles, type PlannedPage } from './bundle-plan.ts';

const dated = (file: string, date: string): PlannedPage => ({ file, date });
const undated = (file: string): PlannedPage => ({ file });

describe('planBundles', () => {
  it('keeps a site within the cap in one bundle, whatever its dates', () => {
    const plans = planBundles([dated('b', '2025-03-01'), undated('t'), dated('a', '2024-01')], 3);
    expect(plans).toEqual([{ id: '1', from: '2024-01', to: '2025-03-01', files: ['a', 'b', 't'] }]);
  });

  it('splits by date, whole months together, oldest first, and never past the cap', () => {
    const pages = [
      dated('jan1', '2024-01-05'),
      dated('jan2', '2024-01-20'),
      dated('feb1', '2024-02-01'),
      dated('feb2', '2024-02-03'),
      dated('mar1', '2024-03-09'),
    ];
    const plans = planBundles(pages, 3);
    expect(plans.map((plan) => plan.files)).toEqual([
      ['jan1', 'jan2'],
      ['feb1', 'feb2', 'mar1'],
    ]);
    expect(plans.map(({ from, to }) => [from, to])).toEqual([
      ['2024-01-05', '2024-01-20'],
      ['2024-02-01', '2024-03-09'],
    ]);
  });

  it('gives every bundle a range of its own: date order is the bundles one after the other', () => {
    const pages = Array.from({ length: 50 }, (_, i) =>
      dated(`p${i}`, `20${String(10 + (i % 7)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`),
    );
    const plans = planBundles(pages, 8);
    const dates = new Map(pages.map((page) => [page.file, page.date!]));
    const inOrder = plans.flatMap((plan) => plan.files.map((file) => dates.get(file)!));
    expect(inOrder).toEqual([...inOrder].sort());
    for (const plan of plans) expect(plan.files.length).toBeLessThanOrEqual(8);
    expect(plans.flatMap((plan) => plan.files).sort()).toEqual(pages.map((page) => page.file).sort());
  });

  it('splits a month of more pages than the cap', () => {
    const pages = ['a', 'b', 'c', 'd', 'e'].map((file, i) => dated(file, `2024-05-0${i + 1}`));
    expect(planBundles(pages, 2).map((plan) => plan.files)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('fills the newest bundle with undated pages, then bundles of their own', () => {
    const pages = [dated('old', '2020-01-01'), dated('new', '2026-01-01'), undated('x'), undated('y'), undated('z')];
    const plans = planBundles(pages, 2);
    expect(plans).toEqual([
      { id: '1', from: '2020-01-01', to: '2026-01-01', files: ['old', 'new'] },
      { id: '2', files: ['x', 'y'] },
      { id: '3', files: ['z'] },
    ]);
  });

  it('keeps older bundles as they are when a new entry comes in', () => {
    const pages = Array.from({ length: 12 }, (_, i) => dated(`p${i}`, `2024-${String(i + 1).padStart(2, '0')}-01`));
    const before = planBundles(pages, 4);
    const after = planBundles([...pages, dated('new', '2025-01-15')], 4);
    expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.files).toContain('new');
  });

  it('keeps the newest bundle to its own smaller cap of dated pages, the undated ones filling it up to the cap', () => {
    const pages = [
      ...Array.from({ length: 12 }, (_, i) => dated(`p${i}`, `2024-${String(i + 1).padStart(2, '0')}-01`)),
      undated('t'),
    ];
    // The undated pages are searched with the newest bundle anyway: in it, they cost no second Pagefind instance.
    expect(planBundles(pages, 8, 3).map((plan) => plan.files)).toEqual([
      ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'],
      ['p8'],
      ['p9', 'p10', 'p11', 't'],
    ]);
  });

  it('leaves the newest bundle whole rather than split off a bundle of a few pages', () => {
    // A page a month; a cap of 20 a bundle, of 8 dated pages for the newest.
    const pages = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        dated(`p${i}`, `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`),
      );
    const sizes = (count: number) => planBundles(pages(count), 20, 8).map((plan) => plan.files.length);
    // A last group of 9: the split would leave 1 page, under a quarter of 8.
    expect(sizes(29)).toEqual([20, 9]);
    expect(sizes(30)).toEqual([20, 2, 8]);
    expect(sizes(45)).toEqual([20, 20, 5]);
  });
});
