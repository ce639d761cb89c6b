import { z } from 'astro/zod';
import {
  type SchemaTools,
  calendarDate,
  clockTime,
  entryBase,
  line,
  period,
  person,
  text,
  webAddress,
} from './common.ts';

export const programmeKinds = ['opleiding', 'lerende-praktijk', 'werkplaats', 'leernetwerk', 'workshop'] as const;
export const programmeStatuses = ['aangekondigd', 'open', 'vol', 'loopt', 'afgelopen'] as const;
export const sessionFormats = ['op-locatie', 'online', 'eigen-werkplek'] as const;

/** One dated day of a programme. */
const session = z
  .strictObject({
    datum: calendarDate(),
    van: clockTime.optional(),
    tot: clockTime.optional(),
    vorm: z.enum(sessionFormats, { error: `kies één van: ${sessionFormats.join(', ')}` }),
    plaats: line('De plaats').optional(),
    toelichting: line('De toelichting').optional(),
  })
  .refine((s) => !s.van || !s.tot || s.van < s.tot, { message: '"tot" ligt vóór "van"', path: ['tot'] });

const part = z.strictObject({
  titel: line('De titel van het onderdeel'),
  omschrijving: text('De omschrijving').optional(),
  data: z.array(session).default([]),
});

const application = z
  .strictObject({
    email: z.email({ error: 'moet een e-mailadres zijn' }).optional(),
    url: webAddress.optional(),
    toelichting: text('De toelichting').optional(),
    sluitingsdatum: calendarDate().optional(),
  })
  .refine((a) => a.email || a.url, 'Geef een e-mailadres of een webadres om je aan te melden of informatie te vragen');

/** A programme ("programma"): a training, learning practice, workplace or learning network. */
export const programmeSchema = (tools: SchemaTools) =>
  entryBase(tools).extend({
    soort: z.enum(programmeKinds, { error: `kies één van: ${programmeKinds.join(', ')}` }),
    status: z.enum(programmeStatuses, { error: `kies één van: ${programmeStatuses.join(', ')}` }),
    doelgroep: line('De doelgroep'),
    plaats: line('De plaats').optional(),
    periode: period.optional(),
    onderdelen: z.array(part).default([]),
    leerdoelen: z.array(text('Een leerdoel')).default([]),
    deelname: z.array(text('Een deelnameregel')).default([]),
    tijdsinvestering: text('De tijdsinvestering').optional(),
    kosten: text('De kosten').optional(),
    aanmelden: application,
    begeleiders: z.array(person).default([]),
    werkzameElementen: z.array(tools.reference('workingElements')).default([]),
  });
