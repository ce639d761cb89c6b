/**
 * A build whose inputs are all those of the published site keeps that site instead of building it again
 * (src/postbuild/build-inputs.ts, where a unit test changes each kind of input); a changed input builds.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, outputRoot, sites } from '../helpers/sites.ts';
import { committedCopy } from '../helpers/fixed-git.ts';
import { differences, snapshot } from '../helpers/site-snapshot.ts';

const root = join(outputRoot, 'unchanged');
const content = join(root, 'content');
const dist = join(root, 'dist');
const incremental = {
  incremental: true,
  env: { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)), WAT_WERKT_CACHE_DIR: join(root, 'cache') },
};
const skipped = 'Niets veranderd sinds de vorige build';

it('keeps the published site when nothing changed, and builds when the content did', () => {
  rmSync(root, { recursive: true, force: true });
  committedCopy(sites.fixture.content, content);
  const first = buildSite(content, dist, incremental);
  expect(first.status, first.output).toBe(0);
  expect(first.output).not.toContain(skipped);
  const published = snapshot(dist);
  const folder = statSync(dist).ino;

  const unchanged = buildSite(content, dist, incremental);
  expect(unchanged.status, unchanged.output).toBe(0);
  expect(unchanged.output).toContain(skipped);
  expect(unchanged.output).not.toContain('Indexed');
  expect(statSync(dist).ino).toBe(folder);
  expect(differences(snapshot(dist), published)).toEqual([]);

  // Another "today" is another agenda: built.
  const otherDay = buildSite(content, dist, {
    ...incremental,
    env: { ...incremental.env, WAT_WERKT_TODAY: '2027-01-04' },
  });
  expect(otherDay.status, otherDay.output).toBe(0);
  expect(otherDay.output).not.toContain(skipped);

  const entry = join(content, 'verslagen', 'proefcongres.mdx');
  writeFileSync(entry, `${readFileSync(entry, 'utf8')}\nEen alinea die na de vorige build is toegevoegd.\n`);
  const changed = buildSite(content, dist, incremental);
  expect(changed.status, changed.output).toBe(0);
  expect(changed.output).not.toContain(skipped);
  expect(readFileSync(join(dist, 'verslagen/proefcongres/index.html'), 'utf8')).toContain(
    'Een alinea die na de vorige build is toegevoegd.',
  );
}, 600_000);
