import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedEditorBundle, editorBundleKey } from './editor-bundle.ts';
import { rewriteEditor } from './editor-bundler.ts';

describe('rewriteEditor', () => {
  const sample = [
    "@font-face {font-family:'Noto Mono';font-display:swap;",
    'src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2) format(`woff2`);}',
    'J(n,`content`,[`width=device-width`,`initial-scale=1`,`maximum-scale=1`,`interactive-widget=resizes-content`]',
  ].join('\n');

  it('points the CDN fonts at a local font and lets readers zoom, leaving the rest as it was', () => {
    expect(rewriteEditor(sample)).toBe(
      [
        "@font-face {font-family:'Noto Mono';font-display:swap;",
        "src:local('Wat Werkt editor font') format(`woff2`);}",
        'J(n,`content`,[`width=device-width`,`initial-scale=1`,`interactive-widget=resizes-content`]',
      ].join('\n'),
    );
  });

  it("removes every CDN font and the zoom limit from the installed Sveltia's npm build", () => {
    const code = readFileSync(createRequire(import.meta.url).resolve('@sveltia/cms'), 'utf8');
    // A Sveltia release that writes either differently would fail here, before a browser test does.
    expect(code).toContain('cdn.jsdelivr.net/fontsource');
    expect(code).toContain('`maximum-scale=1`');
    const rewritten = rewriteEditor(code);
    expect(rewritten).not.toContain('cdn.jsdelivr.net/fontsource');
    expect(rewritten).not.toContain('maximum-scale');
  });
});

describe('editorBundleKey', () => {
  it('changes with the Sveltia version and with the transform, and only then', () => {
    expect(editorBundleKey('0.221.1', 'a')).toBe(editorBundleKey('0.221.1', 'a'));
    expect(editorBundleKey('0.221.2', 'a')).not.toBe(editorBundleKey('0.221.1', 'a'));
    expect(editorBundleKey('0.221.1', 'b')).not.toBe(editorBundleKey('0.221.1', 'a'));
    expect(editorBundleKey('0.221.1', 'a')).toMatch(/^[\w-]{12}$/);
  });
});

describe('cachedEditorBundle', () => {
  const bundles: string[] = [];
  const bundle = async (folder: string) => {
    bundles.push(folder);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'sveltia.js'), `export default ${bundles.length};`);
  };

  it('bundles once per key, keeps only the current key and reuses it across builds', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'wat-werkt-editor-')), 'editor');
    const one = editorBundleKey('1.0.0', 'x');
    const two = editorBundleKey('1.0.1', 'x');

    expect(await cachedEditorBundle(root, one, bundle)).toEqual({ folder: join(root, one), bundled: true });
    expect(await cachedEditorBundle(root, one, bundle)).toEqual({ folder: join(root, one), bundled: false });
    expect(bundles).toHaveLength(1);
    expect(readFileSync(join(root, one, 'sveltia.js'), 'utf8')).toBe('export default 1;');

    expect(await cachedEditorBundle(root, two, bundle)).toEqual({ folder: join(root, two), bundled: true });
    expect(bundles).toHaveLength(2);
    expect(readdirSync(root)).toEqual([two]);
  });

  it('takes a bundle that stopped halfway for missing', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'wat-werkt-editor-')), 'editor');
    const key = editorBundleKey('1.0.0', 'x');
    const failing = async (folder: string) => {
      mkdirSync(folder, { recursive: true });
      throw new Error('stopped');
    };
    await expect(cachedEditorBundle(root, key, failing)).rejects.toThrow('stopped');
    expect(existsSync(join(root, key))).toBe(false);
    expect(await cachedEditorBundle(root, key, bundle)).toMatchObject({ bundled: true });
  });

  it('removes the parts of builds that stopped, not those of a bundler still running', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'wat-werkt-editor-')), 'editor');
    const key = editorBundleKey('1.0.0', 'x');
    // Linux never gives out a process number above 2^22.
    const stopped = `${key}.${2 ** 22 + 1}.part`;
    const running = `${key}.${process.ppid}.part`;
    for (const part of [stopped, running]) mkdirSync(join(root, part, 'assets'), { recursive: true });
    await cachedEditorBundle(root, key, bundle);
    expect(readdirSync(root).sort()).toEqual([key, running].sort());
  });
});
