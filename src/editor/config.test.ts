import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EntryCollection as EditorCollection, Field } from '@sveltia/cms';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { stringify } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectionInfo, type AnyCollection } from '../schemas/collections.ts';
import type { SchemaTools } from '../schemas/common.ts';
import { formHints } from '../schemas/form-hints.ts';
import { collectionSchemas, supportSchemas } from '../schemas/index.ts';
import { vocabularies } from '../schemas/vocabularies.ts';
import { imageTypes, maxImageBytes } from '../lib/content-images.ts';
import { editorBackend, editorConfig } from './config.ts';
import { fieldsOf } from './fields.ts';
import { readTemplate, templateTexts } from './templates.ts';

const root = resolve(import.meta.dirname, '../..');
const config = editorConfig({
  backend: { name: 'github', repo: 'wat-werkt/wat-werkt', branch: 'main' },
  siteUrl: 'https://voorbeeld.github.io/wat-werkt/',
  contentFolder: 'content',
});
const allCollections = Object.keys(collectionInfo) as AnyCollection[];
const editorCollection = (collection: AnyCollection) =>
  (config.collections as EditorCollection[]).find((c) => c.name === collectionInfo[collection].folder)!;

/**
 * The schemas as this test reads them, independently of the generator: references and images become literals
 * that say what they are ("ref:themes", "image"), so a leaf's expected widget can be told from the schema.
 */
const testTools: SchemaTools = {
  image: (() => z.literal('image')) as unknown as SchemaTools['image'],
  reference: (collection) => z.literal(`ref:${collection}`) as unknown as ReturnType<SchemaTools['reference']>,
};
const testSchemas: Record<AnyCollection, z.ZodObject> = collectionSchemas(testTools);

interface Leaf {
  required: boolean;
  /** The innermost schema (optional, default and transforms peeled off; of a list, its item). */
  inner: z.core.$ZodType;
  list: boolean;
}

const peel = (schema: z.core.$ZodType): z.core.$ZodType => {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.innerType) return peel(def.innerType);
  if (def.type === 'pipe') return peel(def.in!);
  if (def.type === 'union') {
    const object = (def as unknown as z.core.$ZodUnionDef).options.map(peel).find((o) => o._zod.def.type === 'object');
    return object ?? schema;
  }
  return schema;
};

/** Every key path of a schema (list items as `list.key`), with whether the schema requires it. */
function schemaLeaves(schema: z.core.$ZodType, prefix = ''): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const shape = (peel(schema)._zod.def as z.core.$ZodObjectDef).shape;
  for (const [key, field] of Object.entries(shape)) {
    const path = `${prefix}${key}`;
    let inner = peel(field);
    const list = inner._zod.def.type === 'array';
    if (list) inner = peel((inner._zod.def as z.core.$ZodArrayDef).element);
    leaves.set(path, { required: !z.safeParse(field, undefined).success, inner, list });
    if (inner._zod.def.type === 'object') for (const [p, l] of schemaLeaves(inner, `${path}.`)) leaves.set(p, l);
  }
  return leaves;
}

/** Every key path of the form's fields, with the field. */
function formFields(fields: readonly Field[], prefix = ''): Map<string, Field> {
  const found = new Map<string, Field>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    found.set(path, field);
    const sub = (field as { fields?: Field[] }).fields;
    if (sub) for (const [p, f] of formFields(sub, `${path}.`)) found.set(p, f);
  }
  return found;
}

const formOf = (collection: AnyCollection) => formFields(editorCollection(collection).fields);
const widgetOf = (field: Field) => ('widget' in field ? field.widget : 'string');
const valuesOf = (field: Field) => (field as { options: { value: string }[] }).options.map((option) => option.value);

