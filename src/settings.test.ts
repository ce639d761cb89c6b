import { expect, it } from 'vitest';
import { readSettings } from './settings.ts';

it('has a default for every setting, and treats an empty variable as unset', () => {
  const defaults = readSettings({});
  expect(defaults).toEqual({
    siteUrl: 'https://wat-werkt.example',
    repositoryUrl: 'https://git.wat-werkt.example/wat-werkt',
    contentRoot: './content',
    cacheDir: expect.stringMatching(/^node_modules\/\.astro\/content-[0-9a-f]{8}$/),
    pinnedToday: undefined,
    reviewMonths: 24,
    buildHeapMB: 3072,
  });
  expect(readSettings({ SITE_URL: '', WAT_WERKT_TODAY: '', WAT_WERKT_REVIEW_MONTHS: '' })).toEqual(defaults);
});

it('reads the given values', () => {
  expect(
    readSettings({
      SITE_URL: 'https://voorbeeld.nl/wat-werkt/',
      WAT_WERKT_REPOSITORY: 'https://codeberg.org/voorbeeld/wat-werkt/',
      WAT_WERKT_CONTENT: 'tests/fixtures/site',
      WAT_WERKT_CACHE_DIR: 'tests/.output/cache',
      WAT_WERKT_TODAY: '2026-11-23',
      WAT_WERKT_REVIEW_MONTHS: '12',
      WAT_WERKT_BUILD_HEAP_MB: '4096',
    }),
  ).toEqual({
    siteUrl: 'https://voorbeeld.nl/wat-werkt/',
    repositoryUrl: 'https://codeberg.org/voorbeeld/wat-werkt',
    contentRoot: 'tests/fixtures/site',
    cacheDir: 'tests/.output/cache',
    pinnedToday: new Date('2026-11-23T00:00:00Z'),
    reviewMonths: 12,
    buildHeapMB: 4096,
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
});

it('takes the repository GitHub Actions builds when WAT_WERKT_REPOSITORY is unset', () => {
  const github = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'voorbeeld/wat-werkt' };
  expect(readSettings(github).repositoryUrl).toBe('https://github.com/voorbeeld/wat-werkt');
  expect(readSettings({ ...github, WAT_WERKT_REPOSITORY: 'https://example.org/x' }).repositoryUrl).toBe(
    'https://example.org/x',
  );
  expect(() => readSettings({ WAT_WERKT_REPOSITORY: 'voorbeeld/wat-werkt' })).toThrow(
    /WAT_WERKT_REPOSITORY="voorbeeld\/wat-werkt" moet het https-adres van de repository zijn/,
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
