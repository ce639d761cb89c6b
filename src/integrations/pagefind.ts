import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

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
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Indexed ${added.page_count} pages in ${seconds} s.`);
        } catch (cause) {
          throw new Error('Failed to build the Pagefind search index.', { cause });
        } finally {
          await close();
        }
      },
    },
  };
}
