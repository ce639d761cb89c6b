/**
 * Which pages a pull request changes, from the files it changes, for the preview comment
 * (scripts/preview-links.ts): an entry's page for its content file, the entries that show a changed image,
 * and for changed code or configuration the home page and a sample of the site.
 */
import { entryIdFromPath } from '../../src/lib/content-files.ts';
import { collectionInfo, entryPath, type AnyCollection } from '../../src/schemas/collections.ts';

const collectionOfFolder = new Map(
  (Object.keys(collectionInfo) as AnyCollection[]).map((collection) => [collectionInfo[collection].folder, collection]),
);

const isEntryFile = (file: string) => /^content\/[^/]+\/[^/]+\.mdx?$/.test(file);
const isImage = (file: string) => /^content\/.+\.(avif|gif|jpe?g|png|svg|webp)$/i.test(file);
/** Code, configuration and published files: any page may look different. */
const isSiteWide = (file: string) =>
  /^(src|public)\//.test(file) || /^(astro\.config\.mjs|package(-lock)?\.json)$/.test(file);

/** The site path of an entry's page from its content file (content/<folder>/<file>.md), if it has one. */
export function pageOfEntryFile(file: string): `/${string}` | undefined {
  if (!isEntryFile(file)) return undefined;
  const [, folder, name] = file.split('/');
  const collection = collectionOfFolder.get(folder!);
  return collection ? entryPath(collection, entryIdFromPath(name!)) : undefined;
}

export interface PreviewInput {
  /** The files the pull request adds or changes (not deleted ones), relative to the repository root. */
  changed: readonly string[];
  /** The content files of the entries that use an image file (a changed one). */
  entriesUsing: (image: string) => readonly string[];
  /** Content files whose pages stand for the whole site when code changes: one per collection, say. */
  sample: readonly string[];
}

/** The site paths to look at in the preview, most specific first, each once. */
export function previewPages({ changed, entriesUsing, sample }: PreviewInput): `/${string}`[] {
  const pages = new Set<`/${string}`>();
  const add = (page: `/${string}` | undefined) => page && pages.add(page);
  for (const file of changed) add(pageOfEntryFile(file));
  for (const file of changed.filter(isImage)) {
    const users = entriesUsing(file)
      .map(pageOfEntryFile)
      .filter((page) => page !== undefined);
    // An image no entry uses yet (or shares only through a component) changes no page we can name.
    if (users.length === 0) add('/');
    users.forEach(add);
  }
  // The editors' guide is published as a page of its own.
  if (changed.includes('.github/CONTRIBUTING.md')) add('/bijdragen/');
  if (changed.some(isSiteWide)) {
    add('/');
    add('/zoeken/');
    add('/agenda/');
    sample.map(pageOfEntryFile).forEach(add);
  }
  return [...pages];
}
