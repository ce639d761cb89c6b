/**
 * Links between entries, checked before the build: a link into an entry collection must reach an entry
 * that exists. The build checks every link, anchors included, once the pages exist (src/postbuild/).
 */
import { collectionInfo, entryCollections, entryPath, type AnyCollection } from '../schemas/collections.ts';
import type { CheckedEntry } from '../lib/references.ts';
import type { Node } from './body-rules.ts';
import { walk } from './tree.ts';
import type { FieldPath } from './frontmatter.ts';
import type { ContentProblem } from './problems.ts';

/** An entry that passed its own checks, with what the checks across entries need. */
export interface ParsedEntry extends CheckedEntry {
  collection: AnyCollection;
  filePath: string;
  /** The line of a frontmatter field in the file. */
  lineOf: (path: FieldPath) => number;
  /** Links in the body (Markdown links, link definitions, component web addresses), with their line. */
  links: { url: string; line: number }[];
}

export function bodyLinks(tree: Node): ParsedEntry['links'] {
  const links: ParsedEntry['links'] = [];
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'link' || node.type === 'definition') && node.url) links.push({ url: node.url, line });
    for (const attribute of node.attributes ?? []) {
      if (typeof attribute.value === 'string' && /^https?:\/\//.test(attribute.value))
        links.push({ url: attribute.value, line });
    }
  });
  return links;
}

/** Links to entries that do not exist. */
export function findBrokenEntryLinks(entries: readonly ParsedEntry[]): ContentProblem[] {
  const paths = new Set<string>(entries.map((entry) => entryPath(entry.collection, entry.id)));
  const folders = entryCollections.map((collection) => `/${collectionInfo[collection].folder}/`);
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const link of entry.links.filter((l) => l.url.startsWith('/'))) {
      const path = link.url.split(/[?#]/)[0]!.replace(/\/?$/, '/');
      const folder = folders.find((f) => path.startsWith(f));
      if (folder && path !== folder && !paths.has(path)) {
        problems.push({
          file: entry.filePath,
          line: link.line,
          message: `de link "${link.url}" wijst naar een pagina die niet bestaat. Controleer het adres; het is de bestandsnaam zonder .md of .mdx, bijvoorbeeld ${folder}naam-van-het-bestand/.`,
        });
      }
    }
  }
  return problems;
}
