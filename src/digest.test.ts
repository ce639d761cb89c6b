import { expect, it } from 'vitest';
import { digest } from './digest.ts';

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
