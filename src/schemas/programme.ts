import { z } from 'astro/zod';
import {
  calendarDate,
  clockTime,
  line,
  entryBase,
  period,
  person,
  type SchemaTools,
  webAddress,
  text,
} from './common.ts';
import { paragraphs } from './form-hints.ts';

export const programmeKinds = ['opleiding', 'lerende-praktijk', 'werkplaats', 'leernetwerk', 'workshop'] as const;
export const programmeStatuses = ['aangekondigd', 'open', 'vol', 'loopt', 'afgelopen'] as const;
export const sessionFormats = ['op-locatie', 'online', 'eigen-werkplek'] as const;

/** One dated day of a programme. */
const session = z
  .strictObject({
    datum: calendarDate().meta({ title: 'Datum', description: 'De dag van deze bijeenkomst.' }),
    van: clockTime.optional().meta({ title: 'Van', description: 'Begintijd, zoals 09:30.' }),
    tot: clockTime.optional().meta({ title: 'Tot', description: 'Eindtijd, zoals 16:30.' }),
    vorm: z
      .enum(sessionFormats, { error: `kies één van: ${sessionFormats.join(', ')}` })
      .meta({ title: 'Vorm', description: 'Op locatie, online of op de eigen werkplek.' }),
    plaats: line('De plaats')
      .optional()
      .meta({ title: 'Plaats', description: 'Waar deze bijeenkomst is, als die op locatie is.' }),
    toelichting: line('De toelichting')
      .optional()
      .meta({ title: 'Toelichting', description: 'Wat deelnemers over deze dag moeten weten.' }),
  })
  .refine((s) => !s.van || !s.tot || s.van < s.tot, { message: '"tot" ligt vóór "van"', path: ['tot'] });

const part = z.strictObject({
  titel: line('De titel van het onderdeel').meta({
    title: 'Titel',
    description: 'De naam van dit onderdeel of deze module.',
  }),
  omschrijving: paragraphs(text('De omschrijving'))
    .optional()
    .meta({ title: 'Omschrijving', description: 'Waar dit onderdeel over gaat.' }),
  data: z
    .array(session)
    .default([])
    .meta({ title: 'Data', description: 'De dagen van dit onderdeel, met tijden en vorm. Mag leeg blijven.' }),
});

const application = z
  .strictObject({
    email: z
      .email({ error: 'moet een e-mailadres zijn' })
      .optional()
      .meta({ title: 'E-mailadres', description: 'Een algemeen adres van de organisatie, geen persoonlijk adres.' }),
    url: webAddress
      .optional()
      .meta({ title: 'Webadres', description: 'De pagina waar je je aanmeldt of meer leest, beginnend met https://.' }),
    toelichting: text('De toelichting')
      .optional()
      .meta({ title: 'Toelichting', description: 'Hoe aanmelden gaat, als dat niet vanzelf spreekt.' }),
    sluitingsdatum: calendarDate()
      .optional()
      .meta({ title: 'Sluitingsdatum', description: 'De laatste dag om je aan te melden; de agenda toont hem.' }),
  })
  .refine((a) => a.email || a.url, 'Geef een e-mailadres of een webadres om je aan te melden of informatie te vragen');

/** A programme ("programma"): a training, learning practice, workplace or learning network. */
export const programmeSchema = (tools: SchemaTools) =>
  entryBase(tools).extend({
    soort: z
      .enum(programmeKinds, { error: `kies één van: ${programmeKinds.join(', ')}` })
      .meta({ title: 'Soort programma', description: 'Wat voor programma het is.' }),
    status: z
      .enum(programmeStatuses, { error: `kies één van: ${programmeStatuses.join(', ')}` })
      .meta({ title: 'Status', description: 'Of je je nog kunt aanmelden, en of het al loopt of voorbij is.' }),
    doelgroep: line('De doelgroep').meta({ title: 'Doelgroep', description: 'Voor wie het programma is, in woorden.' }),
    plaats: line('De plaats')
      .optional()
      .meta({ title: 'Plaats', description: 'Waar het programma is: de stad, of online.' }),
    periode: period.optional().meta({
      title: 'Periode',
      description: 'Wanneer het programma loopt: een start en misschien een eind, of alleen een duur.',
    }),
    onderdelen: z
      .array(part)
      .default([])
      .meta({ title: 'Onderdelen', description: 'De modules of onderdelen, elk met hun data. Mag leeg blijven.' }),
    leerdoelen: z
      .array(text('Een leerdoel'))
      .default([])
      .meta({ title: 'Leerdoelen', description: 'Wat deelnemers leren, één leerdoel per regel.' }),
    deelname: z
      .array(text('Een deelnameregel'))
      .default([])
      .meta({ title: 'Deelname', description: 'Wat deelname vraagt of voorwaarden om mee te doen, één per regel.' }),
    tijdsinvestering: text('De tijdsinvestering').optional().meta({
      title: 'Tijdsinvestering',
      description: 'Hoeveel tijd het kost, bijvoorbeeld: zes dagdelen en een opdracht.',
    }),
    kosten: text('De kosten')
      .optional()
      .meta({ title: 'Kosten', description: 'Wat deelname kost, of dat het gratis is.' }),
    aanmelden: application.meta({
      title: 'Aanmelden',
      description: 'Hoe je je aanmeldt of informatie vraagt: een e-mailadres en/of een webadres.',
    }),
    begeleiders: z
      .array(person)
      .default([])
      .meta({ title: 'Begeleiders', description: 'Trainers en begeleiders, met hun rol. Mag leeg blijven.' }),
    werkzameElementen: z.array(tools.reference('workingElements')).default([]).meta({
      title: 'Werkzame elementen',
      description: 'De werkzame elementen waar het programma mee werkt. Mag leeg blijven.',
    }),
  });
