/**
 * The archive as open data: one JSON file per collection (and one for everything) in the shape editors
 * write, with a JSON Schema generated from the same zod schemas, so municipalities and researchers can
 * reuse and validate it. Each record carries the content licence and the entry's text, so a file is
 * complete on its own.
 */
import { z } from 'astro/zod';
import type { AnyEntry } from './entry-summary.ts';
import { collectionInfo, entryPath, type EntryCollection } from '../schemas/collections.ts';
import { editorSchemas } from '../schemas/index.ts';
import { isStoredReference } from '../schemas/common.ts';
import { imageFacts, isImageMetadata } from './images.ts';
import { attribution, contentLicence } from './licences.ts';
import { siteUrlOf } from './site-path.ts';

export interface OpenDataRecord {
  id: string;
  /** The collection as the site names it (its folder and URL segment), e.g. `werkzame-elementen`. */
  type: string;
  url: string;
  license: string;
  /** The frontmatter, as editors write it. */
  data: Record<string, unknown>;
  /** The entry's text: Markdown (MDX for entries with components). */
  body: string;
}

const isFuzzyDate = (value: object): value is { iso: string } => 'iso' in value && 'precision' in value;
/** The URL of the re-encoded copy of each image, by the original's build URL (imageFacts().src). */
export type PublishedImages = ReadonlyMap<string, string>;

/** Entry data back in the form it was written: ids for references, ISO dates, images as published URLs. */
function toPlainData(value: unknown, site: URL, published: PublishedImages): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((item) => toPlainData(item, site, published));
  if (value && typeof value === 'object') {
    if (isImageMetadata(value)) {
      // Never the original: it may carry camera metadata (images.ts).
      const url = published.get(imageFacts(value).src);
      if (!url) throw new Error(`No published copy of image ${imageFacts(value).src}`);
      return new URL(url, site).href;
    }
    if (isStoredReference(value)) return value.id;
    if (isFuzzyDate(value)) return value.iso;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlainData(item, site, published)]));
  }
  return value;
}

/** A record without the entry's text, which is added when the file is written (postbuild/open-data-files.ts). */
export type OpenDataFields = Omit<OpenDataRecord, 'body'>;

/** An entry's record without its text: the text is read from the entry's file (content-files.ts, bodyOfSource). */
export const toOpenDataFields = (entry: AnyEntry, site: URL, published: PublishedImages): OpenDataFields => ({
  id: entry.id,
  type: collectionInfo[entry.collection].folder,
  url: siteUrlOf(entryPath(entry.collection, entry.id), site),
  license: contentLicence.url,
  data: toPlainData(entry.data, site, published) as Record<string, unknown>,
});

/**
 * `JSON.stringify(items, null, 2)` in pieces, one item at a time, so a file of 20,000 records is never one
 * string in memory (the largest single allocation of a build): each item after `index` others, then the end
 * after `count` items.
 */
export const jsonArrayText = {
  // Nested one level deeper than on its own; JSON text has no line breaks inside strings.
  item: (item: unknown, index: number) =>
    `${index === 0 ? '[\n' : ',\n'}  ${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`,
  end: (count: number) => (count === 0 ? '[]' : '\n]'),
};

/** The JSON Schema of an entry's frontmatter as editors write it: also the list of the CSV's data columns. */
export function dataSchema(collection: EntryCollection) {
  const data = z.toJSONSchema(editorSchemas[collection], {
    io: 'input',
    unrepresentable: 'any',
    // Dates are written as 2024-10-14 in the export, as in the frontmatter.
    override: (context) => {
      if (context.zodSchema._zod.def.type === 'date')
        Object.assign(context.jsonSchema, { type: 'string', format: 'date' });
    },
  });
  delete data.$schema;
  return data as typeof data & { properties: Record<string, unknown> };
}

/** The JSON Schema of one record of a collection's export file. */
export const recordSchema = (collection: EntryCollection) => ({
  type: 'object',
  properties: {
    id: { type: 'string' },
    type: { const: collectionInfo[collection].folder },
    url: { type: 'string', format: 'uri' },
    license: { const: contentLicence.url },
    data: dataSchema(collection),
    body: { type: 'string' },
  },
  required: ['id', 'type', 'url', 'license', 'data', 'body'],
  additionalProperties: false,
});

export const fileSchema = (title: string, items: object) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title,
  description: `Open data van Wat Werkt onder ${contentLicence.name} (${contentLicence.url}). ${attribution}`,
  type: 'array',
  items,
});
