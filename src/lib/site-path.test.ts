import { describe, expect, it } from 'vitest';
import { sitePath } from './site-path.ts';

describe('sitePath', () => {
  it('keeps a root-relative path at a domain root', () => {
    expect(sitePath('/themas/')).toBe('/themas/');
    expect(sitePath('/')).toBe('/');
  });
});
