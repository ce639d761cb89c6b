import { afterEach, describe, expect, it, vi } from 'vitest';
import { sitePath } from './site-path.ts';

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
