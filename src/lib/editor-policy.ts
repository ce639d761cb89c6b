/**
 * What the browser editor at /redactie/ needs beyond the site's Content-Security-Policy, in one place for the
 * page's own meta policy (src/pages/redactie/index.astro) and its header (src/postbuild/security-headers.ts).
 *
 * Sveltia CMS builds its interface with inline <style> elements and style attributes, shows files it read as
 * blob: and data: URLs, converts uploaded images in a worker from a blob:, and talks to GitHub's API (sign-in,
 * reading and writing the repository, the editor's avatar). Scripts stay 'self' only: no 'unsafe-inline' and no
 * 'unsafe-eval' (Sveltia needs neither; Decap CMS would need 'unsafe-eval').
 */
export const editorPolicy = {
  /** style-src-elem and style-src-attr: a page's hashes would switch 'unsafe-inline' off in style-src itself. */
  styles: {
    element: ["'self'", "'unsafe-inline'"],
    attribute: ["'unsafe-inline'"],
  },
  directives: [
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "media-src 'self' data: blob:",
    "connect-src 'self' data: blob: https://api.github.com",
    "font-src 'self' data:",
  ],
} as const;
