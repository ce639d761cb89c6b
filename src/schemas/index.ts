/**
 * Every collection's schema in one map, used by the site (src/content.config.ts, with Astro's image() and
 * reference()), the editors' check and the open-data exports (with stand-ins that read the same frontmatter
 * without running Astro).
 */
import { z } from 'astro/zod';
import type { AnyCollection, EntryCollection } from './collections.ts';
import type { SchemaTools } from './common.ts';
import { eventReportSchema } from './event-report.ts';
import { organisationSchema } from './organisation.ts';
import { practiceExampleSchema } from './practice-example.ts';
import { programmeSchema } from './programme.ts';
import { themeSchema } from './theme.ts';
import { workingElementSchema } from './working-element.ts';

/** The entry schemas, built from the tools they need. */
export const entrySchemas = {
  workingElements: workingElementSchema,
  practiceExamples: practiceExampleSchema,
  eventReports: eventReportSchema,
  programmes: programmeSchema,
} satisfies Record<EntryCollection, (tools: SchemaTools) => z.ZodObject>;

/** The supporting collections' schemas, which need no tools. */
export const supportSchemas = { themes: themeSchema, organisations: organisationSchema };

/**
 * Stand-ins for Astro's image() and reference(): a reference becomes { collection, id } exactly as Astro
 * stores it (checked afterwards against the files that exist); an image stays a path, checked on disk.
 */
export const editorSchemaTools: SchemaTools = {
  image: (() => z.string()) as unknown as SchemaTools['image'],
  reference: (collection) => z.string().transform((id) => ({ collection, id })),
};

/** Every collection's schema, built with the given image() and reference(). */
export const collectionSchemas = (tools: SchemaTools) => ({
  workingElements: entrySchemas.workingElements(tools),
  practiceExamples: entrySchemas.practiceExamples(tools),
  eventReports: entrySchemas.eventReports(tools),
  programmes: entrySchemas.programmes(tools),
  ...supportSchemas,
});

/** The collection schemas with the editors' stand-ins: what the check and the open-data schema describe. */
export const editorSchemas: Record<AnyCollection, z.ZodType> = collectionSchemas(editorSchemaTools);
