import { z } from 'astro/zod';
import { line, text } from './common.ts';

/** A theme ("thema") groups entries across collections; its page lists everything tagged with it. */
export const themeSchema = z.strictObject({
  titel: line('De titel'),
  omschrijving: text('De omschrijving'),
});
