/**
 * The site renders Markdown with Astro 7's Rust processor (Sätteri), which has GitHub-flavoured Markdown
 * built in. The editors' guide promises GFM; this test holds Sätteri to the reference implementation,
 * remark-gfm on Astro's unified processor, for every GFM construct editors use. If a Sätteri update
 * renders one differently, this fails before a page does.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { load, type Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';

// Alignment is written as style="text-align" by one and align="" by the other; both mean the same.
const presentational = new Set(['style', 'align']);

/** A structural fingerprint of rendered HTML: elements, meaningful attributes and text. */
function structure(html: string): string {
  const $ = load(html, null, false);
  const walk = (nodes: Cheerio<AnyNode>): string =>
    nodes
      .toArray()
      .map((node) => {
        if (node.type === 'text') return node.data.trim() ? JSON.stringify(node.data.trim()) : '';
        if (node.type !== 'tag') return '';
        const attributes = Object.entries(node.attribs)
          .filter(([name]) => !presentational.has(name))
          .map(([name, value]) => (value ? `${name}=${value}` : name))
          .sort()
          .join(' ');
        return `<${node.name}${attributes ? ` ${attributes}` : ''}>${walk($(node).contents())}</${node.name}>`;
      })
      .join('');
  return walk($.root().contents());
}

const samples = {
  'headings and emphasis': '## Aanpak\n\nTekst met *nadruk*, **sterk** en `code`.\n\n### Stap 1\n\nMeer tekst.',
  links: 'Lees [het verslag](/verslagen/congres/) of https://www.movisie.nl en <https://k2.nl>.',
  strikethrough: 'Dit is ~~vervallen~~ bijgewerkt.',
  tables: '| Gemeente | Deelnemers | Cijfer |\n|:--|:-:|--:|\n| Haarlem | 300 | 7,8 |\n| Utrecht | 25 | 6,6 |',
  'task lists': '- [x] Aanmelden\n- [ ] Eerste module',
  'nested lists': '1. Eerst\n   - detail\n2. Dan',
  footnotes: 'Een bewering[^bron].\n\n[^bron]: De bron van de bewering.',
  quotes: '> Beleid volgt de praktijk.\n>\n> — een deelnemer',
};

it('fingerprints structure, not formatting', () => {
  expect(structure('<p>a\n<del>b</del></p>\n<span style="text-align: left" x="">c</span>')).toBe(
    '<p>"a"<del>"b"</del></p><span x>"c"</span>',
  );
});

describe('Markdown rendering matches remark-gfm', async () => {
  const satteri = await createSatteriMarkdownProcessor({});
  const reference = await createMarkdownProcessor({ remarkPlugins: [remarkGfm] });

  for (const [name, markdown] of Object.entries(samples)) {
    it(name, async () => {
      const [ours, theirs] = await Promise.all([satteri.render(markdown), reference.render(markdown)]);
      expect(structure(ours.code)).toBe(structure(theirs.code));
    });
  }
});
