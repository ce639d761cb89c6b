import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../checks/problems.ts';
import { htmlFilesIn, otherFilesIn, pathOfFile } from './built-pages.ts';
import { findBrokenInternalLinks, type BrokenLink, type BuiltPage } from './internal-links.ts';
import { linkMemory } from './link-memory.ts';

/**
 * Checks every internal link of a built site. A link to a page or anchor that does not exist is a problem
 * in the content file the page was built from, at the line that holds the link (or in the page, for pages
 * that do not come from an entry).
 */
export function checkBuiltLinks(
  root: string,
  site: URL,
  contentRoot: string,
  /** Where to remember what each page holds between builds (see link-memory.ts); none: parse every page. */
  memoryFile?: string,
  /** The pages (paths inside the site) with the digests of their bytes as they are, where known: see BuiltPage. */
  knownPages?: ReadonlyMap<string, { digest: string }>,
): { pages: number; reused: number; problems: ContentProblem[] } {
  const files = htmlFilesIn(root);
  // One page in memory at a time (a large archive has tens of thousands), read only when asked for.
  const pages = (function* (): Generator<BuiltPage> {
    for (const file of files) {
      let html: string | undefined;
      yield {
        path: pathOfFile(file),
        digest: knownPages?.get(file)?.digest,
        get html() {
          return (html ??= readFileSync(join(root, file), 'utf8'));
        },
      };
    }
  })();
  const memory = memoryFile ? linkMemory(memoryFile) : undefined;
  const broken = findBrokenInternalLinks(pages, site, otherFilesIn(root), memory?.read);
  memory?.save();
  return {
    pages: files.length,
    reused: memory?.reused ?? 0,
    problems: broken.map((link) => toProblem(link, site, contentRoot)),
  };
}

/** The content file a page was built from, if it was built from one. */
function sourceOf(pagePath: string, contentRoot: string): string | undefined {
  const candidates = ['.mdx', '.md'].map((ext) => join(contentRoot, `${pagePath.replace(/^\/|\/$/g, '')}${ext}`));
  const found = candidates.find((file) => existsSync(file));
  return found && relative(process.cwd(), found);
}

function toProblem(link: BrokenLink, site: URL, contentRoot: string): ContentProblem {
  const source = sourceOf(link.page, contentRoot);
  const what = link.reason === 'page' ? 'een pagina die niet bestaat' : 'een kop of anker dat niet op die pagina staat';
  // Editors write links from the site's root; the build put the base path in front (src/lib/markdown-base-path.ts).
  const base = site.pathname.replace(/\/$/, '');
  const written = base && link.href.startsWith(`${base}/`) ? link.href.slice(base.length) : link.href;
  const line =
    source &&
    readFileSync(source, 'utf8')
      .split('\n')
      .findIndex((text) => text.includes(written)) + 1;
  return {
    file: source ?? `de pagina ${link.page}`,
    line: line || undefined,
    message: `de link "${written}" wijst naar ${what}. Controleer het adres (kopieer het uit de adresbalk van de site) of verwijder de link.`,
  };
}
