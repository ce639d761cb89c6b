/**
 * The browser editor's script (Sveltia CMS, src/pages/redactie/index.astro), bundled once per Sveltia version
 * and per version of the bundler (editor-bundler.ts), not on every build: bundling its npm build (2 MB, with
 * hundreds of syntax highlighting modules) took 4–6 s of each page build, cold or a rebuild after one changed
 * entry.
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
import { spawn } from 'node:child_process';
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
import { entryName } from './editor-bundler.ts';

/** The cache key: a new Sveltia version or a change to the bundler (the rewrite, its options) gives a new bundle. */
export const editorBundleKey = (sveltiaVersion: string, transform: string) =>
  digest(`${sveltiaVersion}\n${transform}`, 12);

/**
 * A bundle's part (`<key>.<pid>.part`) whose process is gone: a build that stopped while its bundler ran (the
 * content check found a problem) leaves it, as the process ends before it can clean up.
 */
function abandoned(name: string): boolean {
  const pid = /\.(\d+)\.part$/.exec(name)?.[1];
  if (pid === undefined) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    // EPERM: the process runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The bundle for `key` in `cacheRoot`, made by `bundle(folder)` only when it is missing; other keys' bundles
 * go (an older Sveltia's), as do parts abandoned by a build that stopped. A bundle is written beside its folder
 * and moved in when complete, so a build that stopped halfway leaves no half bundle that a later build would
 * take for whole, and two processes that bundle at once (a test run's config beside a build) each write their
 * own and the first to finish wins.
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
    if (!name.startsWith(key) || abandoned(name)) rmSync(join(cacheRoot, name), { recursive: true, force: true });
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

/** The bundler, run as a process of its own. */
const bundler = fileURLToPath(new URL('./editor-bundler.ts', import.meta.url));

/**
 * Bundles the editor into `folder` in a process of its own (editor-bundler.ts), which this process stops if it
 * ends first (a build the content check stopped).
 */
const bundleApart = (folder: string, entry: string) =>
  new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [bundler, folder, entry], { stdio: 'inherit' });
    const stop = () => child.kill();
    process.once('exit', stop);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      process.off('exit', stop);
      if (code === 0) done();
      else
        fail(
          new Error(
            `Bundling the editor (Sveltia CMS) stopped (${signal ?? `exit code ${code}`}); its error is above.`,
          ),
        );
    });
  });

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
  const key = editorBundleKey(version, readFileSync(bundler, 'utf8'));
  const cacheRoot = resolve(cacheDir, 'editor');
  const folder = join(cacheRoot, key);
  let bundled: Promise<void> = Promise.resolve();
  let path = '';

  return {
    name: 'wat-werkt:editor-bundle',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        // Only a build and the development server serve the editor (`astro sync` and `astro check` do not).
        if (command !== 'build' && command !== 'dev') return;
        // Started, not awaited: the bundler runs on the other core while this process checks the content (the
        // content guard comes after this integration) and syncs it; the build waits for it when it starts
        // (astro:build:start), the development server before it serves (astro:server:setup). Bundling takes about
        // 2 s (3 s with its own process's start); the content check 0.6–2.9 s and the sync 1.5–6 s, cold, at
        // 1,000–5,000 entries.
        bundled = cachedEditorBundle(cacheRoot, key, (part) => bundleApart(part, sveltia)).then((cached) => {
          if (cached.bundled) logger.info(`Bundled the editor (Sveltia CMS ${version}) into ${cached.folder}.`);
        });
        // Its failure is reported where it is awaited, not as a rejection nobody handled while the check ran.
        bundled.catch(() => {});
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
      'astro:build:start': async () => {
        await bundled;
      },
      'astro:server:setup': async () => {
        await bundled;
      },
      'astro:build:done': ({ dir }) => {
        cpSync(folder, join(fileURLToPath(dir), path), { recursive: true });
      },
    },
  };
}
