/**
 * Every built page, of the fixture site and the real archive: valid HTML, a sound heading outline,
 * images with size and alt text, nothing loaded from elsewhere, and the CSS budget.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFilesIn } from '../../src/build/built-pages.ts';
import { projectRoot, sites } from '../helpers/sites.ts';

const validator = new HtmlValidate(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')));

describe.each(Object.entries(sites))('the %s site', (_, site) => {
  const pages = htmlFilesIn(site.dist).map((file) => ({ file, html: readFileSync(join(site.dist, file), 'utf8') }));

  it('is valid HTML (html-validate, recommended rules)', async () => {
    const problems: string[] = [];
    for (const { file, html } of pages) {
      const report = await validator.validateString(html, file);
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has one h1 per page and never skips a heading level', () => {
    for (const { file, html } of pages) {
      const $ = load(html);
      const levels = $('h1, h2, h3, h4, h5, h6')
        .map((_, el) => Number(el.tagName.slice(1)))
        .get();
      expect(
        levels.filter((level) => level === 1),
        file,
      ).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0)
          expect(level - levels[i - 1]!, `${file}: h${levels[i - 1]} followed by h${level}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it('gives every image a width, a height and alt text', () => {
    for (const { file, html } of pages) {
      const $ = load(html);
      $('img').each((_, img) => {
        const { width, height, alt } = img.attribs;
        expect(Number(width) > 0 && Number(height) > 0, `${file}: ${$.html(img)}`).toBe(true);
        expect(alt, `${file}: ${$.html(img)}`).toBeDefined();
      });
    }
  });

  it('loads nothing from another site', () => {
    for (const { file, html } of pages) {
      const $ = load(html);
      const resources = $(
        'script[src], link[href]:not([rel="canonical"]), img[src], source[srcset], iframe, video, audio',
      )
        .map((_, el) => el.attribs.src ?? el.attribs.href ?? el.attribs.srcset ?? '')
        .get();
      for (const url of resources) expect(url, file).toMatch(/^\/(?!\/)/);
      expect($('meta[http-equiv="refresh"]'), file).toHaveLength(0);
    }
  });

  it('keeps all CSS under 30 KB', () => {
    const stylesheets = new Set<string>();
    let inline = 0;
    for (const { html } of pages) {
      const $ = load(html);
      $('link[rel="stylesheet"]').each((_, link) => void stylesheets.add(link.attribs.href!));
      inline = Math.max(inline, $('style').text().length);
    }
    const external = [...stylesheets].reduce((sum, href) => sum + statSync(join(site.dist, href)).size, 0);
    expect(external + inline).toBeLessThan(30 * 1024);
  });
});
