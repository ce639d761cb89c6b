/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code are
 * unchanged since the last build is copied instead of rendered. A key must cover everything the page shows,
 * or a page that lists a changed entry keeps its old title. So a keyed route renders a pure function of its
 * props (components never read collections, tests/unit/layers.test.ts) and its key hashes exactly those
 * props, plus the digest of any content entry it renders.
 */
import { digest } from '../digest.ts';
import { imageFacts, isImageMetadata } from './images.ts';

/**
 * A SHA-256 of the JSON of `parts`: dates as ISO strings, functions and undefined left out, images by
 * their facts (stringifying the image itself would publish its original, see images.ts).
 */
export function cacheKeyOf(...parts: unknown[]): string {
  return digest(JSON.stringify(parts, (_key, value: unknown) => (isImageMetadata(value) ? imageFacts(value) : value)));
}
