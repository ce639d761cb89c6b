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

/** What checking one file gives: `lineOf`, a function, is not remembered (below). */
type FileCheck = { lineOf?: (path: FieldPath) => number };

/** A file's check without its `lineOf`, and whether it had one. */
type Stored = { result: Record<string, unknown>; hasLines: boolean };

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
    check<Result extends FileCheck>(path: string, shown: string, collection: string, run: () => Result): Result {
      const key = digest(`${shown}\n${collection}\n${fileDigest(path)}`);
      const known = previous.get(key);
      if (known) {
        reused++;
        files.set(key, known);
        if (!known.hasLines) return known.result as Result;
        // A field's line is asked for only by a problem found across files (a reference to an entry that is
        // gone, a duplicate title), which is rare: the file is checked again then. Remembering every field's
        // line instead made the check find them all, with the second YAML parser, on every file.
        let lineOf: FileCheck['lineOf'];
        return { ...known.result, lineOf: (field: FieldPath) => (lineOf ??= run().lineOf!)(field) } as Result;
      }
      const result = run();
      const { lineOf, ...rest } = result;
      files.set(key, { result: rest, hasLines: lineOf !== undefined });
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
