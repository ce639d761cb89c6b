/**
 * The browser editor's form fields, read from the zod schemas: every key of a schema becomes a field with the
 * widget its type asks for, required when the schema requires it, with the schema's Dutch title as label and
 * its description as hint, and every rule a form can hold (length, pattern, choice, number range). Rules
 * across fields (an end after its start, an assessed level needs its basis) stay with `npm run check`, which
 * reports them on the pull request.
 *
 * Generic on purpose: a field added to a schema appears in the form without a change here. A zod type this
 * walker has no widget for throws, so the build (which writes the configuration) stops instead of leaving a
 * field out.
 */
import { z } from 'astro/zod';
import type { Field } from '@sveltia/cms';
import type { AnyCollection } from '../schemas/collections.ts';
import { clockTime, fuzzyDate, type SchemaTools } from '../schemas/common.ts';
import { evidenceLevels } from '../schemas/evidence.ts';
import { formHints } from '../schemas/form-hints.ts';
import { fuzzyDatePattern } from '../schemas/fuzzy-date.ts';
import { vocabularies } from '../schemas/vocabularies.ts';
import { imageTypes } from '../lib/content-images.ts';
import { evidenceLevelInfo, knowledgeKindLabels, outcomeOriginLabels, sourceKindLabels } from '../lib/evidence.ts';
import {
  eventKindLabels,
  organisationKindLabels,
  programmeKindLabels,
  programmeStatusLabels,
  sessionFormatLabels,
} from '../lib/labels.ts';

/** Marks that the editor's own stand-ins for Astro's image() and reference() leave on a schema. */
const marks = z.registry<{ image?: true; reference?: AnyCollection }>();

/**
 * Stand-ins for image() and reference() that read like the editors' check's (a path, an id) and leave a mark
 * the walker recognises: both are plain strings in a schema otherwise.
 */
export const formSchemaTools: SchemaTools = {
  image: (() => z.string().register(marks, { image: true })) as unknown as SchemaTools['image'],
  reference: (collection) =>
    z
      .string()
      .register(marks, { reference: collection })
      .transform((id) => ({ collection, id })),
};

/** Where a reference points: the collection's name in the editor and the field that names an entry. */
export type RelationTarget = (collection: AnyCollection) => { collection: string; field: string };

/** Dutch labels for the values of each enum, matched by their values: an enum without labels shows its values. */
const optionLabels: Record<string, string>[] = [
  Object.fromEntries(evidenceLevels.map((level) => [level, evidenceLevelInfo[level].label])),
  knowledgeKindLabels,
  outcomeOriginLabels,
  sourceKindLabels,
  eventKindLabels,
  organisationKindLabels,
  programmeKindLabels,
  programmeStatusLabels,
  sessionFormatLabels,
];

const options = (values: readonly string[], labels?: Record<string, string>) => {
  const known =
    labels ??
    optionLabels.find((map) => Object.keys(map).length === values.length && values.every((value) => value in map));
  return values.map((value) => ({ value, label: known?.[value] ?? value }));
};

/** A schema and the schemas it was cloned from (`.meta()`, `.refine()` clone): how shared parts are recognised. */
function* lineage(schema: z.core.$ZodType): Generator<z.core.$ZodType> {
  for (let node: z.core.$ZodType | undefined = schema; node; node = node._zod.parent) yield node;
}
const derivesFrom = (schema: z.core.$ZodType, base: z.core.$ZodType) => [...lineage(schema)].includes(base);

/** What the wrappers around a field's type say: optional, title and hint, form hints, marks. */
interface Unwrapped {
  core: z.core.$ZodType;
  optional: boolean;
  title?: string | undefined;
  description?: string | undefined;
  paragraphs: boolean;
  vocabulary?: keyof typeof vocabularies | undefined;
  image: boolean;
  reference?: AnyCollection | undefined;
  fuzzyDate: boolean;
  clockTime: boolean;
}

/**
 * Peels optional, default and pipe (transform) wrappers off a schema, collecting what each layer says; the
 * outermost title and description win, as they do in zod's own JSON Schema.
 */
function unwrap(schema: z.core.$ZodType): Unwrapped {
  const found: Unwrapped = {
    core: schema,
    optional: false,
    paragraphs: false,
    image: false,
    fuzzyDate: false,
    clockTime: false,
  };
  for (let node: z.core.$ZodType | undefined = schema; node;) {
    const meta = z.globalRegistry.get(node);
    found.title ??= meta?.title;
    found.description ??= meta?.description;
    const hint = formHints.get(node);
    found.paragraphs ||= hint?.paragraphs === true;
    found.vocabulary ??= hint?.vocabulary;
    const mark = marks.get(node);
    found.image ||= mark?.image === true;
    found.reference ??= mark?.reference;
    found.fuzzyDate ||= derivesFrom(node, fuzzyDate);
    found.clockTime ||= derivesFrom(node, clockTime);
    found.core = node;
    const def: z.core.$ZodTypeDef = node._zod.def;
    if (def.type === 'optional' || def.type === 'default') {
      found.optional = true;
      node = (def as z.core.$ZodOptionalDef).innerType;
    } else if (def.type === 'pipe') {
      node = (def as z.core.$ZodPipeDef).in;
    } else node = undefined;
  }
  return found;
}

