/**
 * Every built page, of the fixture site and the real archive: valid HTML, a sound heading outline,
 * images with size and alt text, nothing loaded from elsewhere, a strict Content-Security-Policy, and the
 * CSS budget.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFilesIn } from '../../src/postbuild/built-pages.ts';
import { editorFolder, parsePolicy } from '../../src/postbuild/security-headers.ts';
import { editorPolicy } from '../../src/lib/editor-policy.ts';
import { headersFor, readHeaderRules } from '../helpers/headers.ts';
import { isReadingPage, projectRoot, sites } from '../helpers/sites.ts';

const isHash = (source: string) => source.startsWith("'sha");
const withoutHashes = (sources: readonly string[] | undefined) => sources?.filter((source) => !isHash(source));

const validator = new HtmlValidate(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')));

interface NuMessage {
  type: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  message: string;
}

let nuRun: Promise<NuMessage[]> | undefined;

/**
 * The W3C Nu Html Checker's errors for every page of both sites. One Java process checks them all: the
 * checker takes seconds to start, the pages milliseconds each. It parses as browsers do, so it reports
 * what html-validate's own parser lets through (a tag after `</html>`, misnested elements).
 */
function nuErrors(): Promise<NuMessage[]> {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const files = Object.values(sites).flatMap((site) => htmlFilesIn(site.dist).map((file) => join(site.dist, file)));
  nuRun ??= new Promise((resolve, reject) => {
    // vnu exits with 1 when it finds errors; the JSON on stdout says which.
    execFile(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', ...files],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        try {
          resolve((JSON.parse(stdout) as { messages: NuMessage[] }).messages);
        } catch {
          reject(new Error(`The Nu Html Checker did not run (is Java 11+ installed?): ${error?.message}\n${stderr}`));
        }
      },
    );
  });
  return nuRun;
}

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

  it('passes the W3C Nu Html Checker without errors', { timeout: 180_000 }, async () => {
    const problems = (await nuErrors())
      .map((message) => ({ ...message, file: message.url ? relative(site.dist, fileURLToPath(message.url)) : '' }))
      // Messages without a page (the checker failing to read a file) count for every site.
      .filter(({ file }) => !file.startsWith('..'))
      .map(({ file, lastLine, firstLine, message }) => `${file}:${firstLine ?? lastLine ?? 0}: ${message}`);
    expect(pages.length).toBeGreaterThan(0);
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

  it('carries a strict Content-Security-Policy in every page, before anything it governs', () => {
    // The browser editor's page has a policy of its own (src/lib/editor-policy.ts), tested below.
    for (const { file, html } of pages.filter(({ file }) => isReadingPage(file))) {
      const $ = load(html);
      const meta = $('meta[http-equiv="content-security-policy"]');
      expect(meta, file).toHaveLength(1);
      // A meta policy governs only what comes after it.
      const governed = $('style, link[rel="stylesheet"], script:not([type="application/ld+json"])').get(0);
      const inOrder = $('*').get();
      if (governed) expect(inOrder.indexOf(meta.get(0)!), file).toBeLessThan(inOrder.indexOf(governed));
      const policy = parsePolicy(meta.attr('content')!);
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'self'"]);
      expect(policy.get('form-action'), file).toEqual(["'self'"]);
      expect(policy.get('worker-src'), file).toEqual(["'self'"]);
      const hashes = (directive: string) => policy.get(directive)?.filter(isHash) ?? [];
      const others = (directive: string) => withoutHashes(policy.get(directive));
      // Pagefind compiles its wasm; nothing else may be compiled or run from a string or inline.
      expect(others('script-src'), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(others('style-src'), file).toEqual(["'self'"]);
      for (const name of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr'])
        expect(policy.has(name), `${file}: ${name}`).toBe(false);

      // What the policy lets through: no inline script at all, each inline style by its hash.
      expect($('script:not([src]):not([type="application/ld+json"])'), file).toHaveLength(0);
      expect($('[style]'), file).toHaveLength(0);
      $('style').each((_, style) => {
        const hash = `'sha256-${createHash('sha256').update($(style).text()).digest('base64')}'`;
        expect(hashes('style-src'), `${file}: ${$(style).text().slice(0, 60)}`).toContain(hash);
      });
    }
  });

  it("gives the editor's page its own sources on top of the site's, and no others", () => {
    const editor = pages.filter(({ file }) => !isReadingPage(file));
    expect(editor.map(({ file }) => file)).toEqual([`${editorFolder}/index.html`]);
    const policy = parsePolicy(load(editor[0]!.html)('meta[http-equiv="content-security-policy"]').attr('content')!);
    const site = parsePolicy(
      load(pages.find(({ file }) => file === 'index.html')!.html)('meta[http-equiv="content-security-policy"]').attr(
        'content',
      )!,
    );
    // Scripts as strict as everywhere: only the site's own files, Pagefind's wasm, no 'unsafe-inline' or 'unsafe-eval'.
    expect(withoutHashes(policy.get('script-src'))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src-elem')).toEqual([...editorPolicy.styles.element]);
    expect(policy.get('style-src-attr')).toEqual([...editorPolicy.styles.attribute]);
    for (const directive of editorPolicy.directives) {
      const [name, ...sources] = directive.split(' ');
      expect(policy.get(name!), name).toEqual(sources);
    }
    const added = ['style-src-elem', 'style-src-attr', ...editorPolicy.directives.map((d) => d.split(' ')[0]!)];
    for (const [name, sources] of site)
      if (!added.includes(name)) expect(withoutHashes(policy.get(name)), name).toEqual(withoutHashes(sources));
  });

  it("ships _headers with the pages' policies, frame-ancestors and the other security headers", () => {
    const rules = readHeaderRules(join(site.dist, '_headers'));
    expect(rules[0]!.pattern).toBe('/*');
    const everywhere = Object.fromEntries(rules[0]!.headers);
    expect(everywhere['X-Content-Type-Options']).toBe('nosniff');
    expect(everywhere['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    for (const feature of ['camera', 'microphone', 'geolocation'])
      expect(everywhere['Permissions-Policy']).toContain(`${feature}=()`);
    // Every page gets exactly one policy as a header, and its own policy, hash for hash, is within it.
    for (const { file, html } of pages) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const headers = headersFor(rules, path).get('Content-Security-Policy') ?? [];
      expect(headers, path).toHaveLength(1);
      const header = parsePolicy(headers[0]!);
      expect(header.get('frame-ancestors')).toEqual(["'none'"]);
      const page = parsePolicy(load(html)('meta[http-equiv="content-security-policy"]').attr('content')!);
      expect([...header.keys()], file).toEqual([...page.keys(), 'frame-ancestors']);
      for (const [name, sources] of page) {
        expect(header.get(name), `${file}: ${name}`).toEqual(expect.arrayContaining(sources));
        expect(withoutHashes(header.get(name)), `${file}: ${name}`).toEqual(withoutHashes(sources));
      }
    }
  });

  // Counted as sent (gzip): NL Design System's component packages bring variants the site does not use (the
  // button alone is 24 KB raw), which compress to little; 2.8 KB of CSS before them, about 10 KB with them.
  it('keeps all CSS under 12 KB gzipped', () => {
    const stylesheets = new Set<string>();
    let inline = 0;
    for (const { html } of pages) {
      const $ = load(html);
      $('link[rel="stylesheet"]').each((_, link) => void stylesheets.add(link.attribs.href!));
      inline = Math.max(inline, gzipSync($('style').text()).length);
    }
    const external = [...stylesheets].reduce(
      (sum, href) => sum + gzipSync(readFileSync(join(site.dist, href))).length,
      0,
    );
    expect(external + inline).toBeLessThan(12 * 1024);
  });
});

/**
 * Astro 7 compresses templates with JSX whitespace rules: a line break between a word and a link in the
 * source disappears, and "Lees in de" + "toegankelijkheidsverklaring" reads as one word. Every page, every
 * inline element: a letter on both sides of its edge means the space is missing.
 */
describe.each(Object.entries(sites))('the words of the %s site', (_, site) => {
  it('are never glued to a link or other inline element', () => {
    const glued: string[] = [];
    for (const file of htmlFilesIn(site.dist)) {
      const $ = load(readFileSync(join(site.dist, file), 'utf8'));
      $('body')
        .find('a, strong, em, b, i, code, abbr, time, mark, small, span, sup, sub, cite, q')
        .each((_, element) => {
          const inside = $(element).text();
          const before = element.prev?.type === 'text' ? element.prev.data : '';
          const after = element.next?.type === 'text' ? element.next.data : '';
          if (/\p{L}$/u.test(before) && /^\p{L}/u.test(inside))
            glued.push(`${file}: "…${before.slice(-20)}${inside.slice(0, 20)}…"`);
          if (/\p{L}$/u.test(inside) && /^\p{L}/u.test(after))
            glued.push(`${file}: "…${inside.slice(-20)}${after.slice(0, 20)}…"`);
        });
    }
    expect(glued).toEqual([]);
  });
});
