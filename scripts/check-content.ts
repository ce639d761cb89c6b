/**
 * `npm run check`, first step: checks all content the way the build will, without building, and prints
 * every problem with file, line, field and fix. Exit code 1 when there are problems.
 * Runs on Node's own TypeScript support: `node scripts/check-content.ts [content folder]`.
 */
import { relative, resolve } from 'node:path';
import { settings } from '../src/settings.ts';
import { checkContent, formatProblem } from '../src/lib/content-check.ts';

const contentRoot = resolve(process.argv[2] ?? settings.contentRoot);
const problems = checkContent(contentRoot, relative(process.cwd(), contentRoot) || '.');

if (problems.length === 0) {
  console.log('De inhoud is in orde: geen problemen gevonden.');
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  // In a GitHub Actions run, also as annotations, so each problem shows beside its file in the pull request.
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const { file, line, message } of problems) {
      const property = `file=${escapeProperty(file)}${line ? `,line=${line}` : ''}`;
      console.log(`::error ${property}::${escapeData(message)}`);
    }
  }
  console.log(
    `\n${problems.length === 1 ? 'Eén probleem' : `${problems.length} problemen`} gevonden. Los ze op en draai npm run check opnieuw.`,
  );
  process.exitCode = 1;
}

/** Escaping for GitHub workflow commands: data, and property values (which also may not hold : or ,). */
function escapeData(value: string) {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(value: string) {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
