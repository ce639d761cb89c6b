/**
 * Internal link checking over the built site. Links in an editor's Markdown are only known once the page
 * is rendered, so the check reads the HTML: every internal <a href> must reach a built page, and a
 * #fragment must name an element on that page.
 */
import { load } from 'cheerio';
import { decodeOrKeep } from './uri.ts';

export interface BuiltPage {
  /** Site path, e.g. /verslagen/congres/ or /404.html. */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: 'page' | 'anchor';
}

/**
 * `otherFiles` are the non-HTML files of the build (calendars, feeds, data) that links may point at too.
 */
export function findBrokenInternalLinks(
  pages: readonly BuiltPage[],
  site: URL,
  otherFiles: ReadonlySet<string> = new Set(),
): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const documents = pages.map((page) => {
    const $ = load(page.html);
    ids.set(
      page.path,
      new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id'))
          .get(),
      ),
    );
    return { page, $ };
  });

  const broken: BrokenLink[] = [];
  for (const { page, $ } of documents) {
    $('a[href]').each((_, a) => {
      const href = $(a).attr('href')!;
      const base = new URL(page.path, site);
      const target = new URL(href, base);
      if (target.origin !== site.origin || !['http:', 'https:'].includes(target.protocol)) return;
      const path = decodeOrKeep(target.pathname);
      const known = ids.get(path) ?? ids.get(`${path}/`) ?? ids.get(path.replace(/\/$/, '.html'));
      if (!known) {
        if (!otherFiles.has(path)) broken.push({ page: page.path, href, reason: 'page' });
      } else if (target.hash && !known.has(decodeOrKeep(target.hash.slice(1), decodeURIComponent))) {
        broken.push({ page: page.path, href, reason: 'anchor' });
      }
    });
  }
  return broken;
}
