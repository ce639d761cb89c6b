import { expect, it } from 'vitest';
import { readSettings } from '../../src/settings.ts';
import { previewEnv, previewUrl } from './preview-env.ts';

it('builds a local preview for its own address unless SITE_URL says otherwise', () => {
  expect(previewEnv({}).SITE_URL).toBe('http://localhost:4321/');
  expect(previewEnv({ SITE_URL: '' }).SITE_URL).toBe(previewUrl);
  expect(previewEnv({ SITE_URL: 'https://wat-werkt.nl/' }).SITE_URL).toBe('https://wat-werkt.nl/');
  // The settings accept it, so the build neither warns about the example domain nor refuses the address.
  const settings = readSettings(previewEnv({}));
  expect([settings.siteUrl, settings.siteUrlGiven]).toEqual([previewUrl, true]);
});
