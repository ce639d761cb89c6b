import { describe, expect, it } from 'vitest';
import { bodyOfSource, entryIdFromPath, findDuplicateIds } from './content-files.ts';

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

describe('bodyOfSource', () => {
  it('gives the text after the frontmatter, trimmed, as Astro does', () => {
    expect(bodyOfSource('---\ntitel: Een\n---\n\n## Kop\n\nTekst.\n')).toBe('## Kop\n\nTekst.');
    expect(bodyOfSource('---\r\ntitel: Een\r\n---\r\nTekst.\r\n')).toBe('Tekst.');
    expect(bodyOfSource('---\n---\nTekst.')).toBe('Tekst.');
  });

  it('keeps a horizontal rule in the text', () => {
    expect(bodyOfSource('---\ntitel: Een\n---\nBoven\n\n---\n\nOnder\n')).toBe('Boven\n\n---\n\nOnder');
  });
});
