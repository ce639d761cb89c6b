/**
 * `npm run check`, first step: checks all content the way the build will, without building, and prints
 * every problem with file, line, field and fix. Exit code 1 when there are problems.
 * Runs on Node's own TypeScript support: `node scripts/check-content.ts [content folder]`.
 */
import { relative, resolve } from 'node:path';
import { checkContent, formatProblem } from '../src/lib/content-check.ts';

const contentRoot = resolve(process.argv[2] ?? process.env.WAT_WERKT_CONTENT ?? 'content');
const problems = checkContent(contentRoot, relative(process.cwd(), contentRoot) || '.');

if (problems.length === 0) {
  console.log('De inhoud is in orde: geen problemen gevonden.');
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(
    `\n${problems.length === 1 ? 'Eén probleem' : `${problems.length} problemen`} gevonden. Los ze op en draai npm run check opnieuw.`,
  );
  process.exitCode = 1;
}
