/**
 * Checks on the content folder itself, before Astro reads it. Astro derives an entry's id (its URL slug)
 * from the file path, so two files can claim the same id ("Vaste contactpersoon.mdx" and
 * "vaste-contactpersoon.md"); Astro then keeps one and drops the other without failing. Editors must
 * hear about that.
 */
import { slug } from 'github-slugger';

/** The id Astro's glob loader gives a file, from its path inside the collection folder. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

export interface DuplicateId {
  id: string;
  files: string[];
}

/** Groups of files (paths inside one collection folder) that would get the same id. */
export function findDuplicateIds(relativePaths: readonly string[]): DuplicateId[] {
  const byId = new Map<string, string[]>();
  for (const file of [...relativePaths].sort()) {
    const id = entryIdFromPath(file);
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  return [...byId].filter(([, files]) => files.length > 1).map(([id, files]) => ({ id, files }));
}

/**
 * An entry's text as Astro's Markdown and MDX loaders give it (`entry.body`): the file after its frontmatter,
 * trimmed. The collections do not keep the body in Astro's data store (content.config.ts), so the open data
 * reads it from the file when it writes it.
 */
export const bodyOfSource = (source: string): string =>
  source.replace(/^\uFEFF?---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/, '').trim();
