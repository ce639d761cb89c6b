import { z } from 'astro/zod';
import { type SchemaTools, entryBase, line, period, text } from './common.ts';
import { caveats, evidence, outcome } from './evidence.ts';
import { term, terms } from './vocabularies.ts';

/** A practice example ("praktijkvoorbeeld"): where a municipality or team applied working elements, with what result. */
export const practiceExampleSchema = (tools: SchemaTools) =>
  entryBase(tools).extend({
    /** A province or "landelijk"; unknown when the source does not say. */
    regio: term('regios').optional(),
    /** What the source says (or does not say) about the place, in words. */
    regioToelichting: text('"regioToelichting" (wat de bron over de plek zegt)').optional(),
    gemeenten: z.array(line('Een gemeente')).default([]),
    periode: period,
    werkzameElementen: z
      .array(tools.reference('workingElements'))
      .min(1, 'Noem minstens één werkzaam element dat is toegepast'),
    probleem: text('"probleem" (welk probleem werd aangepakt)'),
    aanpak: text('"aanpak" (wat er is gedaan)'),
    resultaat: text('"resultaat" (wat het opleverde)'),
    onderbouwing: evidence,
    uitkomsten: z.array(outcome).default([]),
    watNietWerkte: z.array(text('Wat niet werkte')).default([]),
    /** What others can learn from the example, one lesson an item. */
    lessen: z.array(text('Een les')).default([]),
    ...caveats,
    doelgroepen: terms('doelgroepen'),
    wetten: terms('wetten'),
    niveaus: terms('niveaus'),
    voorwaarden: z.array(text('Een voorwaarde')).default([]),
    overdraagbaarheid: text('"overdraagbaarheid" (wat nodig is om het elders toe te passen)').optional(),
  });
