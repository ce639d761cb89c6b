import { describe, expect, it } from 'vitest';
import { parsePolicy, policyOfPage, sitePolicy } from './security-headers.ts';

describe('sitePolicy', () => {
  it("keeps the pages' directives and joins their hashes, sorted", () => {
    const policy = sitePolicy([
      { file: 'a.html', policy: "default-src 'self'; style-src 'self' 'sha256-b' 'sha256-a';" },
      // A page copied from an earlier incremental build: one hash of its own, one gone since.
      { file: 'b.html', policy: "default-src 'self'; style-src 'self' 'sha256-c' 'sha256-a';" },
    ]);
    expect(policy).toBe("default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b' 'sha256-c'");
    expect(parsePolicy(policy).get('style-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'", "'sha256-c'"]);
  });

  it('refuses pages whose sources or directives differ', () => {
    expect(() =>
      sitePolicy([
        { file: 'a.html', policy: "script-src 'self'" },
        { file: 'b.html', policy: "script-src 'self' 'unsafe-inline'" },
      ]),
    ).toThrow(/b\.html has "script-src 'self' 'unsafe-inline'", a\.html "script-src 'self'"/);
    expect(() =>
      sitePolicy([
        { file: 'a.html', policy: "script-src 'self'" },
        { file: 'b.html', policy: "script-src 'self'; object-src 'none'" },
      ]),
    ).toThrow(/b\.html has the policy directives/);
  });
});

it('reads the policy Astro writes into a page', () => {
  const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';"></head>`;
  expect(policyOfPage(html)).toBe("default-src 'self';");
  expect(policyOfPage('<head></head>')).toBeUndefined();
});
