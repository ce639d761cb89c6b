/**
 * Entries as the browser editor writes them (src/editor/config.ts): filled in through every field, they pass
 * the editors' check; started from a template and left as they are, the check refuses them.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EntryCollection as EditorCollection, Field } from '@sveltia/cms';
import yaml from 'js-yaml';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content.ts';
import { editorConfig } from '../../src/editor/config.ts';
import { collectionInfo, entryCollections, type AnyCollection } from '../../src/schemas/collections.ts';

const root = resolve(import.meta.dirname, '../..');
const config = editorConfig({
  backend: { name: 'test-repo' },
  siteUrl: 'https://wat-werkt.example/',
  contentFolder: 'content',
});
const allCollections = Object.keys(collectionInfo) as AnyCollection[];
const editorCollection = (collection: AnyCollection) =>
  (config.collections as EditorCollection[]).find((c) => c.name === collectionInfo[collection].folder)!;

describe('entries written with the form', () => {
  const tree = mkdtempSync(join(tmpdir(), 'wat-werkt-editor-'));
  cpSync(join(root, 'tests/fixtures/site'), tree, { recursive: true });
  cpSync(join(tree, 'praktijkvoorbeelden/rustige-post.jpg'), join(tree, 'afbeeldingen/uit-het-formulier.jpg'), {
    recursive: true,
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  const idsIn = (folder: string) =>
    readdirSync(join(tree, folder))
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => f.replace(/\.mdx?$/, ''));
  let hour = 9;

  /** What an editor enters in a field: a plausible value for its widget, within its rules. */
  function sample(field: Field, text: string): unknown {
    const f = field as Record<string, unknown> & { widget?: string };
    switch (f.widget) {
      case 'relation': {
        const id = idsIn(f.collection as string)[0]!;
        return f.multiple ? [id] : id;
      }
      case 'select': {
        const value = (f.options as { value: string }[])[0]!.value;
        return f.multiple ? [value] : value;
      }
      case 'image':
        // Where the form puts an upload, as it writes it in the entry.
        return `${editorCollection('practiceExamples').public_folder}/uit-het-formulier.jpg`;
      case 'datetime':
        return f.type === 'time' ? `${String(hour++).padStart(2, '0')}:00` : '2024-10-14';
      case 'number':
        return (f.min as number | undefined) ?? 1;
      case 'object':
        return Object.fromEntries((f.fields as Field[]).map((sub) => [sub.name, sample(sub, text)]));
      case 'list':
        return [f.field ? sample(f.field as Field, text) : sample({ ...f, widget: 'object' } as Field, text)];
      default: {
        if (f.type === 'url') return 'https://voorbeeld.nl/';
        if (f.type === 'email') return 'redactie@voorbeeld.nl';
        // A text whose pattern asks for digits holds a date as precise as the source (2024-10-14, 2017-01, 2017);
        // other patterns (one line, no markup) take the text.
        const [pattern] = (f.pattern as string[] | undefined) ?? [];
        return pattern?.includes('\\d') ? '2024-10-14' : text;
      }
    }
  }

  /** The file as Sveltia CMS writes it (its YAML options: src/lib/services/contents/file/format.js). */
  const asFile = (data: Record<string, unknown>, body: string) =>
    `---\n${stringify(data, null, { indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType: 'PLAIN', defaultStringType: 'PLAIN', singleQuote: true }).trim()}\n---\n\n${body}\n`;

  it('pass the check with every field filled in', () => {
    const written: string[] = [];
    for (const collection of allCollections) {
      const folder = collectionInfo[collection].folder;
      const { fields } = editorCollection(collection);
      const data = Object.fromEntries(
        fields
          .filter((field) => field.name !== 'body')
          .map((field) => [field.name, sample(field, `Een eigen tekst uit het formulier voor ${folder}.`)]),
      );
      writeFileSync(join(tree, folder, 'uit-het-formulier.md'), asFile(data, '## Achtergrond\n\nEen eigen tekst.'));
      written.push(`${folder}/uit-het-formulier.md`);
    }
    const problems = checkContent(tree).filter((problem) => written.some((file) => problem.file.endsWith(file)));
    expect(problems).toEqual([]);
    expect(readFileSync(join(tree, 'programmas/uit-het-formulier.md'), 'utf8')).toMatch(/^gepubliceerd: 2024-10-14$/m);
  });

  it.each(entryCollections)(
    'start a new %s from the template of npm run new, which the check refuses until edited',
    (collection) => {
      const folder = collectionInfo[collection].folder;
      const { fields } = editorCollection(collection);
      const template = readFileSync(join(root, 'scripts/templates', `${folder}.md`), 'utf8');
      const templateData = yaml.load(
        /^---\n([\s\S]*?)\n---/.exec(template)![1]!.replace(/\{\{\w+\}\}/g, "'$&'"),
      ) as object;
      const defaults = Object.fromEntries(
        fields
          .filter((field) => 'default' in field)
          .map((field) => [field.name, (field as { default: unknown }).default]),
      );
      // Every value the template gives is where the form starts, today's date as the form's {{now}}. The title
      // is typed, and so is the date of an event or session (the template's today is only an example there).
      const expected = JSON.parse(JSON.stringify(templateData), (key, value) =>
        Array.isArray(value)
          ? value.filter((item) => item !== '{{vandaag}}')
          : value === '{{vandaag}}' && key !== ''
            ? undefined
            : value,
      );
      const isRelation = (field: Field) => 'widget' in field && field.widget === 'relation';
      for (const [key, value] of Object.entries(templateData)) {
        const field = fields.find((f) => f.name === key)!;
        // A relation starts with nothing picked (the template's example ids would be saved unseen).
        if (isRelation(field)) expect(defaults[key], key).toBeUndefined();
        else if (value === '{{vandaag}}')
          expect(defaults[key], key).toBe('widget' in field && field.widget === 'datetime' ? '{{now}}' : undefined);
        else if (value !== '{{titel}}' && !(Array.isArray(value) && value.length === 0))
          expect(defaults[key], key).toEqual(expected[key]);
      }
      const { body, ...data } = Object.fromEntries(
        Object.entries(defaults).map(([key, value]) => [key, value === '{{now}}' ? '2026-12-06' : value]),
      );
      // The real archive, where the template's themes and organisations exist.
      const archive = mkdtempSync(join(tmpdir(), 'wat-werkt-editor-archive-'));
      try {
        cpSync(join(root, 'content'), archive, { recursive: true });
        const file = join(archive, folder, 'nieuw-uit-het-formulier.md');
        writeFileSync(file, asFile({ titel: `Nieuw uit het formulier voor ${folder}`, ...data }, String(body)));
        const problems = checkContent(archive)
          .filter((problem) => problem.file.endsWith(`${folder}/nieuw-uit-het-formulier.md`))
          .map((problem) => problem.message);
        // Refused for the template's example texts, and for nothing else but the dates and the picks the form
        // leaves to the editor.
        const leftToEditor = fields.filter(isRelation).map((field) => field.name);
        expect(problems.some((message) => message.includes('voorbeeldtekst uit het sjabloon'))).toBe(true);
        expect(
          problems.filter(
            (message) =>
              !message.includes('voorbeeldtekst uit het sjabloon') &&
              !/^veld "[^"]*datum"/.test(message) &&
              !leftToEditor.some((name) => message.startsWith(`veld "${name}"`)),
          ),
        ).toEqual([]);
      } finally {
        rmSync(archive, { recursive: true, force: true });
      }
    },
  );
});
