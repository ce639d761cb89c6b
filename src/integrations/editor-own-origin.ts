import type { Plugin } from 'vite';

/** Sveltia CMS's npm build, which the editor page (src/pages/redactie/index.astro) bundles. */
const editorModule = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;
const cdnFont = /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)]*\)/g;

/**
 * Keeps the browser editor on our own origin. Sveltia's npm build registers its fonts from files it ships
 * (bundled with it here), but its interface styles also declare the same fonts at a CDN as a fallback, which
 * the browser fetches as well: a request to another origin, which the editor's policy blocks and reports. This
 * points those declarations at the font already on the machine (`local()`), so nothing is requested.
 */
export function editorOwnOrigin(): Plugin {
  return {
    name: 'wat-werkt:editor-own-origin',
    transform(code, id) {
      if (!editorModule.test(id)) return undefined;
      return { code: code.replace(cdnFont, "local('Wat Werkt editor font')"), map: null };
    },
  };
}
