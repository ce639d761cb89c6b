import { afterEach, describe, expect, it, vi } from 'vitest';
import { sitePath, siteUrlOf } from './site-path.ts';

describe('sitePath', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('keeps a root-relative path at a domain root', () => {
    expect(sitePath('/themas/')).toBe('/themas/');
    expect(sitePath('/')).toBe('/');
  });

  it('puts the base path in front under a sub-path', () => {
    vi.stubEnv('BASE_URL', '/wat-werkt/');
    expect(sitePath('/themas/')).toBe('/wat-werkt/themas/');
    expect(sitePath('/agenda.ics')).toBe('/wat-werkt/agenda.ics');
    expect(sitePath('/')).toBe('/wat-werkt/');
  });
});

describe('siteUrlOf', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('gives the full address of a page, base path included', () => {
    const site = new URL('https://voorbeeld.github.io/wat-werkt/');
    expect(siteUrlOf('/themas/', new URL('https://wat-werkt.nl/'))).toBe('https://wat-werkt.nl/themas/');
    vi.stubEnv('BASE_URL', '/wat-werkt/');
    expect(siteUrlOf('/themas/', site)).toBe('https://voorbeeld.github.io/wat-werkt/themas/');
  });
});
