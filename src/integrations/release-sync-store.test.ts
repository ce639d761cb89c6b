import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { expect, it } from 'vitest';
import { releaseSyncStore } from './release-sync-store.ts';

interface ContentLayerSingleton {
  init: (options: Record<string, unknown>) => unknown;
  get: () => unknown;
}

it("releases the content layer Astro's sync left behind when the build starts", async () => {
  // Astro's own singleton, as its sync leaves it: a content layer holding the synced store.
  const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const { globalContentLayer } = (await import(pathToFileURL(join(astro, 'dist/content/instance.js')).href)) as {
    globalContentLayer: ContentLayerSingleton;
  };
  globalContentLayer.init({ settings: {}, logger: {}, store: new Map() });
  expect(globalContentLayer.get()).not.toBeNull();

  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
  const hook = releaseSyncStore().hooks['astro:build:start']!;
  await hook({ logger } as Parameters<typeof hook>[0]);
  expect(warnings).toEqual([]);
  expect(globalContentLayer.get()).toBeNull();
});
