/**
 * New entries in the browser editor start from the templates `npm run new` fills in (scripts/templates/):
 * the same example values and placeholder texts, which the check refuses until an editor replaces them.
 */
import { parse } from 'yaml';

/** Each template's text by the folder (collection) it is for. */
export const templateTexts: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../scripts/templates/*.md', { query: '?raw', import: 'default', eager: true }),
  ).map(([path, text]) => [path.replace(/^.*\/|\.md$/g, ''), text]),
);

/** What `npm run new` fills in: the title the editor gives, and today's date. */
const title = '{{titel}}';
const today = '{{vandaag}}';

export interface Template {
  /** Field values as the template gives them; `today` marks where `npm run new` writes today's date. */
  data: Record<string, unknown>;
  body: string;
}

/** A template's fields and text; the title is left out (the editor types it). */
export function readTemplate(text: string): Template {
  const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  // The placeholders are quoted first: unquoted, YAML would read {{titel}} as a nested mapping.
  const data = parse(head.replaceAll(title, JSON.stringify(title)).replaceAll(today, JSON.stringify(today))) as Record<
    string,
    unknown
  >;
  return { data: Object.fromEntries(Object.entries(data).filter(([, value]) => value !== title)), body: body.trim() };
}

/** True for the place where `npm run new` writes today's date. */
export const isToday = (value: unknown) => value === today;

/** A template value without today's date in it: a form's default cannot hold the day the form is opened. */
export function withoutToday(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isToday(item)).map(withoutToday);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => !isToday(item))
        .map(([key, item]) => [key, withoutToday(item)]),
    );
  return value;
}
