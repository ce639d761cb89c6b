import { describe, expect, it } from 'vitest';
import { pagerItems } from './pagination.ts';

const render = (current: number, last: number) =>
  pagerItems(current, last)
    .map((item) => ('gap' in item ? '…' : item.page))
    .join(' ');

describe('pagerItems', () => {
  it('shows every page of a short list', () => {
    expect(render(1, 1)).toBe('1');
    expect(render(2, 3)).toBe('1 2 3');
  });

  it('keeps first, last and the neighbours of the current page, with gaps between', () => {
    expect(render(1, 40)).toBe('1 2 … 40');
    expect(render(20, 40)).toBe('1 … 19 20 21 … 40');
    expect(render(40, 40)).toBe('1 … 39 40');
  });

  it('shows a single left-out page rather than an ellipsis for it', () => {
    expect(render(4, 10)).toBe('1 2 3 4 5 … 10');
    expect(render(7, 10)).toBe('1 … 6 7 8 9 10');
  });
});
