import { describe, expect, it } from 'vitest';
import { heapKeptMB, largePage } from '../../tests/helpers/heap.ts';
import { pathOfFile } from './built-pages.ts';
import { findBrokenInternalLinks, idsAndLinks } from './internal-links.ts';

const site = new URL('https://wat-werkt.example/');
const pages = [
  {
    path: '/',
    html: '<a href="/verslagen/">v</a><a href="/verslagen/congres/#lessen">l</a><a href="https://movisie.nl/x">ext</a>',
  },
  { path: '/verslagen/', html: '<a href="congres/">relative</a><a href="/verslagen/bestaat-niet/">x</a>' },
  {
    path: '/verslagen/congres/',
    html: '<h2 id="lessen">Lessen</h2><a href="#nergens">x</a><a href="mailto:a@b.nl">m</a>',
  },
  { path: '/404.html', html: '<a href="/">home</a><a href="/agenda.ics">ics</a><a href="/weg.ics">weg</a>' },
];

describe('findBrokenInternalLinks', () => {
  it('reports links to missing pages and missing anchors, and nothing else', () => {
    expect(findBrokenInternalLinks(pages, site, new Set(['/agenda.ics']))).toEqual([
      { page: '/verslagen/', href: '/verslagen/bestaat-niet/', reason: 'page' },
      { page: '/verslagen/congres/', href: '#nergens', reason: 'anchor' },
      { page: '/404.html', href: '/weg.ics', reason: 'page' },
    ]);
  });

  it('resolves links under the base path the site is published at, and refuses links that leave it', () => {
    const underBase = [
      { path: '/', html: '<a href="/wat-werkt/verslagen/congres/#lessen">ok</a><a href="verslagen/">relative</a>' },
      { path: '/verslagen/', html: '<a href="/verslagen/congres/">root-relative</a><a href="../">up</a>' },
      { path: '/verslagen/congres/', html: '<h2 id="lessen">Lessen</h2><a href="/wat-werkt/agenda.ics">ics</a>' },
    ];
    const project = new URL('https://voorbeeld.github.io/wat-werkt/');
    expect(findBrokenInternalLinks(underBase, project, new Set(['/agenda.ics']))).toEqual([
      { page: '/verslagen/', href: '/verslagen/congres/', reason: 'page' },
    ]);
  });

  it('maps built files to the paths they are served at', () => {
    expect(pathOfFile('index.html')).toBe('/');
    expect(pathOfFile('verslagen/congres/index.html')).toBe('/verslagen/congres/');
    expect(pathOfFile('404.html')).toBe('/404.html');
  });
});

describe('idsAndLinks', () => {
  it("keeps a page's ids and links, not the page they were read from", () => {
    // Each id and link is long enough to be kept as a view into its page.
    const { kept, grownMB } = heapKeptMB(() =>
      Array.from({ length: 100 }, (_, i) =>
        idsAndLinks(largePage(`<h2 id="paragraaf-${i}-lessen">x</h2><a href="/verslagen/verslag-${i}/">v</a>`)),
      ),
    );
    expect(kept[99]).toEqual({ ids: new Set(['paragraaf-99-lessen']), hrefs: new Set(['/verslagen/verslag-99/']) });
    expect(grownMB).toBeLessThan(10);
  });
});
