/**
 * The editors' check as one Dutch pull request comment (src/checks/check-comment.ts), written to stdout.
 * Runs the same check as `npm run check`; advice (what would make a description complete) only for the files
 * the pull request changes, listed one per line in the file given with --changed.
 *
 *   node scripts/check-comment.ts [--changed changed-files.txt] > reactie.md
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { settings } from '../src/settings.ts';
import { checkComment } from '../src/checks/check-comment.ts';
import { checkContent } from '../src/checks/content.ts';
import { frontmatterData } from '../src/checks/frontmatter.ts';

const { values } = parseArgs({ options: { changed: { type: 'string' } } });
const changed = values.changed
  ? new Set(
      readFileSync(values.changed, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
  : undefined;

const contentRoot = resolve(settings.contentRoot);
const displayRoot = relative(process.cwd(), contentRoot) || '.';
const problems = checkContent(contentRoot, displayRoot, { advice: true }).filter(
  (problem) => problem.severity !== 'advies' || !changed || changed.has(problem.file),
);

/** The file's `titel`, if its frontmatter can be read at all: a broken file is named by its path. */
function titleOf(file: string): string | undefined {
  let source: string;
  try {
    source = readFileSync(join(process.cwd(), file), 'utf8');
  } catch {
    // A problem may name a folder (an entry in a subfolder) or a file that cannot be read.
    return undefined;
  }
  const title = frontmatterData(source)?.titel;
  return typeof title === 'string' ? title : undefined;
}

const titles = new Map<string, string>();
for (const file of new Set(problems.map((problem) => problem.file))) {
  const title = titleOf(file);
  if (title) titles.set(file, title);
}
console.log(checkComment({ problems, titles }));
