import { z } from 'astro/zod';
import { type SchemaTools, calendarDate, entryBase, text } from './common.ts';
import { caveats, checkSourceNumbers, evidence, knowledgeSource } from './evidence.ts';
import { paragraphs } from './form-hints.ts';
import { terms } from './vocabularies.ts';

/** A working element ("werkzaam element"): what it is, why it works, what backs it and what it needs. */
export const workingElementSchema = (tools: SchemaTools) =>
  entryBase(tools)
    .extend({
      waaromHetWerkt: paragraphs(text('"waaromHetWerkt" (waarom dit element werkt)')).meta({
        title: 'Waarom het werkt',
        description: 'Waarom dit element werkt, in een paar zinnen. De pagina toont dit onder een eigen kop.',
      }),
      voorwaarden: z
        .array(text('Een voorwaarde'))
        .min(1, 'Noem minstens één voorwaarde waaronder het element werkt')
        .meta({
          title: 'Voorwaarden',
          description: 'Minstens één voorwaarde waaronder het element werkt, één per regel.',
        }),
      watVraagtHet: paragraphs(text('"watVraagtHet" (wat het van professionals vraagt)')).meta({
        title: 'Wat vraagt het',
        description: 'Wat het element van professionals vraagt: tijd, vaardigheden, ruimte.',
      }),
      gerelateerd: z.array(tools.reference('workingElements')).default([]).meta({
        title: 'Verwante elementen',
        description: 'Andere werkzame elementen die hiermee samenhangen. Mag leeg blijven.',
      }),
      laatstGecontroleerd: calendarDate().meta({
        title: 'Laatst gecontroleerd',
        description:
          'Wanneer de inhoud voor het laatst is nagekeken. Na 24 maanden meldt de site dat het verouderd kan zijn.',
      }),
      onderbouwing: evidence,
      kennisbronnen: z.array(knowledgeSource).default([]).meta({
        title: 'Kennisbronnen',
        description:
          'Welke soorten kennis het element onderbouwen (wetenschap, praktijk, ervaring), elk met één zin en de nummers van de bronnen.',
      }),
      ...caveats,
      doelgroepen: terms('doelgroepen'),
      wetten: terms('wetten'),
      niveaus: terms('niveaus'),
      overdraagbaarheid: paragraphs(text('"overdraagbaarheid" (wat nodig is om het elders toe te passen)'))
        .optional()
        .meta({
          title: 'Overdraagbaarheid',
          description: 'Wat nodig is om het element elders toe te passen. Laat leeg als de bron het niet zegt.',
        }),
    })
    .superRefine(checkSourceNumbers);
