import { expect, it } from 'vitest';
import { heapKeptMB, largePage } from '../../tests/helpers/heap.ts';
import { marksOf } from './search-index.ts';

it("keeps a page's marks, not the page it was read from", () => {
  // A page kept from the previous build carries its marks; the index step holds every page's until all are read.
  const { kept, grownMB } = heapKeptMB(() =>
    Array.from({ length: 100 }, (_, i) =>
      marksOf(largePage(`<main data-pagefind-body data-pagefind-meta="woorddelen:regie zorg${i}">`)),
    ),
  );
  expect(kept[99]).toBe(' data-pagefind-meta="woorddelen:regie zorg99"');
  expect(grownMB).toBeLessThan(10);
});
