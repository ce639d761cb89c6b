import { describe, expect, it } from 'vitest';
import { entryIdFromPath, findDuplicateIds } from './content-files.ts';

describe('entry ids from file paths', () => {
  it('derives the id Astro gives a file', () => {
    expect(entryIdFromPath('vaste-contactpersoon.mdx')).toBe('vaste-contactpersoon');
    expect(entryIdFromPath('Vaste Contactpersoon.md')).toBe('vaste-contactpersoon');
    expect(entryIdFromPath('2017/congres/index.mdx')).toBe('2017/congres');
  });

  it('finds files that would share an id', () => {
    expect(
      findDuplicateIds([
        'a.mdx',
        'a.md',
        'b.mdx',
        'Vaste Contactpersoon.mdx',
        'vaste-contactpersoon.mdx',
        'c/index.md',
        'c.mdx',
      ]),
    ).toEqual([
      { id: 'vaste-contactpersoon', files: ['Vaste Contactpersoon.mdx', 'vaste-contactpersoon.mdx'] },
      { id: 'a', files: ['a.md', 'a.mdx'] },
      { id: 'c', files: ['c.mdx', 'c/index.md'] },
    ]);
  });
});
