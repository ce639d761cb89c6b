import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { digest, fileDigest } from './digest.ts';

it('is the SHA-256 of the text in base64url', () => {
  // The SHA-256 of "abc" (FIPS 180-2, appendix B.1), ba7816bf…15ad in hex.
  expect(digest('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
});

it('gives bytes and the same text as UTF-8 one digest', () => {
  expect(digest(new TextEncoder().encode('één'))).toBe(digest('één'));
});

it('keeps the leading characters it is asked for', () => {
  expect(digest('abc', 8)).toBe('ungWv48B');
  expect(digest('abc', 8)).toMatch(/^[\w-]{8}$/);
});

it("gives a file's bytes the digest of its text, whatever its size against the buffer it is read through", () => {
  const folder = mkdtempSync(join(tmpdir(), 'digest-'));
  try {
    const sizes = [0, 3, 64 * 1024, 64 * 1024 + 1, 200_000];
    for (const size of sizes) {
      const file = join(folder, `${size}.bin`);
      writeFileSync(file, Buffer.from(Array.from({ length: size }, (_, i) => (i * 7) % 251)));
      expect(fileDigest(file), `${size} bytes`).toBe(digest(readFileSync(file)));
    }
    writeFileSync(join(folder, 'abc'), 'abc');
    expect(fileDigest(join(folder, 'abc'))).toBe(digest('abc'));
  } finally {
    rmSync(folder, { recursive: true });
  }
});
