import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, checkDocument, formatProblem } from '../lib/content-check.ts';

const editorsGuide = fileURLToPath(new URL('../../.github/CONTRIBUTING.md', import.meta.url));

/**
 * Runs the editors' check over the whole content folder before Astro reads it, and stops the build with
 * every problem at once (Astro itself would stop at the first invalid file, and only log a reference to
 * a missing entry).
 */
export function contentGuard(contentRoot: string): AstroIntegration {
  return {
    name: 'wat-werkt:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const started = performance.now();
        const problems = [
          ...checkContent(contentRoot, relative(process.cwd(), contentRoot) || '.'),
          // The editors' guide is published too (/bijdragen/): the same safety rules apply to it.
          ...checkDocument(editorsGuide, relative(process.cwd(), editorsGuide), { headings: false }).problems,
        ];
        if (problems.length > 0) {
          const count = problems.length === 1 ? 'een probleem' : `${problems.length} problemen`;
          throw new Error(
            `De site is niet gebouwd: de inhoud bevat ${count}.\n${problems.map(formatProblem).join('\n')}`,
          );
        }
        logger.info(`Content checked in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
