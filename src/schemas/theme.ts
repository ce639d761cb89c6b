import { z } from 'astro/zod';
import { line, text } from './common.ts';
import { paragraphs } from './form-hints.ts';

/** A theme ("thema") groups entries across collections; its page lists everything tagged with it. */
export const themeSchema = z.strictObject({
  titel: line('De titel').meta({ title: 'Titel', description: 'De naam van het thema, kort.' }),
  omschrijving: paragraphs(text('De omschrijving')).meta({
    title: 'Omschrijving',
    description: 'Waar het thema over gaat, in een paar zinnen. Ze staan bovenaan de themapagina.',
  }),
});
