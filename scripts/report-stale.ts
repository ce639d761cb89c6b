/**
 * `npm run report:stale`: the working elements whose last review ("laatstGecontroleerd") is older than the
 * review age (24 months, or WAT_WERKT_REVIEW_MONTHS), oldest first, with the file to open.
 */
import { relative, resolve } from 'node:path';
import { getBuildDate } from '../src/lib/build-date.ts';
import { readContent } from '../src/checks/content.ts';
import { errorsIn, formatProblem } from '../src/checks/problems.ts';
import { formatDutchDate } from '../src/lib/dutch-dates.ts';
import { isStale } from '../src/lib/review.ts';
import { settings } from '../src/settings.ts';

const contentRoot = resolve(process.argv[2] ?? settings.contentRoot);
const { problems: all, entries } = readContent(contentRoot, relative(process.cwd(), contentRoot) || '.');
const problems = errorsIn(all);
if (problems.length > 0) {
  console.log(`Los eerst de problemen in de inhoud op (npm run check):\n${problems.map(formatProblem).join('\n')}`);
  process.exit(1);
}

const today = getBuildDate();
const months = settings.reviewMonths;
const stale = entries
  .filter((entry) => entry.collection === 'workingElements')
  .map((entry) => ({
    file: entry.filePath,
    reviewed: (entry.data as { laatstGecontroleerd: Date }).laatstGecontroleerd,
  }))
  .filter((entry) => isStale(entry.reviewed, today, months))
  .sort((a, b) => +a.reviewed - +b.reviewed);

if (stale.length === 0) {
  console.log(`Alle werkzame elementen zijn in de afgelopen ${months} maanden gecontroleerd.`);
} else {
  for (const entry of stale) console.log(`${entry.file}: laatst gecontroleerd op ${formatDutchDate(entry.reviewed)}`);
  console.log(`\n${stale.length} werkzame element(en) langer dan ${months} maanden niet gecontroleerd.`);
}
