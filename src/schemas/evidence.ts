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
    niveau: z.enum(evidenceLevels, { error: `kies een niveau uit: ${evidenceLevels.join(', ')}` }),
    basis: text('De basis van de beoordeling (welke bron of erkenning)').optional(),
    beoordeeldOp: calendarDate().optional(),
    beoordeeldDoor: line('Wie beoordeelde').optional(),
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
  .default({ niveau: 'niet-beoordeeld' });

/** Kinds of knowledge behind a working element. */
export const knowledgeKinds = ['wetenschap', 'praktijk', 'ervaring'] as const;

/**
 * One kind of knowledge behind a working element: a one-line statement and the numbers of the sources (in
 * the entry's own `bronnen` list) that carry it.
 */
export const knowledgeSource = z.strictObject({
  soort: z.enum(knowledgeKinds, { error: `kies een soort kennis uit: ${knowledgeKinds.join(', ')}` }),
  stelling: line('De stelling (wat deze kennis zegt, in één zin)'),
  bronnen: z
    .array(z.number().int().min(1, 'een bronnummer begint bij 1'), {
      error: 'noem de nummers van de bronnen uit "bronnen", zoals [1, 2]',
    })
    .min(1, 'noem minstens één bronnummer uit "bronnen", zoals [1]'),
});

/** Who established an outcome. */
export const outcomeOrigins = ['eigen-verslag', 'onafhankelijke-evaluatie', 'onderzoek'] as const;

/** One outcome of a practice example: what was measured or seen, the result, for whom, when, by whom. */
export const outcome = z.strictObject({
  wat: text('"wat" (wat er gemeten of gezien is)'),
  resultaat: text('Het resultaat'),
  voorWie: line('"voorWie" (bij wie)').optional(),
  periode: line('De periode').optional(),
  door: z.enum(outcomeOrigins, { error: `kies wie het vaststelde uit: ${outcomeOrigins.join(', ')}` }),
});

/** The honest caveats of an element or example, as lists so every page shows them the same way. */
export const caveats = {
  kanttekeningen: z.array(text('Een kanttekening')).default([]),
  watWeNietWeten: z.array(text('Wat we niet weten')).default([]),
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
