import { z } from 'astro/zod';
import { text } from './common.ts';

/** A theme ("thema") groups entries across collections; its page lists everything tagged with it. */
export const themeSchema = z.strictObject({
  titel: text('De titel'),
  omschrijving: text('De omschrijving'),
});