type Check = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  error?: (issue: object) => unknown;
};
const checksOf = (schema: z.core.$ZodType): Check[] =>
  ((schema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? []).map((check) => check._zod.def as Check);

/** The message a check gives, for a pattern the form holds. */
const messageOf = (check: Check, fallback: string) => {
  const message = check.error?.({ code: 'invalid_format', input: '' });
  return typeof message === 'string' ? message : fallback;
};

/** Min and max number of items of an array. */
function itemCounts(schema: z.core.$ZodType): { min?: number | undefined; max?: number | undefined } {
  const counts: { min?: number | undefined; max?: number | undefined } = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') counts.min = check.minimum;
    if (check.check === 'max_length') counts.max = check.maximum;
  }
  return counts;
}

function stringRules(schema: z.core.$ZodType) {
  const def = schema._zod.def as { format?: string; protocol?: RegExp };
  const rules: Record<string, unknown> = {};
  if (def.format === 'email') rules.type = 'email';
  if (def.format === 'url') {
    rules.type = 'url';
    // The schema allows only some schemes (webAddress: http and https); a form's url type accepts any.
    if (def.protocol)
      rules.pattern = [
        `^(${def.protocol.source.replace(/^\^|\$$/g, '')})://`,
        'moet een volledig webadres zijn dat begint met https://',
      ];
  }
  for (const check of checksOf(schema)) {
    // A minimum of one character says no more than `required`.
    if (check.check === 'min_length' && (check.minimum ?? 0) > 1) rules.minlength = check.minimum;
    if (check.check === 'max_length') rules.maxlength = check.maximum;
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern)
      rules.pattern = [check.pattern.source, messageOf(check, 'heeft niet de goede vorm')];
  }
  return rules;
}

function numberRules(schema: z.core.$ZodType) {
  const rules: Record<string, unknown> = { value_type: 'float' };
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) rules.value_type = 'int';
    if (check.check === 'greater_than' && check.value !== undefined && Number.isFinite(check.value))
      rules.min = check.value;
    if (check.check === 'less_than' && check.value !== undefined && Number.isFinite(check.value))
      rules.max = check.value;
  }
  if (rules.value_type === 'float') rules.step = 0.1;
  return rules;
}

/** The widget and its rules for one value (a field's value, or one item of a list). */
function widgetOf(found: Unwrapped, path: string, relation: RelationTarget): Record<string, unknown> {
  const { core } = found;
  // Uploaded, never linked: the site publishes only images from the content folder, re-encoded.
  if (found.image)
    return {
      widget: 'image',
      choose_url: false,
      accept: imageTypes.map((type) => (type === 'jpg' ? 'image/jpeg' : `image/${type}`)).join(','),
    };
  if (found.reference) {
    const target = relation(found.reference);
    return {
      widget: 'relation',
      collection: target.collection,
      value_field: '{{slug}}',
      search_fields: [target.field],
      display_fields: [target.field],
    };
  }
  if (found.vocabulary) {
    const vocabulary = vocabularies[found.vocabulary];
    return { widget: 'select', options: options(Object.keys(vocabulary), vocabulary) };
  }
  // A date as precise as the source: YAML reads 2024-10-14 as a date and 2017-01 as text, both accepted.
  if (found.fuzzyDate)
    return {
      widget: 'string',
      pattern: [fuzzyDatePattern.source, 'schrijf een datum als 2024-10-14, of 2017-01 of 2017'],
    };
  if (found.clockTime) return { widget: 'datetime', type: 'time', format: 'HH:mm' };

  const def = core._zod.def;
  switch (def.type) {
    case 'string':
      return { widget: found.paragraphs ? 'text' : 'string', ...stringRules(core) };
    case 'number':
      return { widget: 'number', ...numberRules(core) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // Written unquoted as 2024-10-14, which YAML (and so the schema) reads as a date.
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'enum':
      return { widget: 'select', options: options(Object.values((def as z.core.$ZodEnumDef).entries).map(String)) };
    case 'object': {
      const fields = fieldsOf(core as z.core.$ZodObject, relation, `${path}.`);
      return { widget: 'object', fields, summary: `{{fields.${fields[0]!.name}}}` };
    }
    case 'union': {
      // A union of a short form and a full one (deelnemers: 300, or { van, tot }): the form writes the full one.
      const full = (def as z.core.$ZodUnionDef).options.find(
        (option) => unwrap(option).core._zod.def.type === 'object',
      );
      if (full) return widgetOf({ ...found, core: unwrap(full).core }, path, relation);
      break;
    }
    case 'array': {
      const item = unwrap((def as z.core.$ZodArrayDef).element);
      const counts = itemCounts(core);
      if (item.reference || item.vocabulary) return { ...widgetOf(item, path, relation), multiple: true, ...counts };
      const itemWidget = widgetOf(item, path, relation);
      if (itemWidget.widget === 'object') {
        const { fields, summary } = itemWidget;
        return { widget: 'list', fields, summary, ...counts };
      }
      const name = path.split('.').at(-1)!;
      return { widget: 'list', field: { name, label: found.title ?? name, ...itemWidget }, ...counts };
    }
  }
  throw new Error(`No form widget for the zod type "${def.type}" of field "${path}"`);
}

/** One form field for a key of a schema. */
function fieldOf(name: string, schema: z.core.$ZodType, relation: RelationTarget, path: string): Field {
  const found = unwrap(schema);
  return {
    name,
    label: found.title ?? name,
    ...(found.description ? { hint: found.description } : {}),
    required: !found.optional,
    ...widgetOf(found, path, relation),
  } as Field;
}

/** The form fields of an object schema, in the schema's order; nested objects and lists of objects included. */
export function fieldsOf(schema: z.core.$ZodObject, relation: RelationTarget, prefix = ''): Field[] {
  return Object.entries((unwrap(schema).core._zod.def as z.core.$ZodObjectDef).shape).map(([name, field]) =>
    fieldOf(name, field, relation, `${prefix}${name}`),
  );
}
