import { z } from 'astro/zod';
import { lastDay } from './fuzzy-date.ts';
import { type SchemaTools, entryBase, fuzzyDate, line, numberOrRange, person, text } from './common.ts';

export const eventKinds = [
  'congres',
  'conferentie',
  'actualiteitencollege',
  'themabijeenkomst',
  'wat-werkt-sessie',
  'leernetwerk',
  'werkplaats',
  'webinar',
] as const;

/** An event report ("verslag"): a congress, lecture or meeting, with its figures and lessons. */
export const eventReportSchema = (tools: SchemaTools) =>
  entryBase(tools)
    .extend({
      soort: z.enum(eventKinds, { error: `kies één van: ${eventKinds.join(', ')}` }),
      datum: fuzzyDate,
      eindDatum: fuzzyDate.optional(),
      aantalBijeenkomsten: z.number().int().min(2).optional(),
      plaats: line('De plaats').optional(),
      deelnemers: numberOrRange({ integer: true }).optional(),
      waardering: numberOrRange({ integer: false, max: 10 }).optional(),
      sprekers: z.array(person).default([]),
      lessen: z.array(text('Een les')).default([]),
      werkzameElementen: z.array(tools.reference('workingElements')).default([]),
    })
    .refine((r) => !r.eindDatum || r.datum.start <= lastDay(r.eindDatum), {
      message: 'De einddatum ligt vóór de datum',
      path: ['eindDatum'],
    });
