/**
 * The browser editor's script (Sveltia CMS, src/pages/redactie/index.astro), bundled once per Sveltia version
 * and per version of this file, not on every build: bundling its npm build (2 MB, with hundreds of syntax
 * highlighting modules) took 4–6 s of each page build, cold or a rebuild after one changed entry.
 *
 * The bundle is kept in the build's cache (`<cacheDir>/editor/<key>/`, under node_modules/.astro/ where the
 * deploy workflow keeps it) and served from our own origin as `<base>_astro/editor-<key>/sveltia.js`; the key
 * changes with whatever changes its bytes, so the folder's name is its content's. The page's
 * `import CMS from '@sveltia/cms'` points there: the page build bundles only the page's own few lines.
 *
 * Sveltia's prebuilt browser file (dist/sveltia-cms.mjs) would need no bundling, but it fetches its fonts from a
 * CDN and its syntax highlighting and image converters from unpkg.com, which the editor's policy blocks; the
 * npm build ships those files itself.
 */
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { digest } from '../digest.ts';

const cdnFont = /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)]*\)/g;
/** One item of the viewport Sveltia sets: it stops readers from zooming in (WCAG 1.4.4, axe's meta-viewport). */
const zoomLimit = '`maximum-scale=1`,';

/**
 * Two changes to Sveltia CMS's npm build:
 * - It stays on our own origin. Sveltia registers its fonts from files it ships (bundled with it here), but its
 *   interface styles also declare the same fonts at a CDN as a fallback, which the browser fetches as well: a
 *   request to another origin, which the editor's policy blocks and reports. Those declarations point at a local
 *   font instead (`local()`), so nothing is requested.
 * - Editors can zoom: the viewport it writes into the page loses its `maximum-scale=1`.
 * tests/browser/editor.test.ts and the axe test over every page fail if either stops applying.
 */
export const rewriteEditor = (code: string) =>
  code.replace(cdnFont, "local('Wat Werkt editor font')").replace(zoomLimit, '');

/** The file name of the bundle's entry, inside its folder. */
const entryName = 'sveltia.js';

/** The cache key: a new Sveltia version or a change to this file (the rewrite, the bundler's options) gives a new bundle. */
export const editorBundleKey = (sveltiaVersion: string, transform: string) =>
  digest(`${sveltiaVersion}\n${transform}`, 12);

/**
 * The bundle for `key` in `cacheRoot`, made by `bundle(folder)` only when it is missing; other keys' bundles
 * go (an older Sveltia's). A bundle is written beside its folder and moved in when complete, so a build that
 * stopped halfway leaves no half bundle that a later build would take for whole, and two processes that
 * bundle at once (a test run's config beside a build) each write their own and the first to finish wins.
 */
export async function cachedEditorBundle(
  cacheRoot: string,
  key: string,
  bundle: (folder: string) => Promise<void>,
): Promise<{ folder: string; bundled: boolean }> {
  const folder = join(cacheRoot, key);
  const complete = () => existsSync(join(folder, entryName));
  if (complete()) return { folder, bundled: false };
  mkdirSync(cacheRoot, { recursive: true });
  for (const name of readdirSync(cacheRoot))
    if (!name.startsWith(key)) rmSync(join(cacheRoot, name), { recursive: true, force: true });
  const part = `${folder}.${process.pid}.part`;
  try {
    await bundle(part);
    rmSync(folder, { recursive: true, force: true });
    renameSync(part, folder);
  } catch (error) {
    if (!complete()) throw error;
  } finally {
    rmSync(part, { recursive: true, force: true });
  }
  return { folder, bundled: true };
}

/** Bundles Sveltia's npm build, rewritten, into `folder`: every file beside the entry, each URL relative to it. */
async function bundleEditor(folder: string, entry: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    // Relative URLs: the bundle is served from a folder whose name the build does not know.
    base: './',
    plugins: [
      { name: 'wat-werkt:editor-rewrite', transform: (code, id) => (id === entry ? rewriteEditor(code) : undefined) },
    ],
    build: {
      outDir: folder,
      emptyOutDir: true,
      copyPublicDir: false,
      // Vite's preload helper would otherwise be injected as an inline script, which the policy forbids.
      modulePreload: false,
      // Fonts, images, wasm and the image worker stay files: the policy allows no script from data: URLs.
      assetsInlineLimit: 0,
      // Sveltia's main file is 2 MB whatever we do; a warning about it on each new version would be noise.
      chunkSizeWarningLimit: 4096,
      reportCompressedSize: false,
      rolldownOptions: {
        input: entry,
        // The page imports the editor: its export (CMS) must survive, as in a library.
        preserveEntrySignatures: 'strict',
        output: {
          entryFileNames: entryName,
          chunkFileNames: '[name]-[hash].js',
          assetFileNames: '[name]-[hash][extname]',
        },
      },
    },
  });
}

/** What the development server sends the bundle's files as. */
const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * Bundles the editor into the cache if it is not there, points `@sveltia/cms` at it (served by the development
 * server from the cache, copied into the built site) and never bundles Sveltia in the page build.
 */
export function editorBundle(cacheDir: string): AstroIntegration {
  const require = createRequire(import.meta.url);
  const sveltia = require.resolve('@sveltia/cms');
  // Its package.json is not among its exports; the entry is npm/index.js.
  const { version } = JSON.parse(readFileSync(join(dirname(sveltia), '../package.json'), 'utf8')) as {
    version: string;
  };
  const key = editorBundleKey(version, readFileSync(fileURLToPath(import.meta.url), 'utf8'));
  let folder = '';
  let path = '';

  return {
    name: 'wat-werkt:editor-bundle',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const cached = await cachedEditorBundle(resolve(cacheDir, 'editor'), key, (part) =>
          bundleEditor(part, sveltia),
        );
        if (cached.bundled) logger.info(`Bundled the editor (Sveltia CMS ${version}) into ${cached.folder}.`);
        folder = cached.folder;
        path = `${config.build.assets}/editor-${key}/`;
        const url = `${config.base.replace(/\/?$/, '/')}${path}`;
        const plugin: Plugin = {
          name: 'wat-werkt:editor-bundle',
          enforce: 'pre',
          // The development server's scan of dependencies would otherwise try to load the bundle as a file.
          config: () => ({ optimizeDeps: { exclude: ['@sveltia/cms'] } }),
          resolveId: (id) => (id === '@sveltia/cms' ? { id: `${url}${entryName}`, external: true } : undefined),
          configureServer(server) {
            server.middlewares.use(url, (request, response, next) => {
              const file = join(folder, (request.url ?? '').split('?')[0]!);
              if (!file.startsWith(folder) || !existsSync(file)) return next();
              response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
              createReadStream(file).pipe(response);
            });
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': ({ dir }) => {
        cpSync(folder, join(fileURLToPath(dir), path), { recursive: true });
      },
    },
  };
}
