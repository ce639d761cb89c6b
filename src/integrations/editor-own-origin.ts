import type { Plugin } from 'vite';

/** Sveltia CMS's npm build, which the editor page (src/pages/redactie/index.astro) bundles. */
const editorModule = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;
const cdnFont = /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)]*\)/g;
/** One item of the viewport Sveltia sets: it stops readers from zooming in (WCAG 1.4.4, axe's meta-viewport). */
const zoomLimit = '`maximum-scale=1`,';

/**
 * Two changes to Sveltia CMS's npm build as the editor page bundles it:
 * - It stays on our own origin. Sveltia registers its fonts from files it ships (bundled with it here), but its
 *   interface styles also declare the same fonts at a CDN as a fallback, which the browser fetches as well: a
 *   request to another origin, which the editor's policy blocks and reports. Those declarations point at a local
 *   font instead (`local()`), so nothing is requested.
 * - Editors can zoom: the viewport it writes into the page loses its `maximum-scale=1`.
 * tests/browser/editor.test.ts and the axe test over every page fail if either stops applying.
 */
export function editorOwnOrigin(): Plugin {
  return {
    name: 'wat-werkt:editor-own-origin',
    transform(code, id) {
      if (!editorModule.test(id)) return undefined;
      return {
        code: code.replace(cdnFont, "local('Wat Werkt editor font')").replace(zoomLimit, ''),
        map: null,
      };
    },
  };
}
