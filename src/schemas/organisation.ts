import { z } from 'astro/zod';
import { line, text, webAddress } from './common.ts';

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
  naam: line('De naam'),
  soort: z.enum(organisationKinds, { error: `kies één van: ${organisationKinds.join(', ')}` }),
  omschrijving: text('De omschrijving'),
  website: webAddress,
  plaats: line('De plaats').optional(),
  contact: z.email({ error: 'moet een e-mailadres zijn' }).optional(),
});
