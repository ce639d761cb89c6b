import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedGit } from '../../tests/helpers/fixed-git.ts';
import { buildInputs, builtFrom, forgetInputs, recordInputs, type BuildInputSources } from './build-inputs.ts';
import { siteFingerprint } from './reused-staging.ts';

let root: string;
let sources: BuildInputSources;

const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'inputs-'));
  write('.gitignore', 'node_modules/\ndist/\n');
  write('src/pages/index.astro', '<p>Hallo</p>');
  write('public/robots.txt', 'User-agent: *');
  write('astro.config.mjs', 'export default {};');
  write('package-lock.json', '{}');
  write('content/verslagen/a.md', '---\ntitel: A\n---\nTekst.');
  write('node_modules/.package-lock.json', '{"packages":{}}');
  fixedGit(root, ['init', '--quiet']);
  fixedGit(root, ['add', '--all']);
  fixedGit(root, ['commit', '--quiet', '-m', 'Begin']);
  sources = {
    projectRoot: root,
    contentRoot: join(root, 'content'),
    values: { today: '2026-12-06' },
    env: { SITE_URL: 'https://voorbeeld.nl/', PATH: '/usr/bin' },
  };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildInputs', () => {
  it('is the same for the same inputs, and changes with each kind of input', () => {
    const before = buildInputs(sources);
    expect(before).toBeDefined();
    expect(buildInputs(sources)).toBe(before);
    // What the build does not read: an ignored file, an unrelated variable.
    write('node_modules/x/index.js', 'x');
    write('dist/index.html', 'oud');
    expect(buildInputs({ ...sources, env: { ...sources.env, PATH: '/bin' } })).toBe(before);

    const fileChanges = [
      'content/verslagen/a.md',
      'content/verslagen/new.md',
      'src/pages/index.astro',
      'src/lib/new.ts',
      'public/robots.txt',
      'astro.config.mjs',
      'package-lock.json',
      'node_modules/.package-lock.json',
    ];
    for (const file of fileChanges) {
      const old = (() => {
        try {
          return readFileSync(join(root, file), 'utf8');
        } catch {
          return undefined;
        }
      })();
      write(file, `${old ?? ''} veranderd`);
      expect(buildInputs(sources), file).not.toBe(before);
      if (old === undefined) rmSync(join(root, file));
      else write(file, old);
      expect(buildInputs(sources), `${file} back`).toBe(before);
    }

    expect(buildInputs({ ...sources, values: { today: '2026-12-07' } })).not.toBe(before);
    expect(buildInputs({ ...sources, env: { ...sources.env, SITE_URL: 'https://ander.nl/' } })).not.toBe(before);
    expect(buildInputs({ ...sources, env: { ...sources.env, WAT_WERKT_TODAY: '2027-01-01' } })).not.toBe(before);
    // The history: a new commit with no file changed, and another origin (the pages link to it).
    fixedGit(root, ['commit', '--quiet', '--allow-empty', '-m', 'Leeg']);
    const committed = buildInputs(sources);
    expect(committed).not.toBe(before);
    fixedGit(root, ['remote', 'add', 'origin', 'https://github.com/org/wat-werkt.git']);
    expect(buildInputs(sources)).not.toBe(committed);
  });

  it('reads a content tree outside the project, and nothing without git', () => {
    const outside = mkdtempSync(join(tmpdir(), 'inputs-content-'));
    try {
      writeFileSync(join(outside, 'a.md'), 'Tekst.');
      const before = buildInputs({ ...sources, contentRoot: outside });
      writeFileSync(join(outside, 'a.md'), 'Andere tekst.');
      expect(buildInputs({ ...sources, contentRoot: outside })).not.toBe(before);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    rmSync(join(root, '.git'), { recursive: true });
    expect(buildInputs(sources)).toBeUndefined();
  });
});

describe('builtFrom', () => {
  it('holds only for the recorded inputs and the published site as that build left it', () => {
    const cacheDir = join(root, 'cache');
    const target = join(root, 'dist');
    mkdirSync(cacheDir);
    write('dist/index.html', 'site');
    const inputs = buildInputs(sources);
    expect(builtFrom(cacheDir, target, inputs)).toBe(false);
    recordInputs(cacheDir, target, inputs, siteFingerprint(target));
    expect(builtFrom(cacheDir, target, inputs)).toBe(true);
    expect(builtFrom(cacheDir, target, undefined)).toBe(false);
    expect(builtFrom(cacheDir, target, `${inputs}x`)).toBe(false);
    expect(builtFrom(cacheDir, join(root, 'elders'), inputs)).toBe(false);
    write('dist/index.html', 'een andere site');
    expect(builtFrom(cacheDir, target, inputs)).toBe(false);
    write('dist/index.html', 'site');
    forgetInputs(cacheDir);
    expect(builtFrom(cacheDir, target, inputs)).toBe(false);
  });
});
