/**
 * `npm run check`, first step: checks all content the way the build will, without building, and prints
 * every problem with file, line, field and fix. Exit code 1 when there are problems.
 * Runs on Node's own TypeScript support: `node scripts/check-content.ts [content folder]`.
 */
import { relative, resolve } from 'node:path';
import { settings } from '../src/settings.ts';
import { checkContent } from '../src/checks/content.ts';
import { errorsIn, problemReport } from '../src/checks/problems.ts';
import { getBuildDate } from '../src/lib/build-date.ts';

const contentRoot = resolve(process.argv[2] ?? settings.contentRoot);
const problems = checkContent(contentRoot, relative(process.cwd(), contentRoot) || '.', {
  advice: true,
  changes: { base: settings.changesBase, today: getBuildDate() },
});
const errors = errorsIn(problems);

// In GitHub Actions the report also carries annotations, so each problem shows beside its line in the pull request.
if (problems.length > 0) console.log(problemReport(problems));
if (errors.length === 0) {
  console.log(
    problems.length === 0
      ? 'De inhoud is in orde: geen problemen gevonden.'
      : '\nDe inhoud is in orde; bekijk de waarschuwingen en adviezen hierboven.',
  );
} else {
  console.log(
    `\n${errors.length === 1 ? 'Eén probleem gevonden. Los het op' : `${errors.length} problemen gevonden. Los ze op`} en draai npm run check opnieuw.`,
  );
  process.exitCode = 1;
}
