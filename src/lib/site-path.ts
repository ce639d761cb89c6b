/**
 * The address of a page of this site as a link, under the base path the site is published at (a GitHub
 * project page serves it under `/<repo>/`). Every internal link a component writes goes through here, so
 * the same pages work at a domain root and under a sub-path.
 *
 * Written as `import.meta.env.BASE_URL` exactly: Vite replaces that expression with Astro's `base`. A bare
 * `import.meta.env` (or `import.meta.env?.…`) makes Astro merge the process environment into it instead,
 * and a BASE_URL variable there (Vitest sets one) would silently win over the configured base.
 */
export function sitePath(path: `/${string}`): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

/** The full address of a page of this site (feeds, calendars, open data, citations): `site` and base path. */
export const siteUrlOf = (path: `/${string}`, site: URL): string => new URL(sitePath(path), site).href;
