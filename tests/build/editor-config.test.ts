/**
 * The browser editor's configuration as the build publishes it (/redactie/config.yml): generated from the
 * schemas at every build, naming the content folder as it lies in the repository.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CmsConfig, EntryCollection } from '@sveltia/cms';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { editorBackend, editorConfig } from '../../src/editor/config.ts';
import { settings } from '../../src/settings.ts';
import { projectRoot, sites } from '../helpers/sites.ts';

const published = (site: keyof typeof sites) =>
  parse(readFileSync(join(sites[site].dist, 'redactie/config.yml'), 'utf8')) as CmsConfig;

it('publishes the configuration generated from the schemas, with each site content folder', () => {
  const fixture = published('fixture');
  expect(fixture).toEqual(
    editorConfig({
      backend: editorBackend(settings.repoUrl),
      siteUrl: 'https://wat-werkt.example/',
      contentFolder: 'tests/fixtures/site',
    }),
  );
  expect((published('real').collections as EntryCollection[]).map((c) => c.folder)).toEqual([
    'content/werkzame-elementen',
    'content/praktijkvoorbeelden',
    'content/verslagen',
    'content/programmas',
    'content/themas',
    'content/organisaties',
  ]);
});

it('publishes a configuration Sveltia CMS accepts', () => {
  const schema = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'),
  );
  const validate = new Ajv({ strict: false, validateFormats: false, logger: false }).compile(schema);
  validate(published('real'));
  expect(validate.errors ?? []).toEqual([]);
});

it("keeps the editor's page out of search engines, the sitemap and the search index", () => {
  const dist = sites.fixture.dist;
  const html = readFileSync(join(dist, 'redactie/index.html'), 'utf8');
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  expect(html).not.toContain('data-pagefind-body');
  expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/redactie/');
  const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
  expect(robots).toContain('Disallow: /redactie/');
  expect(robots).toContain('Sitemap: https://wat-werkt.example/sitemap-index.xml');
});
