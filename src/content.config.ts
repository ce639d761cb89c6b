import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root.ts';
import { eventReportSchema } from './schemas/event-report.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { practiceExampleSchema } from './schemas/practice-example.ts';
import { programmeSchema } from './schemas/programme.ts';
import { themeSchema } from './schemas/theme.ts';
import { workingElementSchema } from './schemas/working-element.ts';

/** Each collection reads its own folder under the content root; the folder name is the one editors see. */
const from = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `${contentRoot}/${folder}` });

// The entry schemas get Astro's own image() and reference(); the editors' check passes stand-ins.
export const collections = {
  workingElements: defineCollection({
    loader: from('werkzame-elementen'),
    schema: ({ image }) => workingElementSchema({ image, reference }),
  }),
  practiceExamples: defineCollection({
    loader: from('praktijkvoorbeelden'),
    schema: ({ image }) => practiceExampleSchema({ image, reference }),
  }),
  eventReports: defineCollection({
    loader: from('verslagen'),
    schema: ({ image }) => eventReportSchema({ image, reference }),
  }),
  programmes: defineCollection({
    loader: from('programmas'),
    schema: ({ image }) => programmeSchema({ image, reference }),
  }),
  themes: defineCollection({ loader: from('themas'), schema: themeSchema }),
  organisations: defineCollection({ loader: from('organisaties'), schema: organisationSchema }),
};
