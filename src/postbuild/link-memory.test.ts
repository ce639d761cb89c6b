import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digest } from '../digest.ts';
import { findBrokenInternalLinks, type BuiltPage } from './internal-links.ts';
import { linkMemory } from './link-memory.ts';

const site = new URL('https://wat-werkt.example/');
const dir = mkdtempSync(join(tmpdir(), 'link-memory-'));
const file = join(dir, 'links.json');
afterEach(() => rmSync(file, { force: true }));

const home = { path: '/', html: '<a href="/verslagen/congres/#lessen">l</a><a href="/agenda/">a</a>' };
const report = { path: '/verslagen/congres/', html: '<h2 id="lessen">Lessen</h2><a href="/">home</a>' };
const agenda = { path: '/agenda/', html: '<a href="/">home</a>' };

/** One build's link check with the memory, as scripts/build.ts runs it. */
function check(pages: BuiltPage[]) {
  const memory = linkMemory(file);
  const broken = findBrokenInternalLinks(pages, site, new Set(), memory.read);
  memory.save();
  return { broken, reused: memory.reused };
}

describe('linkMemory', () => {
  it('does not parse an unchanged page again, and finds what parsing finds', () => {
    expect(check([home, report, agenda])).toEqual({ broken: [], reused: 0 });
    expect(check([home, report, agenda])).toEqual({ broken: [], reused: 3 });
  });

  it('still reports a remembered page whose link target is gone, or whose anchor is gone', () => {
    check([home, report, agenda]);
    const withoutAnchor = { ...report, html: '<h2 id="anders">Anders</h2>' };
    expect(check([home, withoutAnchor])).toEqual({
      broken: [
        { page: '/', href: '/verslagen/congres/#lessen', reason: 'anchor' },
        { page: '/', href: '/agenda/', reason: 'page' },
      ],
      reused: 1,
    });
  });

  it('does not read a page it remembers by the digest it is given (the index step read it already)', () => {
    check([home, report, agenda]);
    const unread = ({ path, html }: { path: string; html: string }) => ({
      path,
      digest: digest(html),
      get html(): string {
        throw new Error(`${path} was read`);
      },
    });
    expect(check([home, report, agenda].map(unread))).toEqual({ broken: [], reused: 3 });
  });

  it('parses a changed page', () => {
    check([home, report, agenda]);
    const changed = { ...home, html: `${home.html}<a href="/weg/">weg</a>` };
    expect(check([changed, report, agenda])).toEqual({
      broken: [{ page: '/', href: '/weg/', reason: 'page' }],
      reused: 2,
    });
  });
});
