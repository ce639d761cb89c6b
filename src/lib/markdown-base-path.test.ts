import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownBasePath } from './markdown-base-path.ts';

const markdown =
  'Zie [een voorbeeld](/praktijkvoorbeelden/rustige-post/#aanpak), [een kop](#aanpak), ' +
  '[een bron](https://movisie.nl/x/), [een andere host](//cdn.example/x) en [een pagina](verslagen/).';

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe('markdownBasePath', () => {
  it('puts the base path in front of root-relative links only', async () => {
    const { html } = await markdownToHtml(markdown, { hastPlugins: [markdownBasePath('/wat-werkt/')] });
    expect(hrefs(html)).toEqual([
      '/wat-werkt/praktijkvoorbeelden/rustige-post/#aanpak',
      '#aanpak',
      'https://movisie.nl/x/',
      '//cdn.example/x',
      'verslagen/',
    ]);
  });

  it('changes nothing at a domain root', async () => {
    const plain = (await markdownToHtml(markdown)).html;
    expect((await markdownToHtml(markdown, { hastPlugins: [markdownBasePath('/')] })).html).toBe(plain);
  });

  it('rewrites links in MDX too', async () => {
    const { code } = await mdxToJs('Zie [het congres](/verslagen/proefcongres/).', {
      hastPlugins: [markdownBasePath('/wat-werkt/')],
    });
    expect(code).toContain('"/wat-werkt/verslagen/proefcongres/"');
    expect(code).not.toContain('"/verslagen/proefcongres/"');
  });
});
