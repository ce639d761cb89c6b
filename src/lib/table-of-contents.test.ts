import { expect, it } from 'vitest';
import { tableOfContents } from './table-of-contents.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

it('nests level-3 headings under their section and skips short pages', () => {
  const headings = [h(3, 'Los'), h(2, 'Inleiding'), h(3, 'Vraag'), h(2, 'Aanpak'), h(4, 'Detail'), h(2, 'Resultaat')];
  expect(tableOfContents(headings)).toEqual([
    { slug: 'inleiding', text: 'Inleiding', children: [{ slug: 'vraag', text: 'Vraag' }] },
    { slug: 'aanpak', text: 'Aanpak', children: [] },
    { slug: 'resultaat', text: 'Resultaat', children: [] },
  ]);
  expect(tableOfContents([h(2, 'Een'), h(2, 'Twee')])).toEqual([]);
});
