/**
 * The browser editor's script as the build publishes it: Sveltia CMS comes from the bundle made once per
 * version (src/integrations/editor-bundle.ts), copied into the site, and the page build bundles none of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { page, sites } from '../helpers/sites.ts';

const dist = sites.fixture.dist;
/** A name only Sveltia's code holds: one of its exports. */
const sveltiaCode = 'registerPreviewTemplate';

it('imports Sveltia from the bundle copied into _astro/editor-<key>/ and bundles none of it in the page build', () => {
  const $ = page('fixture', '/redactie/');
  const scripts = $('script[type="module"][src]')
    .map((_, script) => $(script).attr('src'))
    .get();
  expect(scripts).toHaveLength(1);
  const script = readFileSync(join(dist, scripts[0]!), 'utf8');
  const imported = /from\s*["'`]\/(_astro\/editor-[\w-]+\/sveltia\.js)["'`]/.exec(script)?.[1];
  expect(imported, script).toBeDefined();
  expect(readFileSync(join(dist, imported!), 'utf8')).toContain(sveltiaCode);

  // Every file the page build itself wrote into _astro/ (the bundle is a folder of its own).
  const pageBuildFiles = readdirSync(join(dist, '_astro'), { withFileTypes: true }).filter((entry) => entry.isFile());
  expect(pageBuildFiles.length).toBeGreaterThan(0);
  for (const { name } of pageBuildFiles)
    expect(readFileSync(join(dist, '_astro', name), 'utf8'), name).not.toContain(sveltiaCode);
});
