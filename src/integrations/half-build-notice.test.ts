import type { AstroIntegrationLogger } from 'astro';
import { expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { readSettings } from '../settings.ts';
import { halfBuildNotice, halfBuildWarning } from './half-build-notice.ts';

/** Runs the integration's build:done hook as Astro would and returns what it warned. */
async function warningsAfterBuild(postbuildFollows: boolean): Promise<string[]> {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
  const hook = halfBuildNotice(postbuildFollows).hooks['astro:build:done']!;
  await hook({ logger } as Parameters<typeof hook>[0]);
  return warnings;
}

it('says, in Dutch, that a bare astro build built only the pages and names the whole build', async () => {
  expect(await warningsAfterBuild(readSettings({}).postbuildFollows)).toEqual([halfBuildWarning]);
  expect(halfBuildWarning).toMatch(/alleen de pagina's gebouwd/);
  expect(halfBuildWarning).toMatch(/npm run build/);
});

it('stays quiet in the page build of npm run build, whose post-build steps follow', async () => {
  expect(await warningsAfterBuild(readSettings({ WAT_WERKT_POSTBUILD: '1' }).postbuildFollows)).toEqual([]);
});

it('is one of the site build integrations', () => {
  expect(config.integrations?.map((integration) => (integration as { name: string }).name)).toContain(
    'wat-werkt:half-build-notice',
  );
});
