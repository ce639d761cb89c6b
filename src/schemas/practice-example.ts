import { z } from 'astro/zod';
import { type SchemaTools, entryBase, period, text } from './common.ts';

/** A practice example ("praktijkvoorbeeld"): where a municipality or team applied working elements. */
export const practiceExampleSchema = (tools: SchemaTools) =>
  entryBase(tools).extend({
    regio: text('De regio of het werkgebied'),
    gemeenten: z.array(text('Een gemeente')).default([]),
    periode: period,
    werkzameElementen: z
      .array(tools.reference('workingElements'))
      .min(1, 'Noem minstens één werkzaam element dat is toegepast'),
    probleem: text('"probleem" (welk probleem werd aangepakt)'),
    aanpak: text('"aanpak" (wat er is gedaan)'),
    resultaat: text('"resultaat" (wat het opleverde)'),
  });
