/**
 * How well we know that something works. The scale follows the recognition levels of Movisie's and NJi's
 * databanks (published on /onderbouwing/); "niet beoordeeld" is the honest default, and the value for
 * every entry unless a source gives an assessment.
 */
import { z } from 'astro/zod';
import { calendarDate, line, text } from './common.ts';

/** From weakest to strongest; the order is the search's sort order. */
export const evidenceLevels = [
  'niet-beoordeeld',
  'goed-beschreven',
  'goed-onderbouwd',
  'eerste-aanwijzingen',
  'goede-aanwijzingen',
  'sterke-aanwijzingen',
] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

/** The assessment of an element or example: its level, on what basis, when and by whom. */
export const evidence = z
  .strictObject({
    niveau: z.enum(evidenceLevels, { error: `kies een niveau uit: ${evidenceLevels.join(', ')}` }).meta({
      title: 'Niveau',
      description:
        'Hoe goed we weten dat het werkt (zie /onderbouwing/). Laat "niet beoordeeld" staan, tenzij een bron een erkenning of beoordeling geeft.',
    }),
    basis: text('De basis van de beoordeling (welke bron of erkenning)')
      .optional()
      .meta({ title: 'Basis', description: 'Welke bron of erkenning het niveau geeft. Nodig bij elk ander niveau.' }),
    beoordeeldOp: calendarDate()
      .optional()
      .meta({ title: 'Beoordeeld op', description: 'Wanneer het werd beoordeeld. Nodig bij elk ander niveau.' }),
    beoordeeldDoor: line('Wie beoordeelde').optional().meta({
      title: 'Beoordeeld door',
      description: 'Wie het beoordeelde, zoals een erkenningscommissie. Nodig bij elk ander niveau.',
    }),
  })
  .superRefine((value, ctx) => {
    if (value.niveau === 'niet-beoordeeld') return;
    for (const field of ['basis', 'beoordeeldOp', 'beoordeeldDoor'] as const) {
      if (value[field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `bij een beoordeeld niveau hoort "${field}": noem de bron of erkenning, de datum en wie beoordeelde`,
        });
    }
  })
  .default({ niveau: 'niet-beoordeeld' })
  .meta({
    title: 'Onderbouwing',
    description:
      'Hoe goed we weten dat het werkt: het niveau, en bij een beoordeeld niveau de basis, de datum en wie beoordeelde.',
  });

/** Kinds of knowledge behind a working element. */
export const knowledgeKinds = ['wetenschap', 'praktijk', 'ervaring'] as const;

/**
 * One kind of knowledge behind a working element: a one-line statement and the numbers of the sources (in
 * the entry's own `bronnen` list) that carry it.
 */
export const knowledgeSource = z.strictObject({
  soort: z.enum(knowledgeKinds, { error: `kies een soort kennis uit: ${knowledgeKinds.join(', ')}` }).meta({
    title: 'Soort kennis',
    description: 'Wetenschap, praktijk (professionals) of ervaring (inwoners).',
  }),
  stelling: line('De stelling (wat deze kennis zegt, in één zin)').meta({
    title: 'Stelling',
    description: 'Wat deze kennis over het element zegt, in één zin. Noem alleen wat de bron zegt.',
  }),
  bronnen: z
    .array(z.number().int().min(1, 'een bronnummer begint bij 1'), {
      error: 'noem de nummers van de bronnen uit "bronnen", zoals [1, 2]',
    })
    .min(1, 'noem minstens één bronnummer uit "bronnen", zoals [1]')
    .meta({
      title: 'Bronnummers',
      description: 'De nummers van de bronnen hierboven die dit dragen; 1 is de eerste bron.',
    }),
});

/** Who established an outcome. */
export const outcomeOrigins = ['eigen-verslag', 'onafhankelijke-evaluatie', 'onderzoek'] as const;

/** One outcome of a practice example: what was measured or seen, the result, for whom, when, by whom. */
export const outcome = z.strictObject({
  wat: text('"wat" (wat er gemeten of gezien is)').meta({ title: 'Wat', description: 'Wat er gemeten of gezien is.' }),
  resultaat: text('Het resultaat').meta({
    title: 'Resultaat',
    description: 'Wat eruit kwam, met getallen als de bron die geeft.',
  }),
  voorWie: line('"voorWie" (bij wie)')
    .optional()
    .meta({ title: 'Voor wie', description: 'Bij wie het gemeten of gezien is.' }),
  periode: line('De periode')
    .optional()
    .meta({ title: 'Periode', description: 'Over welke periode, in woorden (bijvoorbeeld: januari tot juni 2025).' }),
  door: z.enum(outcomeOrigins, { error: `kies wie het vaststelde uit: ${outcomeOrigins.join(', ')}` }).meta({
    title: 'Vastgesteld door',
    description: 'Wie het vaststelde: een eigen verslag, een onafhankelijke evaluatie of onderzoek.',
  }),
});

/** The honest caveats of an element or example, as lists so every page shows them the same way. */
export const caveats = {
  kanttekeningen: z
    .array(text('Een kanttekening'))
    .default([])
    .meta({ title: 'Kanttekeningen', description: 'Kanttekeningen bij de bron, één per regel. Mag leeg blijven.' }),
  watWeNietWeten: z.array(text('Wat we niet weten')).default([]).meta({
    title: 'Wat we niet weten',
    description: 'Wat de bronnen open laten, één punt per regel. Mag leeg blijven.',
  }),
};

/** Source numbers in `kennisbronnen` must point into the entry's own `bronnen`. */
export function checkSourceNumbers(
  data: { bronnen: unknown[]; kennisbronnen: { bronnen: number[] }[] },
  ctx: z.RefinementCtx,
) {
  data.kennisbronnen.forEach((knowledge, i) =>
    knowledge.bronnen.forEach((number, j) => {
      if (number > data.bronnen.length)
        ctx.addIssue({
          code: 'custom',
          path: ['kennisbronnen', i, 'bronnen', j],
          message: `bron ${number} bestaat niet: dit item heeft ${data.bronnen.length} ${data.bronnen.length === 1 ? 'bron' : 'bronnen'}. Gebruik een nummer uit de lijst "bronnen".`,
        });
    }),
  );
}
