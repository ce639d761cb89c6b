/**
 * One voice on every built page of both sites: what a reader sees addresses them as "je" (never "u" or
 * "uw"), has one apostrophe and a space after a comma or semicolon
 * (src/lib/dutch-voice.ts). Visible text is every text node outside scripts, styles and hidden elements,
 * one node at a time, so text of neighbouring elements is never joined into a false match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { htmlFilesIn } from '../../src/postbuild/built-pages.ts';
import { curlyApostrophes, formalAddress, missingSpaces } from '../../src/lib/dutch-voice.ts';
import { sites } from '../helpers/sites.ts';

function visibleTexts(html: string): string[] {
  const $ = load(html);
  $('script, style, template, noscript, [hidden]').remove();
  const texts: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'text') texts.push(node.data);
    if ('children' in node) node.children.forEach(walk);
  };
  walk($('body')[0]!);
  return texts.map((text) => text.replace(/\s+/g, ' ')).filter((text) => text.trim() !== '');
}

describe.each(Object.entries(sites))('the visible text of the %s site', (_, site) => {
  const pages = htmlFilesIn(site.dist).map((file) => ({
    file,
    texts: visibleTexts(readFileSync(join(site.dist, file), 'utf8')),
  }));
  const offending = (check: (text: string) => string[]) =>
    pages.flatMap(({ file, texts }) => texts.flatMap(check).map((passage) => `${file}: ${passage}`));

  it('addresses the reader as "je" on every page, never "u" or "uw"', () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(offending(formalAddress)).toEqual([]);
  });

  it('puts a space after every comma and semicolon', () => {
    expect(offending(missingSpaces)).toEqual([]);
  });

  it('writes the straight apostrophe, except in the APA reference, which follows citeproc', () => {
    const outsideCitations = pages.map(({ file }) => {
      const $ = load(readFileSync(join(site.dist, file), 'utf8'));
      $('.cite').remove();
      return { file, texts: visibleTexts($.html()) };
    });
    expect(
      outsideCitations.flatMap(({ file, texts }) => texts.flatMap(curlyApostrophes).map((p) => `${file}: ${p}`)),
    ).toEqual([]);
  });
});
