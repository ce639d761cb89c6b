/**
 * The content check spends almost all its time on each file alone (reading its data block with two YAML
 * parsers, its body, the schema: 1.09 of 1.16 s at 1,000 entries), and a rebuild changes few files. So what
 * the check of one file found is remembered, keyed by everything that check reads: the file's bytes, its
 * path and collection, every image of the content tree (a file may name one), and the checks' own code with
 * the installed packages. A remembered answer is the one checking would give; the checks across files
 * (references, duplicate titles, links between entries) run anew on every build.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { digest, fileDigest } from '../digest.ts';
import type { FieldPath } from './frontmatter.ts';

/** What checking one file gives; `lineOf` is a function, remembered as the line of every field. */
export interface FileCheck<Result extends { lineOf?: (path: FieldPath) => number }> {
  result: Result;
  /** The fields whose lines may be asked for later (the checked data). */
  fields: unknown;
}

/** A file's check without its `lineOf`, and the lines of its fields when it had one. */
type Stored = { result: Record<string, unknown>; lines?: Record<string, number> };

const sourcesOf = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/** The checks' code: this folder and the layers it reads (src/lib, src/schemas), and the installed packages. */
function codeVersion(): string {
  const src = join(import.meta.dirname, '..');
  const files = ['checks', 'lib', 'schemas'].flatMap((layer) => sourcesOf(join(src, layer)));
  const installed = join(src, '..', 'node_modules/.package-lock.json');
  return digest([...files, installed].map((file) => `${file} ${fileDigest(file)}`).join('\n'));
}

/** Every path below `value` (map keys and list positions), with the path itself: the fields of a data block. */
function pathsIn(value: unknown, path: FieldPath = []): FieldPath[] {
  const children =
    Array.isArray(value) && value.length > 0
      ? value.flatMap((item, i) => pathsIn(item, [...path, i]))
      : value && typeof value === 'object' && !(value instanceof Date)
        ? Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...path, key]))
        : [];
  return [path, ...children];
}

/** A `lineOf` from remembered lines: the line of the longest known beginning of the path, as lineOf walks. */
const linesOf = (lines: Record<string, number>) => (path: FieldPath) => {
  for (let length = path.length; length >= 0; length--) {
    const line = lines[JSON.stringify(path.slice(0, length))];
    if (line !== undefined) return line;
  }
  return 1;
};

/**
 * A memory of file checks in `file` (under the build's cache), for the content tree at `contentRoot`:
 * `check` answers from it or checks, and `save` keeps what this run checked.
 */
export function entryMemory(file: string, contentRoot: string) {
  const images = digest(
    readdirSync(contentRoot, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.mdx?$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => `${path} ${fileDigest(path)}`)
      .join('\n'),
  );
  const version = digest(`${codeVersion()} ${images}`);
  let previous = new Map<string, Stored>();
  try {
    const stored = deserialize(readFileSync(file)) as { version: string; files: Map<string, Stored> };
    if (stored.version === version) previous = stored.files;
  } catch {
    // No memory yet, or an unreadable one: every file is checked.
  }
  const files = new Map<string, Stored>();
  let reused = 0;

  return {
    check<Result extends { lineOf?: (path: FieldPath) => number }>(
      path: string,
      shown: string,
      collection: string,
      run: () => FileCheck<Result>,
    ): Result {
      const key = digest(`${shown}\n${collection}\n${fileDigest(path)}`);
      const known = previous.get(key);
      if (known) {
        reused++;
        files.set(key, known);
        return { ...known.result, ...(known.lines && { lineOf: linesOf(known.lines) }) } as Result;
      }
      const { result, fields } = run();
      const { lineOf, ...rest } = result;
      const lines =
        lineOf && Object.fromEntries(pathsIn(fields).map((field) => [JSON.stringify(field), lineOf(field)]));
      files.set(key, { result: rest, ...(lines && { lines }) });
      return result;
    },
    /** Files answered from memory instead of checked. */
    get reused() {
      return reused;
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, serialize({ version, files }));
    },
  };
}
