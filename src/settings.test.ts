import { expect, it } from 'vitest';
import { readSettings } from './settings.ts';

it('has a default for every setting, and treats an empty variable as unset', () => {
  const defaults = readSettings({});
  expect(defaults).toEqual({
    siteUrl: 'https://wat-werkt.example',
    contentRoot: './content',
    cacheDir: expect.stringMatching(/^node_modules\/\.astro\/content-[0-9a-f]{8}$/),
    pinnedToday: undefined,
    reviewMonths: 24,
    buildHeapMB: 3072,
    searchBundlePages: 4000,
  });
  expect(readSettings({ SITE_URL: '', WAT_WERKT_TODAY: '', WAT_WERKT_REVIEW_MONTHS: '' })).toEqual(defaults);
});

it('reads the given values', () => {
  expect(
    readSettings({
      SITE_URL: 'https://voorbeeld.nl/wat-werkt/',
      WAT_WERKT_CONTENT: 'tests/fixtures/site',
      WAT_WERKT_CACHE_DIR: 'tests/.output/cache',
      WAT_WERKT_TODAY: '2026-11-23',
      WAT_WERKT_REVIEW_MONTHS: '12',
      WAT_WERKT_BUILD_HEAP_MB: '4096',
      WAT_WERKT_SEARCH_BUNDLE_PAGES: '3',
    }),
  ).toEqual({
    siteUrl: 'https://voorbeeld.nl/wat-werkt/',
    contentRoot: 'tests/fixtures/site',
    cacheDir: 'tests/.output/cache',
    pinnedToday: new Date('2026-11-23T00:00:00Z'),
    reviewMonths: 12,
    buildHeapMB: 4096,
    searchBundlePages: 3,
  });
});

it('refuses wrong values in one Dutch message that names each variable', () => {
  const read = () =>
    readSettings({
      SITE_URL: 'wat-werkt.nl',
      WAT_WERKT_TODAY: '23-11-2026',
      WAT_WERKT_REVIEW_MONTHS: 'twaalf',
    });
  expect(read).toThrow(/SITE_URL="wat-werkt.nl" moet een volledig http\(s\)-adres zijn/);
  expect(read).toThrow(/WAT_WERKT_TODAY="23-11-2026" is geen datum \(gebruik JJJJ-MM-DD\)/);
  expect(read).toThrow(/WAT_WERKT_REVIEW_MONTHS="twaalf" moet een heel aantal maanden zijn/);
  expect(() => readSettings({ SITE_URL: 'ftp://voorbeeld.nl/' })).toThrow(/SITE_URL/);
  expect(() => readSettings({ WAT_WERKT_TODAY: '2026-02-30' })).toThrow(/WAT_WERKT_TODAY/);
  expect(() => readSettings({ WAT_WERKT_SEARCH_BUNDLE_PAGES: '0' })).toThrow(
    /WAT_WERKT_SEARCH_BUNDLE_PAGES="0" moet minstens 1 \(pagina\) zijn/,
  );
});

it('gives each content tree a cache of its own, so their content stores never mix', () => {
  const real = readSettings({}).cacheDir;
  const fixture = readSettings({ WAT_WERKT_CONTENT: 'tests/fixtures/site' }).cacheDir;
  expect(fixture).toMatch(/^node_modules\/\.astro\/site-[0-9a-f]{8}$/);
  expect(fixture).not.toBe(real);
  expect(readSettings({ WAT_WERKT_CONTENT: './tests/fixtures/site/' }).cacheDir).toBe(fixture);
  expect(readSettings({ WAT_WERKT_CACHE_DIR: 'elders' }).cacheDir).toBe('elders');
});
