import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root';
import { eventReportSchema } from './schemas/event-report';
import { organisationSchema } from './schemas/organisation';
import { practiceExampleSchema } from './schemas/practice-example';
import { programmeSchema } from './schemas/programme';
import { themeSchema } from './schemas/theme';
import { workingElementSchema } from './schemas/working-element';

/** Each collection reads its own folder under the content root; the folder name is the one editors see. */
const from = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `${contentRoot}/${folder}` });

export const collections = {
  workingElements: defineCollection({ loader: from('werkzame-elementen'), schema: workingElementSchema }),
  practiceExamples: defineCollection({ loader: from('praktijkvoorbeelden'), schema: practiceExampleSchema }),
  eventReports: defineCollection({ loader: from('verslagen'), schema: eventReportSchema }),
  programmes: defineCollection({ loader: from('programmas'), schema: programmeSchema }),
  themes: defineCollection({ loader: from('themas'), schema: themeSchema }),
  organisations: defineCollection({ loader: from('organisaties'), schema: organisationSchema }),
};
