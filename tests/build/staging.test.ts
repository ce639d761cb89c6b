/**
 * The output folder only ever holds a complete build: a build that is killed half-way leaves the previous
 * site in place, and a second build of the same folder while one runs is refused, in Dutch.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputRoot, pinnedToday, projectRoot, sites } from '../helpers/sites.ts';

const dist = join(outputRoot, 'staging-dist');
const listing = () => globSync('**/*', { cwd: dist }).sort();

describe('a build that is killed half-way', () => {
  let before: string[];
  let after: string[];
  let killedWhileStaging = false;

  beforeAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    cpSync(sites.fixture.dist, dist, { recursive: true });
    before = listing();
    const build = spawn('node', ['scripts/build.ts', '--force', '--outDir', dist], {
      cwd: projectRoot,
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        WAT_WERKT_CONTENT: sites.fixture.content,
        WAT_WERKT_TODAY: pinnedToday,
      },
    });
    // Kill the whole process group (the build script and Astro) once pages are being written.
    const staging = `${dist}.next`;
    for (let waited = 0; waited < 120_000 && !killedWhileStaging; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (globSync('**/*.html', { cwd: staging }).length > 0) {
        process.kill(-build.pid!, 'SIGKILL');
        killedWhileStaging = true;
      }
    }
    await new Promise((resolve) => build.once('exit', resolve));
    after = listing();
  }, 180_000);

  it('was killed while it was writing pages', () => {
    expect(killedWhileStaging).toBe(true);
  });

  it('leaves the previous complete site, search index included, untouched', () => {
    expect(after).toEqual(before);
    expect(existsSync(join(dist, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('does not stop the next build: the lock of a killed build is taken over', () => {
    const result = buildSite(sites.fixture.content, dist);
    expect(result.status, result.output).toBe(0);
    expect(existsSync(`${dist}.lock`)).toBe(false);
    expect(existsSync(`${dist}.next`)).toBe(false);
  }, 300_000);
});

describe('a second build of the same folder while one runs', () => {
  it('is refused in Dutch, and the running build keeps its output', () => {
    // This test process stands in for the running build: the lock names a live process.
    writeFileSync(`${dist}.lock`, String(process.pid));
    const before = listing();
    try {
      const result = buildSite(sites.fixture.content, dist);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`Er draait al een build van ${dist} (proces ${process.pid}).`);
      expect(listing()).toEqual(before);
      expect(readFileSync(`${dist}.lock`, 'utf8')).toBe(String(process.pid));
    } finally {
      rmSync(`${dist}.lock`, { force: true });
    }
  });
});
