/**
 * The deploy workflow restores the published site and Astro's cache from GitHub's cache, a tar archive: every
 * file comes back with a new inode and birth time, its modification time kept. A build after one changed
 * entry must go over that restored site (not render, copy or index the unchanged pages again) and publish
 * exactly what a build from scratch publishes; a restored site that is not the recorded one must not be used.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, outputRoot, sites } from '../helpers/sites.ts';
import { committedCopy } from '../helpers/fixed-git.ts';
import { differences, snapshot } from '../helpers/site-snapshot.ts';

const root = join(outputRoot, 'restored');
const content = join(root, 'content');
const dist = join(root, 'dist');
const buildMoment = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };
const incremental = { incremental: true, env: { ...buildMoment, WAT_WERKT_CACHE_DIR: join(root, 'cache') } };

/** Archives the output and the cache as actions/cache does (tar --posix), removes both and extracts them. */
function saveAndRestore() {
  const tar = (args: string[]) => {
    const run = spawnSync('tar', args, { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  };
  tar(['--posix', '-cf', 'cache.tar', 'dist', 'cache']);
  for (const folder of ['dist', 'dist.spare', 'cache']) rmSync(join(root, folder), { recursive: true, force: true });
  tar(['-xf', 'cache.tar']);
  rmSync(join(root, 'cache.tar'));
}

function cleanBuild() {
  rmSync(join(root, 'clean-cache'), { recursive: true, force: true });
  const clean = buildSite(content, join(root, 'clean-dist'), {
    env: { ...buildMoment, WAT_WERKT_CACHE_DIR: join(root, 'clean-cache') },
  });
  expect(clean.status, clean.output).toBe(0);
  return snapshot(join(root, 'clean-dist'));
}

it('builds over a site restored from an archive, and publishes what a build from scratch publishes', () => {
  rmSync(root, { recursive: true, force: true });
  committedCopy(sites.fixture.content, content);
  const first = buildSite(content, dist, incremental);
  expect(first.status, first.output).toBe(0);

  saveAndRestore();
  const entry = join(content, 'verslagen', 'proefcongres.mdx');
  writeFileSync(entry, `${readFileSync(entry, 'utf8')}\nEen alinea die na de vorige deploy is toegevoegd.\n`);
  const restored = buildSite(content, dist, incremental);
  expect(restored.status, restored.output).toBe(0);
  expect(restored.output).toContain('Building over the published site, restored from an archive.');
  // Unchanged pages stay as restored ("cached"), not copied from Astro's cache ("restored") or rendered.
  expect(restored.output.match(/\(cached\)/g)?.length ?? 0, restored.output).toBeGreaterThan(5);
  expect(restored.output).not.toContain('(restored)');
  expect(differences(snapshot(dist), cleanBuild())).toEqual([]);

  // A restored site that is not the one the cache records (here a page of it changed) is not built over.
  saveAndRestore();
  writeFileSync(join(dist, 'index.html'), 'een oude pagina');
  const mismatched = buildSite(content, dist, incremental);
  expect(mismatched.status, mismatched.output).toBe(0);
  expect(mismatched.output).not.toContain('Building over');
  expect(differences(snapshot(dist), cleanBuild())).toEqual([]);
}, 600_000);
