import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionInfo, type AnyCollection } from './schemas/collections.ts';
import { entrySchemas, supportSchemas } from './schemas/index.ts';
import { settings } from './settings.ts';
import { illustration, type SchemaTools } from './schemas/common.ts';

/**
 * Each collection reads its own folder under the content root; the folder name is the one editors see.
 * The raw text (`body`) is not kept: pages render the entry, and only the open data needs the text, which
 * it reads from the file (open-data-records.ts). Kept, it was 45% of Astro's data store, which the build
 * holds in memory several times over (measured: 25 of 57 MB at 5,000 entries).
 */
const from = (collection: AnyCollection) =>
  glob({
    pattern: '**/*.{md,mdx}',
    base: `${settings.contentRoot}/${collectionInfo[collection].folder}`,
    retainBody: false,
  });

/**
 * The entry schemas get Astro's own image() and reference(); the editors' check passes stand-ins. Astro calls a
 * collection's schema function once per entry, so that image() resolves paths from that entry's folder;
 * building the whole zod schema each time showed up as seconds in a CPU profile of a large archive.
 * Everything but the image field is built once; the image field is replaced per entry.
 */
function entrySchema<T extends z.ZodObject>(build: (tools: SchemaTools) => T) {
  let built: T | undefined;
  return ({ image }: SchemaContext): T => {
    built ??= build({ image, reference });
    return built.safeExtend({ afbeelding: illustration({ image, reference }).optional() }) as unknown as T;
  };
}

export const collections = {
  workingElements: defineCollection({
    loader: from('workingElements'),
    schema: entrySchema(entrySchemas.workingElements),
  }),
  practiceExamples: defineCollection({
    loader: from('practiceExamples'),
    schema: entrySchema(entrySchemas.practiceExamples),
  }),
  eventReports: defineCollection({
    loader: from('eventReports'),
    schema: entrySchema(entrySchemas.eventReports),
  }),
  programmes: defineCollection({
    loader: from('programmes'),
    schema: entrySchema(entrySchemas.programmes),
  }),
  themes: defineCollection({ loader: from('themes'), schema: supportSchemas.themes }),
  organisations: defineCollection({ loader: from('organisations'), schema: supportSchemas.organisations }),
};
