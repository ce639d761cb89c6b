import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'cheerio';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { checkComment, markdownText } from './check-comment.ts';
import type { ContentProblem } from './problems.ts';

const file = 'content/praktijkvoorbeelden/rustige-post.md';
const titles = new Map([[file, 'Rustige post in Zaanstad']]);

describe('checkComment', () => {
  it('says all is well when there are no problems', () => {
    const comment = checkComment({ problems: [], titles });
    expect(comment).toContain('**Alles in orde.**');
    expect(comment).not.toContain('Op te lossen');
  });

  it('names one problem under the title of its page, with its line', () => {
    const comment = checkComment({
      problems: [{ file, line: 4, message: 'veld "gepubliceerd": vul een datum in, bijvoorbeeld 2026-12-06.' }],
      titles,
    });
    expect(comment).toContain('**één probleem** in één bestand');
    expect(comment).toMatch(
      /\*\*„Rustige post in Zaanstad”\*\* \(content\/praktijkvoorbeelden\/rustige\\-post\\\.md\)/,
    );
    expect(comment).toContain('- **Regel 4:** veld \\"gepubliceerd\\"\\: vul een datum in');
  });

  it('groups many problems by file, errors before warnings and advice, and cuts the list short', () => {
    const problems: ContentProblem[] = [
      ...Array.from({ length: 120 }, (_, i) => ({
        file: `content/verslagen/v${i % 3}.md`,
        line: i + 1,
        message: `fout ${i}`,
      })),
      { file, message: 'beschrijf ook wat niet werkte', severity: 'advies' },
    ];
    const comment = checkComment({ problems, titles });
    expect(comment).toContain('**120 problemen** in 3 bestanden');
    expect(comment.match(/^- \*\*Regel/gm)).toHaveLength(100);
    expect(comment).toContain('En nog 21 meldingen');
    expect(comment.indexOf('v0\\.md')).toBeLessThan(comment.indexOf('v1\\.md'));
    // The advice is among those cut, its section with it.
    expect(comment).not.toContain('Waarschuwingen en adviezen');
  });

  it('shows warnings and advice apart, as not blocking', () => {
    const comment = checkComment({
      problems: [{ file, message: 'beschrijf ook wat niet werkte', severity: 'advies' }],
      titles,
    });
    expect(comment).toContain('**Alles in orde.**');
    expect(comment).toContain('#### Waarschuwingen en adviezen (die houden niets tegen)');
  });

  it('cuts a long message and keeps it on one line', () => {
    const message = `regel 1\nregel 2 ${'x'.repeat(2000)}`;
    const line = checkComment({ problems: [{ file, line: 1, message }], titles })
      .split('\n')
      .find((l) => l.startsWith('- **Regel 1'))!;
    expect(line.length).toBeLessThan(700);
    expect(line).toContain('regel 1 regel 2');
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('markdownText', () => {
  it('keeps characters that would format the comment, mention someone or link an issue as plain text', () => {
    const hostile =
      '**vet** [link](javascript:alert(1)) <img src=x onerror=alert(1)> `code` @octocat #12 | a | ~~x~~ # kop';
    const text = markdownText(hostile);
    expect(text).not.toMatch(/(?<!\\)[*[\]()`|~]/);
    expect(text).not.toContain('<');
    expect(text).toContain('@\u2060octocat');
    expect(text).toContain('#\u2060' + '12');
    // What a reader sees after GitHub undoes the escapes is the text as written (word joiners aside).
    const shown = text
      .replace(/\\(.)/g, '$1')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&')
      .replaceAll('\u2060', '');
    expect(shown).toBe(hostile);
  });

  it('renders as plain text in GitHub-flavoured Markdown: no link, emphasis, code, image or HTML', async () => {
    const hostile =
      '**vet** _schuin_ [link](https://evil.example) https://evil.example/x www.evil.example <b>x</b> `code` ![i](x.png) ~~weg~~ | a | $x$';
    const processor = await createMarkdownProcessor({ remarkPlugins: [remarkGfm] });
    const comment = checkComment({
      problems: [{ file, line: 2, message: hostile }],
      titles: new Map([[file, hostile]]),
    });
    const $ = load((await processor.render(comment)).code);
    expect($('li a, li em, li code, li img, li del, li b, li table, p a').length).toBe(0);
    expect($('li').text().replaceAll('\u2060', '')).toBe(`Regel 2: ${hostile}`);
  });

  it('puts a message on one line: a line break would end the list item', () => {
    expect(markdownText('een\n\n# kop\r\n- item')).toBe('een \\# kop \\- item');
  });
});
