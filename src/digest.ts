/**
 * The one content digest of the build: SHA-256 in base64url (43 characters, safe in file names, URLs and
 * JSON). Cache keys, the link check's and the search index's memory of pages, the rebuild's record of the
 * published site and the cache folder's name all use it, so a digest means the same everywhere. A leaf module:
 * settings, lib and the post-build steps all import it.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

/** The SHA-256 of `data` (text as UTF-8) in base64url; `length` keeps that many leading characters. */
export function digest(data: string | Uint8Array, length?: number): string {
  const full = createHash('sha256').update(data).digest('base64url');
  return length === undefined ? full : full.slice(0, length);
}

const chunk = Buffer.allocUnsafe(64 * 1024);

/**
 * The digest of a file's bytes, the same as `digest(readFileSync(path))`, read through one buffer that every
 * call reuses. Reading each file into a buffer of its own left the build's parent process holding about 100 MB
 * after it had hashed the 20,000 content files of a large archive: freed, yet still resident, all through the
 * page build, whose peak it added to.
 */
export function fileDigest(path: string): string {
  const hash = createHash('sha256');
  const descriptor = openSync(path, 'r');
  try {
    for (let read; (read = readSync(descriptor, chunk)) > 0;) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(descriptor);
  }
  return hash.digest('base64url');
}
