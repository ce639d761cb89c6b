/**
 * Internal link checking over the built site. Links in an editor's Markdown are only known once the page
 * is rendered, so the check reads the HTML: every internal <a href> must reach a built page, and a
 * #fragment must name an element on that page.
 */
import { Parser } from 'htmlparser2';
import { decodeOrKeep } from '../lib/uri.ts';
import { detached } from './built-pages.ts';

export interface BuiltPage {
  /** Site path, e.g. /verslagen/congres/ or /404.html. */
  path: string;
  /** Read when asked for (a build passes a getter: a page it remembers by its digest is not read). */
  html: string;
  /** The digest of the page's bytes (digest.ts), when the caller knows it. */
  digest?: string | undefined;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: 'page' | 'anchor';
}

/** What the check needs of a page: the ids it has and the links it makes. */
export interface PageLinks {
  ids: Set<string>;
  hrefs: Set<string>;
}

/**
 * `pages` may be a lazy sequence: each page is parsed once, only its ids and links are kept, so memory stays
 * small at tens of thousands of pages. `otherFiles` are the non-HTML files of the build (calendars, feeds,
 * data) that links may point at too. `site` is the address the site is published at; under a base path
 * (https://voorbeeld.github.io/wat-werkt/) a page is served below it, and a link on the same host that
 * leaves it (`/praktijkvoorbeelden/x/` without the base path) reaches no page of the site. `read` reads a
 * page's ids and links (a build passes one that remembers them for unchanged pages).
 */
export function findBrokenInternalLinks(
  pages: Iterable<BuiltPage>,
  site: URL,
  otherFiles: ReadonlySet<string> = new Set(),
  read: (page: BuiltPage) => PageLinks = (page) => idsAndLinks(page.html),
): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const links: { page: string; hrefs: Set<string> }[] = [];
  for (const page of pages) {
    const { ids: pageIds, hrefs } = read(page);
    ids.set(page.path, pageIds);
    links.push({ page: page.path, hrefs });
  }

  const root = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  const broken: BrokenLink[] = [];
  for (const { page, hrefs } of links) {
    const base = new URL(`${root}${page.slice(1)}`, site);
    for (const href of hrefs) {
      const target = new URL(href, base);
      if (target.origin !== site.origin || !['http:', 'https:'].includes(target.protocol)) continue;
      if (!target.pathname.startsWith(root)) {
        broken.push({ page, href, reason: 'page' });
        continue;
      }
      const path = decodeOrKeep(`/${target.pathname.slice(root.length)}`);
      const known = ids.get(path) ?? ids.get(`${path}/`) ?? ids.get(path.replace(/\/$/, '.html'));
      if (!known) {
        if (!otherFiles.has(path)) broken.push({ page, href, reason: 'page' });
      } else if (target.hash && !known.has(decodeOrKeep(target.hash.slice(1), decodeURIComponent))) {
        broken.push({ page, href, reason: 'anchor' });
      }
    }
  }
  return broken;
}

/** The ids and link targets of one page, read by a streaming parser: no document tree is built. */
export function idsAndLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      // Copies: the check keeps every page's ids and links until it has read them all (built-pages.ts).
      if (attributes.id !== undefined) ids.add(detached(attributes.id));
      if (name === 'a' && attributes.href !== undefined) hrefs.add(detached(attributes.href));
    },
  });
  parser.end(html);
  return { ids, hrefs };
}
