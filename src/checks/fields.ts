/**
 * The fields of an entry against its collection's schema, with messages an editor can act on: a missing
 * field with an example to copy, a wrong type in plain words, an unknown field with the closest known name.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { fieldExamples } from '../lib/field-examples.ts';
import { dateAdvice } from '../schemas/common.ts';
import { formatPath, type FieldPath, type Frontmatter } from './frontmatter.ts';

/** The parsed data when it fits the schema; otherwise every problem is reported. */
export function checkFields(
  schema: z.ZodType,
  frontmatter: Frontmatter,
  report: (line: number, message: string) => void,
): unknown {
  const result = schema.safeParse(frontmatter.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((part) => typeof part !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeys(schema, path);
        const suggestion = known.length > 0 ? closest(key, known) : undefined;
        const hint = suggestion && distance(key, suggestion) <= 3 ? ` Bedoelde je "${suggestion}"?` : '';
        report(
          frontmatter.lineOf([...path, key]),
          `veld "${formatPath([...path, key])}" bestaat niet.${hint} Controleer de spelling, of verwijder het veld.`,
        );
      }
      continue;
    }
    const field = formatPath(path);
    const key = String(path.findLast((part) => typeof part === 'string') ?? '');
    const line = frontmatter.lineOf(path);
    if (!field) report(line, issue.message);
    else if (issue.code === 'invalid_type' && issue.input === undefined)
      report(line, `veld "${field}" ontbreekt — voeg toe als ${key}: ${fieldExamples[key] ?? '...'}`);
    else if (issue.code === 'invalid_type' && issue.message.startsWith('Ongeldige invoer'))
      report(line, `veld "${field}" klopt niet: ${typeAdvice(issue.expected, issue.input, key)}`);
    else report(line, `veld "${field}" klopt niet: ${issue.message}`);
  }
  return undefined;
}

/** What a field of the expected type looks like, for the types zod words as "verwacht array". */
function typeAdvice(expected: string, input: unknown, key: string): string {
  switch (expected) {
    case 'date':
      return dateAdvice(input);
    case 'number':
      return 'moet een getal zijn, zonder aanhalingstekens of tekst erbij';
    case 'array':
      return `moet een lijst zijn, zoals ${fieldExamples[key] ?? '[eerste, tweede]'}`;
    case 'object':
      return 'moet een groep velden zijn: zet ze op de regels eronder, ingesprongen met twee spaties';
    case 'boolean':
      return 'moet true (ja) of false (nee) zijn';
    default:
      return 'moet tekst zijn. Staat er een dubbele punt in? Zet de tekst dan tussen aanhalingstekens';
  }
}

/**
 * The fields of `data` that are right on their own, parsed (references become { collection, id }): so the
 * references of an entry with another problem are checked in the same run.
 */
export function validFields(schema: z.ZodType, data: unknown): Record<string, unknown> {
  const shape = objectShape(schema as unknown as Schema);
  if (!shape || typeof data !== 'object' || data === null) return {};
  return Object.fromEntries(
    Object.entries(data).flatMap(([key, value]) => {
      const field = shape[key] as unknown as z.ZodType | undefined;
      const result = field?.safeParse(value);
      return result?.success ? [[key, result.data]] : [];
    }),
  );
}

type Def = { type: string; innerType?: Schema; in?: Schema; shape?: Record<string, Schema>; element?: Schema };
type Schema = { _zod: { def: Def } };

const unwrap = (s: Schema): Schema => {
  const def = s._zod.def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return s;
};

const objectShape = (schema: Schema) => {
  const def = unwrap(schema)._zod.def;
  return def.type === 'object' ? def.shape : undefined;
};

/** The field names the schema knows at `path`, through optional, default and transform wrappers. */
function knownKeys(schema: z.ZodType, path: FieldPath): string[] {
  let current: Schema | undefined = unwrap(schema as unknown as Schema);
  for (const key of path) {
    const def: Def = current._zod.def;
    const next: Schema | undefined =
      def.type === 'object' ? def.shape?.[String(key)] : def.type === 'array' ? def.element : undefined;
    if (!next) return [];
    current = unwrap(next);
  }
  return current._zod.def.type === 'object' ? Object.keys(current._zod.def.shape ?? {}) : [];
}
