/**
 * Bundles Sveltia CMS's npm build for the browser editor (src/integrations/editor-bundle.ts keeps the result
 * in the build's cache). Run as a process of its own, `node editor-bundler.ts <folder> <entry>`, so that the
 * bundling takes the second core while the page build checks the content on the first.
 */
import { build } from 'vite';

const cdnFont = /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)]*\)/g;
/** One item of the viewport Sveltia sets: it stops readers from zooming in (WCAG 1.4.4, axe's meta-viewport). */
const zoomLimit = '`maximum-scale=1`,';

/** The file name of the bundle's entry, inside its folder. */
export const entryName = 'sveltia.js';

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

/** Bundles Sveltia's npm build, rewritten, into `folder`: every file beside the entry, each URL relative to it. */
export async function bundleEditor(folder: string, entry: string): Promise<void> {
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

if (import.meta.main) {
  const [folder, entry] = process.argv.slice(2);
  await bundleEditor(folder!, entry!);
}
