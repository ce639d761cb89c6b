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
      soort: z
        .enum(eventKinds, { error: `kies één van: ${eventKinds.join(', ')}` })
        .meta({ title: 'Soort bijeenkomst', description: 'Wat voor bijeenkomst het was.' }),
      datum: fuzzyDate.meta({
        title: 'Datum',
        description: 'Wanneer het was: 2017-01-26, of 2017-01 of 2017 als de bron niet preciezer is.',
      }),
      eindDatum: fuzzyDate.optional().meta({
        title: 'Einddatum',
        description:
          'Bij een reeks of een meerdaagse bijeenkomst: de laatste dag, even precies geschreven als de datum.',
      }),
      aantalBijeenkomsten: z.number().int().min(2).optional().meta({
        title: 'Aantal bijeenkomsten',
        description: 'Bij een reeks: hoeveel bijeenkomsten het waren (2 of meer).',
      }),
      plaats: line('De plaats').optional().meta({ title: 'Plaats', description: 'Waar het was: de stad, of online.' }),
      deelnemers: numberOrRange({ integer: true })
        .optional()
        .meta({ title: 'Deelnemers', description: 'Hoeveel mensen er waren: één getal, of van en tot bij een reeks.' }),
      waardering: numberOrRange({ integer: false, max: 10 }).optional().meta({
        title: 'Waardering',
        description: 'Het rapportcijfer van de deelnemers (schaal van 10), of van en tot bij een reeks.',
      }),
      sprekers: z
        .array(person)
        .default([])
        .meta({ title: 'Sprekers', description: 'Wie er sprak, met de rol die de bron noemt. Mag leeg blijven.' }),
      lessen: z
        .array(text('Een les'))
        .default([])
        .meta({ title: 'Lessen', description: 'Wat de bijeenkomst opleverde, één les per regel.' }),
      werkzameElementen: z.array(tools.reference('workingElements')).default([]).meta({
        title: 'Werkzame elementen',
        description: 'De werkzame elementen die aan bod kwamen. Mag leeg blijven.',
      }),
    })
    .refine((r) => !r.eindDatum || r.datum.start <= lastDay(r.eindDatum), {
      message: 'De einddatum ligt vóór de datum',
      path: ['eindDatum'],
    });
