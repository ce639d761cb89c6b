import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where Astro 7 keeps the content layer of the last sync: a module-level singleton, not part of its API. */
const contentLayerModule = () =>
  pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist/content/instance.js'))
    .href;

/**
 * `astro build` first syncs the content layer (every entry, its rendered HTML included) and writes it to the data
 * store file, which the page build bundles and reads back. The synced copy is never read again in a build, but
 * Astro's singleton keeps it for the rest of the process: a heap snapshot of the page loop at 6,000 generated
 * entries held it beside the bundled one (52 MB, a copy of every entry's HTML). It is released when the
 * build starts, after the sync. Should Astro move the module, the build says so and goes on as before.
 */
export function releaseSyncStore(): AstroIntegration {
  return {
    name: 'wat-werkt:release-sync-store',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        try {
          const { globalContentLayer } = (await import(contentLayerModule())) as {
            globalContentLayer: { dispose: () => void };
          };
          globalContentLayer.dispose();
        } catch (error) {
          logger.warn(`Could not release the synced content layer: ${(error as Error).message}`);
        }
      },
    },
  };
}
