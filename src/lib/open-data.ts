/**
 * The archive as open data: one JSON file per collection (and one for everything) in the shape editors
 * write, with a JSON Schema generated from the same zod schemas, so municipalities and researchers can
 * reuse and validate it.
 */
import { z } from 'astro/zod';
import type { AnyEntry } from './entry-summary.ts';
import { entryPath, type EntryCollection } from '../schemas/collections.ts';
import { editorSchemas } from '../schemas/index.ts';

export interface OpenDataRecord {
  id: string;
  type: EntryCollection;
  url: string;
  data: unknown;
}

const isReference = (value: object): value is { collection: string; id: string } =>
  'collection' in value && 'id' in value && Object.keys(value).length === 2;
const isFuzzyDate = (value: object): value is { iso: string } => 'iso' in value && 'precision' in value;
const isImage = (value: object): value is { src: string; width: number } =>
  'src' in value && 'width' in value && 'format' in value;

/** Entry data back in the form it was written: ids for references, ISO dates, image paths as URLs. */
function toPlainData(value: unknown, site: URL): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((item) => toPlainData(item, site));
  if (value && typeof value === 'object') {
    if (isReference(value)) return value.id;
    if (isFuzzyDate(value)) return value.iso;
    if (isImage(value)) return new URL(value.src, site).href;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlainData(item, site)]));
  }
  return value;
}

export const toOpenDataRecord = (entry: AnyEntry, site: URL): OpenDataRecord => ({
  id: entry.id,
  type: entry.collection,
  url: new URL(entryPath(entry.collection, entry.id), site).href,
  data: toPlainData(entry.data, site),
});

/** The JSON Schema of one collection's export file: an array of records whose data follows the editors' schema. */
export function recordSchema(collection: EntryCollection) {
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
  return {
    type: 'object',
    properties: {
      id: { type: 'string' },
      type: { const: collection },
      url: { type: 'string', format: 'uri' },
      data,
    },
    required: ['id', 'type', 'url', 'data'],
    additionalProperties: false,
  };
}

export const fileSchema = (title: string, items: object) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title,
  type: 'array',
  items,
});