describe('the browser editor configuration', () => {
  it.each(allCollections)('has a field for every key of the %s schema, no more, required as the schema says', (c) => {
    const leaves = schemaLeaves(testSchemas[c]);
    const form = formOf(c);
    form.delete('body');
    expect([...form.keys()].sort()).toEqual([...leaves.keys()].sort());
    for (const [path, leaf] of leaves)
      expect({ path, required: (form.get(path) as { required?: boolean }).required }).toEqual({
        path,
        required: leaf.required,
      });
  });

  it.each(allCollections)('gives every field of %s its widget, choices and references from the schema', (c) => {
    const form = formOf(c);
    for (const [path, leaf] of schemaLeaves(testSchemas[c])) {
      const field = form.get(path)!;
      const def = leaf.inner._zod.def as { type: string; values?: unknown[]; entries?: Record<string, string> };
      const vocabulary = formHints.get(leaf.inner)?.vocabulary;
      const literal = def.type === 'literal' ? String(def.values![0]) : undefined;
      const expected =
        literal === 'image'
          ? { widget: 'image' }
          : literal?.startsWith('ref:')
            ? {
                widget: 'relation',
                collection: collectionInfo[literal.slice(4) as AnyCollection].folder,
                multiple: leaf.list || undefined,
              }
            : vocabulary
              ? { widget: 'select', options: Object.keys(vocabularies[vocabulary]), multiple: leaf.list || undefined }
              : def.type === 'enum'
                ? { widget: 'select', options: Object.values(def.entries!) }
                : def.type === 'object'
                  ? { widget: leaf.list ? 'list' : 'object' }
                  : leaf.list
                    ? { widget: 'list' }
                    : def.type === 'date'
                      ? { widget: 'datetime' }
                      : def.type === 'number'
                        ? { widget: 'number' }
                        : undefined;
      if (!expected) continue;
      const actual = {
        widget: widgetOf(field),
        ...('collection' in expected ? { collection: (field as { collection: string }).collection } : {}),
        ...('options' in expected ? { options: valuesOf(field) } : {}),
        ...('multiple' in expected ? { multiple: (field as { multiple?: boolean }).multiple } : {}),
      };
      expect({ path, ...actual }).toEqual({ path, ...expected });
    }
  });

  it('labels every field and explains it in Dutch, from the schema', () => {
    for (const collection of allCollections)
      for (const [path, field] of formOf(collection)) {
        expect(field.label, `${collection} ${path}`).toMatch(/\S/);
        expect(field.label, `${collection} ${path}`).not.toBe(field.name);
        expect((field as { hint?: string }).hint, `${collection} ${path}`).toMatch(/\S/);
      }
    expect(formOf('practiceExamples').get('periode.start')).toMatchObject({
      label: 'Start',
      hint: 'Wanneer het begon: 2024-01-15, of 2024-01 of 2024 als de bron niet preciezer is.',
    });
  });

  it('has a field for every frontmatter key in the content and the fixture', () => {
    const missing: string[] = [];
    const keyPaths = (value: unknown, prefix = ''): string[] =>
      Array.isArray(value)
        ? value.flatMap((item) => keyPaths(item, prefix))
        : value && typeof value === 'object' && !(value instanceof Date)
          ? Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...keyPaths(item, `${prefix}${key}.`)])
          : [];
    let files = 0;
    for (const contentRoot of ['content', 'tests/fixtures/site'])
      for (const collection of allCollections) {
        const folder = collectionInfo[collection].folder;
        const form = formOf(collection);
        for (const file of globSync('*.{md,mdx}', { cwd: join(root, contentRoot, folder) })) {
          files++;
          const text = readFileSync(join(root, contentRoot, folder, file), 'utf8');
          const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
          for (const path of keyPaths(data))
            if (!form.has(path)) missing.push(`${contentRoot}/${folder}/${file}: ${path}`);
        }
      }
    expect(files).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('is valid for Sveltia CMS, by its own JSON Schema, with either backend', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
    const testConfig = editorConfig({
      backend: { name: 'test-repo' },
      siteUrl: 'https://wat-werkt.example/',
      contentFolder: 'tests/fixtures/site',
    });
    for (const candidate of [config, testConfig]) {
      // As the browser reads it: through YAML.
      validate(yaml.load(stringify(candidate)));
      expect(validate.errors ?? []).toEqual([]);
    }
    // A misspelt option is refused, so the check above can fail.
    expect(validate({ ...config, collections: [{ ...config.collections![0], fieldz: [] }] })).toBe(false);
  });

  it('makes every entry a pull request of its own, on the GitHub repository of the site', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    // Sveltia keeps the workflow to GitHub and warns on its test backend, which saves in the browser.
    const testConfig = editorConfig({
      backend: { name: 'test-repo' },
      siteUrl: 'https://x.example/',
      contentFolder: 'c',
    });
    expect(testConfig.publish_mode).toBeUndefined();
    expect(editorBackend('https://github.com/gemeente/wat-werkt')).toEqual({
      name: 'github',
      repo: 'gemeente/wat-werkt',
      branch: 'main',
    });
    expect(editorBackend('https://github.com/gemeente/wat-werkt', 'https://auth.voorbeeld.nl')).toEqual({
      name: 'github',
      repo: 'gemeente/wat-werkt',
      branch: 'main',
      base_url: 'https://auth.voorbeeld.nl',
    });
    expect(editorBackend('https://git.wat-werkt.example/wat-werkt')).toEqual({ name: 'test-repo' });
    expect(editorBackend(undefined)).toEqual({ name: 'test-repo' });
  });

  it('names files and pages as the site does, under its base path', () => {
    const elements = editorCollection('workingElements');
    expect(elements).toMatchObject({
      folder: 'content/werkzame-elementen',
      extension: 'md',
      slug: '{{slug}}',
      identifier_field: 'titel',
      preview_path: '/wat-werkt/werkzame-elementen/{{slug}}/',
    });
    expect(editorCollection('organisations').identifier_field).toBe('naam');
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('starts a new entry from its template, with no relation picked (an example id would be saved unseen)', () => {
    const practice = editorCollection('practiceExamples').fields;
    const field = (name: string) => practice.find((f) => f.name === name) as { default?: unknown };
    expect(field('samenvatting').default).toMatch(/^Vervang /);
    expect(field('regio').default).toBe('noord-holland');
    for (const collection of allCollections)
      for (const relation of editorCollection(collection).fields.filter(
        (f) => 'widget' in f && f.widget === 'relation',
      ))
        expect({ collection, field: relation.name, default: (relation as { default?: unknown }).default }).toEqual({
          collection,
          field: relation.name,
          default: undefined,
        });
    // Not vacuous: the template picks some, which npm run new keeps for an editor to change in the file.
    expect(readTemplate(templateTexts.praktijkvoorbeelden!).data).toMatchObject({ themas: [expect.any(String)] });
  });

  it('takes only images the check accepts: uploads to the shared images folder, within the size limit', () => {
    const image = formOf('workingElements').get('afbeelding.src')!;
    expect(image).toMatchObject({ widget: 'image', required: true, choose_url: false });
    expect((image as { accept: string }).accept.split(',')).toEqual(
      imageTypes.map((type) => `image/${type.replace('jpg', 'jpeg')}`),
    );
    expect(formOf('workingElements').get('afbeelding.alt')).toMatchObject({ widget: 'string', required: true });
    expect(editorCollection('workingElements')).toMatchObject({
      media_folder: '/content/afbeeldingen',
      public_folder: '../afbeeldingen',
    });
    expect(config.media_libraries).toMatchObject({ default: { config: { max_file_size: maxImageBytes } } });
  });

  it('picks up a field added to a schema without a change to the generator, and refuses a type it cannot show', () => {
    const target = () => ({ collection: 'x', field: 'titel' });
    const extended = supportSchemas.themes.extend({
      kleur: z.string().meta({ title: 'Kleur', description: 'Een kleur.' }),
    });
    expect(fieldsOf(extended, target).map((field) => field.name)).toEqual(['titel', 'omschrijving', 'kleur']);
    expect(() => fieldsOf(z.strictObject({ tabel: z.record(z.string(), z.string()) }), target)).toThrow(
      'No form widget for the zod type "record" of field "tabel"',
    );
  });
});
