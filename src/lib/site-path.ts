/**
 * The address of a page of this site as a link, under the base path the site is published at (a GitHub
 * project page serves it under `/<repo>/`). Every internal link a component writes goes through here, so
 * the same pages work at a domain root and under a sub-path.
 */
export function sitePath(path: `/${string}`): string {
  const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');
  return `${base}${path}`;
}
