import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFilesIn, otherFilesIn, pathOfFile } from './built-pages.ts';
import { findBrokenInternalLinks, type BrokenLink } from './internal-links.ts';

/**
 * Checks every internal link of a built site. Returns the editor's message when a page links to a page or
 * anchor that does not exist, naming the page and, where the page comes from an entry, the file to open.
 */
export function checkBuiltLinks(root: string, site: URL, contentRoot: string): { pages: number; error?: string } {
  const files = htmlFilesIn(root);
  // One page in memory at a time: a large archive has tens of thousands.
  const pages = (function* () {
    for (const file of files) yield { path: pathOfFile(file), html: readFileSync(join(root, file), 'utf8') };
  })();
  const broken = findBrokenInternalLinks(pages, site, otherFilesIn(root));
  if (broken.length === 0) return { pages: files.length };
  return {
    pages: files.length,
    error:
      `De site is niet gebouwd: ${broken.length} link(s) naar een pagina of kop die niet bestaat.\n` +
      broken.map((link) => describe(link, contentRoot)).join('\n'),
  };
}

/** The content file a page was built from, if it was built from one. */
function sourceOf(pagePath: string, contentRoot: string): string | undefined {
  const candidates = ['.mdx', '.md'].map((ext) => join(contentRoot, `${pagePath.replace(/^\/|\/$/g, '')}${ext}`));
  const found = candidates.find((file) => existsSync(file));
  return found && relative(process.cwd(), found);
}

function describe(link: BrokenLink, contentRoot: string): string {
  const where = sourceOf(link.page, contentRoot) ?? `de pagina ${link.page}`;
  const what = link.reason === 'page' ? 'een pagina die niet bestaat' : 'een kop of anker dat niet op die pagina staat';
  return `${where}: de link "${link.href}" wijst naar ${what}. Controleer het adres (kopieer het uit de adresbalk van de site) of verwijder de link.`;
}
