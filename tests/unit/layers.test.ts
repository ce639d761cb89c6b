/**
 * The folders of src/ are layers, and data flows one way (see the README's layout): a module may import
 * from its own layer and the layers below it, never from one above. Schemas are leaves; the data layer
 * (lib) never reaches into markup; build steps and editors' checks sit on lib; components never query
 * collections themselves.
 */
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');

/** Which layers each layer may import from (its own always included). */
const allowed: Record<string, string[]> = {
  schemas: [],
  // The one content digest (SHA-256), a leaf every layer that remembers files by their bytes may use.
  digest: [],
  settings: ['digest', 'schemas'],
  lib: ['digest', 'schemas', 'settings'],
  checks: ['digest', 'lib', 'schemas', 'settings'],
  // The browser editor's configuration, built from the schemas and the labels lib gives their values.
  editor: ['lib', 'schemas'],
  // The link check reports through the editors' check's reporter.
  postbuild: ['checks', 'digest', 'lib', 'schemas', 'search', 'settings'],
  integrations: ['checks', 'digest', 'lib', 'schemas', 'settings'],
  'content.config': ['lib', 'schemas', 'settings'],
  // The search page's browser code and its browser-safe helpers; it runs in the visitor's browser, so besides
  // itself it reaches only into browser-safe modules of lib and schemas (checked below, import by import).
  search: ['lib', 'schemas'],
  // Small bundled scripts of progressive enhancement (the Kopieer button).
  scripts: [],
  components: ['lib', 'schemas', 'scripts', 'search', 'settings'],
  layouts: ['components', 'lib', 'schemas', 'settings', 'styles'],
  pages: ['layouts', 'components', 'editor', 'lib', 'schemas', 'search', 'settings', 'styles'],
  styles: [],
};

/** The layer of a file under src/: its first folder, or its own name for the top-level modules. */
const layerOf = (file: string) =>
  relative(src, file)
    .split(/[\\/]/)[0]!
    .replace(/\.(test\.)?ts$/, '');

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) =>
    resolve(dirname(file), match[1]!),
  );

/** Every module specifier a file imports, relative or not ('node:fs', 'astro:content', 'zod'). */
const specifiersOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]!);

const modules = globSync('**/*.{ts,astro}', { cwd: src }).map((file) => join(src, file));

it('knows the layer of every module in src/', () => {
  expect(modules.length).toBeGreaterThan(50);
  expect(modules.map(layerOf).filter((layer) => !(layer in allowed))).toEqual([]);
});

it('has no module that imports from a layer above its own', () => {
  const upward = modules.flatMap((file) => {
    const layer = layerOf(file);
    return importsOf(file)
      .filter((target) => target.startsWith(src))
      .map(layerOf)
      .filter((target) => target !== layer && !allowed[layer]!.includes(target))
      .map((target) => `${relative(src, file)} imports from ${target}/`);
  });
  expect(upward).toEqual([]);
});

it('has no component that reads collections itself', () => {
  const querying = modules
    .filter((file) => layerOf(file) === 'components')
    .filter((file) => /getCollection|getEntry|getArchive/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(src, file));
  expect(querying).toEqual([]);
});

/** Packages the browser code may import: they run in a browser. */
const browserPackages = ['fastest-levenshtein'];

it('keeps the search folder browser-safe: nothing it reaches imports Node, Astro or another package', () => {
  const seen = new Set<string>();
  const queue = modules.filter((file) => layerOf(file) === 'search' && !file.endsWith('.test.ts'));
  const unsafe: string[] = [];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else if (!browserPackages.includes(specifier)) unsafe.push(`${relative(src, file)} imports ${specifier}`);
    }
  }
  expect(seen.size).toBeGreaterThan(5);
  expect(unsafe).toEqual([]);
});
