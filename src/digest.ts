/**
 * The one content digest of the build: SHA-256 in base64url (43 characters, safe in file names, URLs and
 * JSON). Cache keys, the link check's and the search index's memory of pages, the rebuild's record of the
 * published site and the cache folder's name all use it, so a digest means the same everywhere. A leaf module:
 * settings, lib and the post-build steps all import it.
 */
import { createHash } from 'node:crypto';

/** The SHA-256 of `data` (text as UTF-8) in base64url; `length` keeps that many leading characters. */
export function digest(data: string | Uint8Array, length?: number): string {
  const full = createHash('sha256').update(data).digest('base64url');
  return length === undefined ? full : full.slice(0, length);
}
