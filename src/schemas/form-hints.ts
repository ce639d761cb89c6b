/**
 * What the browser editor's form needs to know about a field beyond its type: that a text is paragraphs
 * rather than a line, or that a value comes from a vocabulary. A registry of its own rather than zod's
 * global one (`.meta()`), so none of it ends up in the open data's JSON Schema.
 */
import { z } from 'astro/zod';
import type { Vocabulary } from './vocabularies.ts';

export interface FormHint {
  /** Longer text: a text area rather than a one-line input. */
  paragraphs?: true;
  /** A value from this controlled vocabulary (vocabularies.json). */
  vocabulary?: Vocabulary;
}

export const formHints = z.registry<FormHint>();

/** A text of one or more paragraphs (a text area in the form), non-empty and trimmed like `text()`. */
export function paragraphs<T extends z.ZodType>(schema: T): T {
  formHints.add(schema, { paragraphs: true });
  return schema;
}
