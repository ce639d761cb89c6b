import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../checks/content.ts';
import { checkDocument } from '../checks/document.ts';
import { errorsIn, problemCount, problemReport } from '../checks/problems.ts';

const editorsGuide = fileURLToPath(new URL('../../.github/CONTRIBUTING.md', import.meta.url));

/**
 * Runs the editors' check over the whole content folder before Astro reads it, and stops the build with
 * every problem at once (Astro itself would stop at the first invalid file, and only log a reference to
 * a missing entry). Unchanged files are answered from the check's memory in Astro's cache (entry-memory.ts).
 */
export function contentGuard(contentRoot: string, cacheDir: string): AstroIntegration {
  return {
    name: 'wat-werkt:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const started = performance.now();
        const problems = [
          ...checkContent(contentRoot, relative(process.cwd(), contentRoot) || '.', {
            memoryFile: join(cacheDir, 'wat-werkt-content-check.bin'),
          }),
          // The editors' guide is published too (/bijdragen/): the same safety rules apply to it.
          ...checkDocument(editorsGuide, relative(process.cwd(), editorsGuide), { headings: false }).problems,
        ];
        const errors = errorsIn(problems);
        if (errors.length > 0) {
          throw new Error(
            `De site is niet gebouwd: de inhoud bevat ${problemCount(errors.length)}.\n${problemReport(problems)}`,
          );
        }
        if (problems.length > 0) logger.warn(problemReport(problems));
        logger.info(`Content checked in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
