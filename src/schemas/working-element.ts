import { z } from 'astro/zod';
import { type SchemaTools, calendarDate, entryBase, text } from './common.ts';

/** A working element ("werkzaam element"): what it is, why it works and what it needs to work. */
export const workingElementSchema = (tools: SchemaTools) =>
  entryBase(tools).extend({
    waaromHetWerkt: text('"waaromHetWerkt" (waarom dit element werkt)'),
    voorwaarden: z.array(text('Een voorwaarde')).min(1, 'Noem minstens één voorwaarde waaronder het element werkt'),
    watVraagtHet: text('"watVraagtHet" (wat het van professionals vraagt)'),
    gerelateerd: z.array(tools.reference('workingElements')).default([]),
    laatstGecontroleerd: calendarDate(),
  });
