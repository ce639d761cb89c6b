/**
 * The browser editor's configuration (Sveltia CMS, at /redactie/), generated from the collection map and the
 * zod schemas the check, the build and the open data use: one form per collection, never a second list of
 * fields kept by hand. The build writes it at every run (src/pages/redactie/config.yml.ts), so it cannot
 * drift from the schemas.
 */
import type { CmsConfig, EntryCollection as EditorCollection, Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import {
  collectionInfo,
  entryCollections,
  entryPath,
  type AnyCollection,
  type EntryCollection,
} from '../schemas/collections.ts';
import { collectionSchemas } from '../schemas/index.ts';
import { maxImageBytes, sharedImagesFolder } from '../lib/content-images.ts';
import { fieldsOf, formSchemaTools, type RelationTarget } from './fields.ts';
import { isToday, readTemplate, templateTexts, withoutToday } from './templates.ts';

export type EditorBackend = { name: 'github'; repo: string; branch: string; base_url?: string } | { name: 'test-repo' };

export interface EditorOptions {
  backend: EditorBackend;
  /** The site's address with its base path (settings.siteUrl): the editor links each entry to its page. */
  siteUrl: string;
  /** The content folder inside the repository, e.g. `content` (the fixture site: `tests/fixtures/site`). */
  contentFolder: string;
}

/** The schemas the form is built from: the site's own, with stand-ins for image() and reference(). */
export const formSchemas: Record<AnyCollection, z.core.$ZodObject> = collectionSchemas(formSchemaTools);

/** The field an entry is named by (titel, or naam for organisations): the first field of its schema. */
const identifierOf = (collection: AnyCollection) => Object.keys(formSchemas[collection]._zod.def.shape)[0]!;

const isEntryCollection = (collection: AnyCollection): collection is EntryCollection =>
  (entryCollections as readonly string[]).includes(collection);

const relation: RelationTarget = (collection) => ({
  collection: collectionInfo[collection].folder,
  field: identifierOf(collection),
});

/** Heading levels an editor may use: the page title is the only level-one heading (body-rules.ts). */
const headingButtons = ['heading-two', 'heading-three', 'heading-four'] as const;

/** The entry's text below its fields, started from the template's text. */
const bodyField = (body: string | undefined): Field => ({
  name: 'body',
  label: 'Tekst',
  hint: 'Het verhaal in je eigen woorden. Begin koppen met niveau 2; vertel niet opnieuw wat de velden al zeggen.',
  widget: 'markdown',
  required: false,
  buttons: ['bold', 'italic', 'link', ...headingButtons, 'quote', 'bulleted-list', 'numbered-list'],
  ...(body ? { default: body } : {}),
});

const isRelation = (field: Field) => 'widget' in field && field.widget === 'relation';

/**
 * A template's values as the form's defaults for a new entry. Where the template has today's date, a date
 * field starts at today (`{{now}}`); a date inside a list item, or one that may be a month or a year (a
 * text field), is left for the editor to enter, as the date of the event it names. A relation starts with
 * nothing picked: the template's example id would pass the check unnoticed, and the picker shows only
 * entries that exist, so an id the content lacks would be saved without the editor seeing or removing it.
 */
function withDefaults(fields: Field[], data: Record<string, unknown>): Field[] {
  const unknown = Object.keys(data).filter((key) => !fields.some((field) => field.name === key));
  if (unknown.length) throw new Error(`Template fields that no schema has: ${unknown.join(', ')}`);
  return fields.map((field) => {
    if (!(field.name in data) || isRelation(field)) return field;
    const value = data[field.name];
    if (isToday(value))
      return 'widget' in field && field.widget === 'datetime' ? { ...field, default: '{{now}}' } : field;
    const plain = withoutToday(value);
    return Array.isArray(plain) && plain.length === 0 ? field : ({ ...field, default: plain } as Field);
  });
}

function collectionOf(collection: AnyCollection, { siteUrl, contentFolder }: EditorOptions): EditorCollection {
  const info = collectionInfo[collection];
  const template = templateTexts[info.folder] === undefined ? undefined : readTemplate(templateTexts[info.folder]!);
  const fields = fieldsOf(formSchemas[collection], relation);
  const startingFields = template ? withDefaults(fields, template.data) : fields;
  const basePath = new URL(siteUrl).pathname;
  return {
    name: info.folder,
    label: info.plural,
    label_singular: info.singular,
    description: info.intro,
    folder: `${contentFolder}/${info.folder}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    identifier_field: identifierOf(collection),
    // The file name from the title, as `npm run new` makes it: lowercase letters, digits and hyphens.
    slug: '{{slug}}',
    preview_path: `${basePath}${entryPath(collection, '{{slug}}').slice(1)}`,
    // Editors' changes of a file name must not add an `aliases` key, which the schema refuses.
    aliases_field: false,
    // Shared images go in the content's afbeeldingen/ folder, written as the check wants them: ../afbeeldingen/x.jpg.
    media_folder: `/${contentFolder}/${sharedImagesFolder}`,
    public_folder: `../${sharedImagesFolder}`,
    fields: isEntryCollection(collection) ? [...startingFields, bodyField(template?.body)] : startingFields,
  };
}

/** The editor's whole configuration. */
export function editorConfig(options: EditorOptions): CmsConfig {
  const collections = Object.keys(collectionInfo) as AnyCollection[];
  return {
    backend: options.backend,
    // One pull request per entry: editors propose, a reviewer merges. Sveltia has the workflow for GitHub only
    // (and warns about it on its test backend, which saves in the browser).
    ...(options.backend.name === 'github' ? { publish_mode: 'editorial_workflow' as const } : {}),
    app_title: 'Wat Werkt: redactie',
    site_url: options.siteUrl,
    media_folder: `${options.contentFolder}/${sharedImagesFolder}`,
    // Uploads within the check's limit, named like files (no spaces); no stock photo sites (their licences
    // are not ours to check).
    media_libraries: {
      default: { config: { max_file_size: maxImageBytes, slugify_filename: true } },
      stock_assets: { providers: [] },
    },
    // File names as npm run new makes them: no accents, lowercase.
    slug: { encoding: 'ascii', clean_accents: true },
    // An empty optional field is left out, not written as '' (which a non-empty text field refuses).
    output: { omit_empty_optional_fields: true },
    collections: collections.map((collection) => collectionOf(collection, options)),
  };
}

/** The GitHub backend for a repository address such as https://github.com/org/wat-werkt; otherwise the test backend. */
export function editorBackend(repoUrl: string | undefined, authUrl?: string, branch = 'main'): EditorBackend {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repoUrl ?? '');
  if (!match) return { name: 'test-repo' };
  // Without an OAuth worker Sveltia offers sign-in with a personal access token (and Netlify's OAuth by default).
  return { name: 'github', repo: match[1]!, branch, ...(authUrl ? { base_url: authUrl } : {}) };
}
