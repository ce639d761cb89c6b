import { z } from 'astro/zod';
import { type SchemaTools, calendarDate, entryBase, text } from './common.ts';
import { caveats, checkSourceNumbers, evidence, knowledgeSource } from './evidence.ts';
import { terms } from './vocabularies.ts';

/** A working element ("werkzaam element"): what it is, why it works, what backs it and what it needs. */
export const workingElementSchema = (tools: SchemaTools) =>
  entryBase(tools)
    .extend({
      waaromHetWerkt: text('"waaromHetWerkt" (waarom dit element werkt)'),
      voorwaarden: z.array(text('Een voorwaarde')).min(1, 'Noem minstens één voorwaarde waaronder het element werkt'),
      watVraagtHet: text('"watVraagtHet" (wat het van professionals vraagt)'),
      gerelateerd: z.array(tools.reference('workingElements')).default([]),
      laatstGecontroleerd: calendarDate(),
      onderbouwing: evidence,
      kennisbronnen: z.array(knowledgeSource).default([]),
      ...caveats,
      doelgroepen: terms('doelgroepen'),
      wetten: terms('wetten'),
      niveaus: terms('niveaus'),
      overdraagbaarheid: text('"overdraagbaarheid" (wat nodig is om het elders toe te passen)').optional(),
    })
    .superRefine(checkSourceNumbers);
