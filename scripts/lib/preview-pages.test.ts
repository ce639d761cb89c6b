import { describe, expect, it } from 'vitest';
import { pageOfEntryFile, previewPages } from './preview-pages.ts';

const nobody = () => [];

describe('pageOfEntryFile', () => {
  it('gives the page of an entry in each collection, with the id Astro gives the file', () => {
    expect(pageOfEntryFile('content/praktijkvoorbeelden/rustige-post.mdx')).toBe('/praktijkvoorbeelden/rustige-post/');
    expect(pageOfEntryFile('content/werkzame-elementen/vaste-ankerpersoon.md')).toBe(
      '/werkzame-elementen/vaste-ankerpersoon/',
    );
    expect(pageOfEntryFile('content/themas/Geld Zorgen.md')).toBe('/themas/geld-zorgen/');
    expect(pageOfEntryFile('content/organisaties/movisie.md')).toBe('/organisaties/movisie/');
  });

  it('gives no page for files that are not entries', () => {
    expect(pageOfEntryFile('content/praktijkvoorbeelden/rustige-post.jpg')).toBeUndefined();
    expect(pageOfEntryFile('content/onbekend/x.md')).toBeUndefined();
    expect(pageOfEntryFile('content/verslagen/sub/x.md')).toBeUndefined();
    expect(pageOfEntryFile('README.md')).toBeUndefined();
  });
});

describe('previewPages', () => {
  it('lists the pages of changed entries, once each, and nothing for files outside the site', () => {
    expect(
      previewPages({
        changed: [
          'content/verslagen/proefcongres.mdx',
          'content/themas/geldzorgen.md',
          'README.md',
          '.github/workflows/preview.yml',
          'content/verslagen/proefcongres.mdx',
        ],
        entriesUsing: nobody,
        sample: ['content/programmas/proefleergang.mdx'],
      }),
    ).toEqual(['/verslagen/proefcongres/', '/themas/geldzorgen/']);
  });

  it('lists the entries that show a changed image, or the home page when none does', () => {
    const users: Record<string, string[]> = {
      'content/praktijkvoorbeelden/rustige-post.jpg': ['content/praktijkvoorbeelden/rustige-post.mdx'],
      'content/afbeeldingen/logo.png': ['content/verslagen/a.md', 'content/verslagen/b.mdx'],
    };
    const pages = (changed: string[]) =>
      previewPages({ changed, entriesUsing: (image) => users[image] ?? [], sample: [] });
    expect(pages(['content/praktijkvoorbeelden/rustige-post.jpg'])).toEqual(['/praktijkvoorbeelden/rustige-post/']);
    expect(pages(['content/afbeeldingen/logo.png'])).toEqual(['/verslagen/a/', '/verslagen/b/']);
    expect(pages(['content/afbeeldingen/nieuw.webp'])).toEqual(['/']);
  });

  it('lists the home page and a sample of the site when code or configuration changes', () => {
    const sample = ['content/werkzame-elementen/vaste-ankerpersoon.mdx', 'content/programmas/proefleergang.mdx'];
    const expected = [
      '/',
      '/zoeken/',
      '/agenda/',
      '/werkzame-elementen/vaste-ankerpersoon/',
      '/programmas/proefleergang/',
    ];
    for (const file of ['src/components/EntryCard.astro', 'astro.config.mjs', 'package.json', 'public/favicon.svg'])
      expect(previewPages({ changed: [file], entriesUsing: nobody, sample }), file).toEqual(expected);
    // The changed entry comes first, then the sample.
    expect(
      previewPages({ changed: ['src/styles/global.css', 'content/verslagen/x.md'], entriesUsing: nobody, sample }),
    ).toEqual(['/verslagen/x/', ...expected]);
  });

  it("lists the editors' guide as the page it is published on", () => {
    expect(previewPages({ changed: ['.github/CONTRIBUTING.md'], entriesUsing: nobody, sample: [] })).toEqual([
      '/bijdragen/',
    ]);
  });

  it('lists nothing when no file of the site changed', () => {
    expect(previewPages({ changed: ['README.md', 'tests/build/x.test.ts'], entriesUsing: nobody, sample: [] })).toEqual(
      [],
    );
  });
});
