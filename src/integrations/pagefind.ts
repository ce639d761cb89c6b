import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { htmlFilesIn, pathOfFile } from '../lib/built-pages.ts';
import { separateBlocks } from '../lib/search-text.ts';

const BATCH = 64;

/**
 * Builds the Pagefind search index over the finished site at `astro:build:done`, so `astro build` alone
 * yields a searchable `dist/` (no second command to forget) and an indexing error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'wat-werkt:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(errors.join('\n'));
          // Fed file by file rather than with addDirectory, to give Pagefind the word breaks a reader sees;
          // in batches, so the Pagefind service works on many files at once.
          const files = htmlFilesIn(site);
          for (let start = 0; start < files.length; start += BATCH) {
            await Promise.all(
              files.slice(start, start + BATCH).map(async (file) => {
                const content = separateBlocks(readFileSync(join(site, file), 'utf8'));
                const added = await index.addHTMLFile({ url: pathOfFile(file), content });
                if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('\n')}`);
              }),
            );
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Indexed ${files.length} pages in ${seconds} s.`);
        } catch (cause) {
          throw new Error('Failed to build the Pagefind search index.', { cause });
        } finally {
          await close();
        }
      },
    },
  };
}
