import { describe, expect, it } from 'vitest';
import { headerRules, parsePolicy, policyOfPage, sitePolicy } from './security-headers.ts';
import { heapKeptMB, largePage } from '../../tests/helpers/heap.ts';

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

it("keeps a page's policy, not the page it was read from", () => {
  const { kept, grownMB } = heapKeptMB(() =>
    Array.from({ length: 100 }, (_, i) =>
      policyOfPage(largePage(`<meta http-equiv="content-security-policy" content="default-src 'self'; page ${i}">`)),
    ),
  );
  expect(kept[99]).toBe("default-src 'self'; page 99");
  expect(grownMB).toBeLessThan(10);
});

describe('headerRules', () => {
  const names = ['_astro/', '_headers', '404.html', 'index.html', 'redactie/', 'zoeken/'];
  /** The policies a host sends for a path: one per matching rule that carries one. */
  const policiesFor = (rules: ReturnType<typeof headerRules>, path: string) =>
    rules
      .filter(([pattern]) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(path))
      .flatMap(([, headers]) => headers.filter(([name]) => name === 'Content-Security-Policy').map(([, v]) => v));

  it("gives the editor's folder its own policy and every other path the site's, never both", () => {
    const rules = headerRules('/', names, "script-src 'self'", "script-src 'self'; style-src-attr 'unsafe-inline'");
    for (const path of ['/', '/zoeken/', '/zoeken/?q=x', '/404.html', '/_astro/x.css'])
      expect(policiesFor(rules, path), path).toEqual(["script-src 'self'; frame-ancestors 'none'"]);
    for (const path of ['/redactie/', '/redactie/config.yml'])
      expect(policiesFor(rules, path), path).toEqual([
        "script-src 'self'; style-src-attr 'unsafe-inline'; frame-ancestors 'none'",
      ]);
    expect(rules[0]![0]).toBe('/*');
    expect(rules[0]![1].map(([name]) => name)).toEqual([
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]);
  });

  it('writes the paths under the base path', () => {
    const rules = headerRules('/wat-werkt/', names, 'a', 'b');
    expect(rules.map(([path]) => path)).toEqual([
      '/wat-werkt/*',
      '/wat-werkt/',
      '/wat-werkt/_astro/*',
      '/wat-werkt/404.html',
      '/wat-werkt/index.html',
      '/wat-werkt/zoeken/*',
      '/wat-werkt/redactie/*',
    ]);
  });
});
