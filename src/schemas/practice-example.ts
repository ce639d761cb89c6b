import { z } from 'astro/zod';
import { type SchemaTools, entryBase, line, period, text } from './common.ts';
import { caveats, evidence, outcome } from './evidence.ts';
import { paragraphs } from './form-hints.ts';
import { term, terms } from './vocabularies.ts';

/** A practice example ("praktijkvoorbeeld"): where a municipality or team applied working elements, with what result. */
export const practiceExampleSchema = (tools: SchemaTools) =>
  entryBase(tools).extend({
    /** A province or "landelijk"; unknown when the source does not say. */
    regio: term('regios').optional().meta({
      title: 'Regio',
      description: 'De provincie, of landelijk. Zegt de bron het niet, laat dit dan leeg en vul de toelichting in.',
    }),
    /** What the source says (or does not say) about the place, in words. */
    regioToelichting: text('"regioToelichting" (wat de bron over de plek zegt)')
      .optional()
      .meta({ title: 'Toelichting op de regio', description: 'Wat de bron over de plek zegt, in woorden.' }),
    gemeenten: z
      .array(line('Een gemeente'))
      .default([])
      .meta({ title: 'Gemeenten', description: 'De gemeenten waar het speelde, één per regel. Mag leeg blijven.' }),
    periode: period.meta({
      title: 'Periode',
      description: 'Wanneer het liep: een start en misschien een eind, of alleen een duur.',
    }),
    werkzameElementen: z
      .array(tools.reference('workingElements'))
      .min(1, 'Noem minstens één werkzaam element dat is toegepast')
      .meta({ title: 'Werkzame elementen', description: 'Minstens één werkzaam element dat hier is toegepast.' }),
    probleem: paragraphs(text('"probleem" (welk probleem werd aangepakt)')).meta({
      title: 'Probleem',
      description:
        'Welk probleem werd aangepakt. De pagina toont het onder een eigen kop; vertel het niet nog eens in de tekst.',
    }),
    aanpak: paragraphs(text('"aanpak" (wat er is gedaan)')).meta({
      title: 'Aanpak',
      description: 'Wat er is gedaan, door wie. De pagina toont het onder een eigen kop.',
    }),
    resultaat: paragraphs(text('"resultaat" (wat het opleverde)')).meta({
      title: 'Resultaat',
      description: 'Wat het opleverde, in woorden. Gemeten uitkomsten zet je bij Uitkomsten.',
    }),
    onderbouwing: evidence,
    uitkomsten: z.array(outcome).default([]).meta({
      title: 'Uitkomsten',
      description:
        'Wat er gemeten of gezien is, met het resultaat, voor wie, wanneer en wie het vaststelde. Mag leeg blijven.',
    }),
    watNietWerkte: z.array(text('Wat niet werkte')).default([]).meta({
      title: 'Wat niet werkte',
      description: 'Wat niet werkte of tegenviel, één punt per regel. Mag leeg blijven.',
    }),
    /** What others can learn from the example, one lesson an item. */
    lessen: z
      .array(text('Een les'))
      .default([])
      .meta({ title: 'Lessen', description: 'Wat anderen van dit voorbeeld kunnen leren, één les per regel.' }),
    ...caveats,
    doelgroepen: terms('doelgroepen'),
    wetten: terms('wetten'),
    niveaus: terms('niveaus'),
    voorwaarden: z.array(text('Een voorwaarde')).default([]).meta({
      title: 'Voorwaarden',
      description: 'Voorwaarden waaronder het werkte, één per regel. Mag leeg blijven.',
    }),
    overdraagbaarheid: paragraphs(text('"overdraagbaarheid" (wat nodig is om het elders toe te passen)'))
      .optional()
      .meta({
        title: 'Overdraagbaarheid',
        description: 'Wat een andere gemeente nodig heeft om dit toe te passen. Laat leeg als de bron het niet zegt.',
      }),
  });
