import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventReportSchema } from './schemas/event-report';
import { organisationSchema } from './schemas/organisation';
import { practiceExampleSchema } from './schemas/practice-example';
import { programmeSchema } from './schemas/programme';
import { themeSchema } from './schemas/theme';
import { workingElementSchema } from './schemas/working-element';

/**
 * Each collection reads its own folder under content/ (the folder name is the one editors see).
 * WAT_WERKT_CONTENT points the site at another tree: the test fixtures and the benchmark's generated archive.
 */
const contentRoot = process.env.WAT_WERKT_CONTENT ?? './content';
const from = (folder: string, pattern = '**/*.mdx') => glob({ pattern, base: `${contentRoot}/${folder}` });

export const collections = {
  workingElements: defineCollection({ loader: from('werkzame-elementen'), schema: workingElementSchema }),
  practiceExamples: defineCollection({ loader: from('praktijkvoorbeelden'), schema: practiceExampleSchema }),
  eventReports: defineCollection({ loader: from('verslagen'), schema: eventReportSchema }),
  programmes: defineCollection({ loader: from('programmas'), schema: programmeSchema }),
  themes: defineCollection({ loader: from('themas', '**/*.md'), schema: themeSchema }),
  organisations: defineCollection({ loader: from('organisaties', '**/*.md'), schema: organisationSchema }),
};
