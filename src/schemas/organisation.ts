import { z } from 'astro/zod';
import { line, webAddress, text } from './common.ts';
import { paragraphs } from './form-hints.ts';

export const organisationKinds = [
  'kennisinstituut',
  'kennisplatform',
  'adviesbureau',
  'programma',
  'gemeente',
  'netwerk',
] as const;

/**
 * An organisation behind entries. Contact goes through the organisation's own page or general address,
 * never a person's mailbox.
 */
export const organisationSchema = z.strictObject({
  naam: line('De naam').meta({
    title: 'Naam',
    description: 'De naam van de organisatie, zoals zij die zelf schrijft.',
  }),
  soort: z
    .enum(organisationKinds, { error: `kies één van: ${organisationKinds.join(', ')}` })
    .meta({ title: 'Soort organisatie', description: 'Wat voor organisatie het is.' }),
  omschrijving: paragraphs(text('De omschrijving')).meta({
    title: 'Omschrijving',
    description: 'Wat de organisatie doet, in een paar zinnen.',
  }),
  website: webAddress.meta({ title: 'Website', description: 'De website van de organisatie, beginnend met https://.' }),
  plaats: line('De plaats').optional().meta({ title: 'Plaats', description: 'Waar de organisatie zit.' }),
  contact: z.email({ error: 'moet een e-mailadres zijn' }).optional().meta({
    title: 'Contact',
    description: 'Een algemeen e-mailadres van de organisatie, nooit een persoonlijk adres.',
  }),
});
