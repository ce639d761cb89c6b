import { expect, it } from 'vitest';
import { readSettings, siteUrlWarning } from './settings.ts';

const now = new Date('2026-11-28T17:05:00Z');

it('has a default for every setting, and treats an empty variable as unset', () => {
  const defaults = readSettings({}, now);
  expect(defaults).toEqual({
    siteUrl: 'https://wat-werkt.example/',
    basePath: '/',
    repoUrl: undefined,
    siteUrlGiven: false,
    buildMoment: now,
    buildMomentPinned: false,
    editorialTeam: 'Redactie Wat Werkt',
    contentRoot: './content',
    changesBase: 'HEAD',
    cacheDir: expect.stringMatching(/^node_modules\/\.astro\/content-[\w-]{8}$/),
    pinnedToday: undefined,
    reviewMonths: 24,
    buildHeapMB: 1792,
    searchBundlePages: 4000,
    postbuildFollows: false,
  });
  expect(
    readSettings({ SITE_URL: '', WAT_WERKT_TODAY: '', WAT_WERKT_REVIEW_MONTHS: '', SOURCE_DATE_EPOCH: '' }, now),
  ).toEqual(defaults);
});

it('reads the given values', () => {
  expect(
    readSettings({
      SITE_URL: 'https://voorbeeld.nl/wat-werkt/',
      WAT_WERKT_REPO_URL: 'https://github.com/voorbeeld/wat-werkt',
      WAT_WERKT_CONTENT: 'tests/fixtures/site',
      WAT_WERKT_EDITORIAL_TEAM: 'Kennisteam Testdorp',
      WAT_WERKT_CACHE_DIR: 'tests/.output/cache',
      WAT_WERKT_TODAY: '2026-11-23',
      WAT_WERKT_REVIEW_MONTHS: '12',
      WAT_WERKT_BUILD_HEAP_MB: '4096',
      SOURCE_DATE_EPOCH: '1794960000',
      WAT_WERKT_SEARCH_BUNDLE_PAGES: '3',
      WAT_WERKT_POSTBUILD: '1',
    }),
  ).toEqual({
    siteUrl: 'https://voorbeeld.nl/wat-werkt/',
    repoUrl: 'https://github.com/voorbeeld/wat-werkt',
    siteUrlGiven: true,
    buildMoment: new Date('2026-11-18T00:00:00Z'),
    buildMomentPinned: true,
    basePath: '/wat-werkt/',
    editorialTeam: 'Kennisteam Testdorp',
    contentRoot: 'tests/fixtures/site',
    changesBase: 'HEAD',
    cacheDir: 'tests/.output/cache',
    pinnedToday: new Date('2026-11-23T00:00:00Z'),
    reviewMonths: 12,
    buildHeapMB: 4096,
    searchBundlePages: 3,
    postbuildFollows: true,
  });
});

it('takes the base path from the path of SITE_URL, as a folder', () => {
  expect(readSettings({ SITE_URL: 'https://voorbeeld.github.io/wat-werkt' })).toMatchObject({
    siteUrl: 'https://voorbeeld.github.io/wat-werkt/',
    basePath: '/wat-werkt/',
  });
  expect(readSettings({ SITE_URL: 'http://localhost:4321' })).toMatchObject({
    siteUrl: 'http://localhost:4321/',
    basePath: '/',
  });
});

it('refuses wrong values in one Dutch message that names each variable', () => {
  const read = () =>
    readSettings({
      SITE_URL: 'wat-werkt.nl',
      WAT_WERKT_TODAY: '23-11-2026',
      WAT_WERKT_REVIEW_MONTHS: 'twaalf',
      WAT_WERKT_REPO_URL: 'github.com/voorbeeld',
    });
  expect(read).toThrow(/SITE_URL="wat-werkt.nl" moet een volledig http\(s\)-adres zijn/);
  expect(read).toThrow(/WAT_WERKT_TODAY="23-11-2026" is geen datum \(gebruik JJJJ-MM-DD\)/);
  expect(read).toThrow(/WAT_WERKT_REVIEW_MONTHS="twaalf" moet een heel aantal maanden zijn/);
  expect(read).toThrow(
    /WAT_WERKT_REPO_URL="github.com\/voorbeeld" moet een volledig http\(s\)-adres zijn, zoals https:\/\/github.com\/org\/wat-werkt/,
  );
  expect(() => readSettings({ SITE_URL: 'ftp://voorbeeld.nl/' })).toThrow(
    'Een instelling in de omgeving klopt niet:\n- SITE_URL="ftp://voorbeeld.nl/" moet een volledig http(s)-adres zijn',
  );
  expect(() => readSettings({ SITE_URL: 'https://' })).toThrow(/SITE_URL="https:\/\/" moet een volledig/);
  expect(() => readSettings({ WAT_WERKT_TODAY: '2026-02-30' })).toThrow(/WAT_WERKT_TODAY/);
  expect(() => readSettings({ WAT_WERKT_SEARCH_BUNDLE_PAGES: '0' })).toThrow(
    /WAT_WERKT_SEARCH_BUNDLE_PAGES="0" moet minstens 1 \(pagina\) zijn/,
  );
  // A build moment in the future would give calendars a DTSTAMP that has not happened yet.
  expect(() => readSettings({ SOURCE_DATE_EPOCH: String(+now / 1000 + 60) }, now)).toThrow(
    /SOURCE_DATE_EPOCH="\d+" ligt in de toekomst/,
  );
  expect(() => readSettings({ SOURCE_DATE_EPOCH: 'gisteren' })).toThrow(/SOURCE_DATE_EPOCH/);
  // The editorial team is every default author: on one line, like the names editors write.
  expect(() => readSettings({ WAT_WERKT_EDITORIAL_TEAM: 'Redactie\r\nAU  - x' })).toThrow(
    /WAT_WERKT_EDITORIAL_TEAM=".*" moet een naam op één regel zijn/s,
  );
});

it('refuses a user name, password, query or fragment in a published address, without repeating a secret', () => {
  const refused = (env: Record<string, string>) => {
    try {
      readSettings(env);
    } catch (error) {
      return (error as Error).message;
    }
    return 'aanvaard';
  };
  const token = refused({ WAT_WERKT_REPO_URL: 'https://user:ghp_geheim@github.com/org/wat-werkt' });
  expect(token).toMatch(
    /WAT_WERKT_REPO_URL="https:\/\/…@github.com\/org\/wat-werkt" bevat een gebruikersnaam of wachtwoord/,
  );
  expect(token).not.toContain('geheim');
  expect(refused({ SITE_URL: 'https://x-access-token@voorbeeld.nl/' })).toMatch(/SITE_URL=.*gebruikersnaam/);
  expect(refused({ GITHUB_SERVER_URL: 'https://a:b@github.com', GITHUB_REPOSITORY: 'org/x' })).toMatch(
    /GITHUB_SERVER_URL=.*gebruikersnaam/,
  );
  for (const address of ['https://voorbeeld.nl/kennis/?x=1', 'https://voorbeeld.nl/#top', 'https://voorbeeld.nl/?']) {
    expect(refused({ SITE_URL: address })).toMatch(/SITE_URL=.* mag geen \? of # bevatten/);
  }
  expect(refused({ WAT_WERKT_REPO_URL: 'https://github.com/org/x?tab=readme' })).toMatch(/mag geen \? of #/);
  expect(refused({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: '../x' })).toMatch(
    /GITHUB_REPOSITORY="..\/x" moet eigenaar\/naam/,
  );
  expect(refused({ WAT_WERKT_CHANGES_BASE: '--output=/tmp/x' })).toMatch(
    /WAT_WERKT_CHANGES_BASE=.* moet een git-versie/,
  );
});

it('takes the repository GitHub Actions builds when WAT_WERKT_REPO_URL is unset', () => {
  const github = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'voorbeeld/wat-werkt' };
  expect(readSettings(github).repoUrl).toBe('https://github.com/voorbeeld/wat-werkt');
  expect(readSettings({ ...github, WAT_WERKT_REPO_URL: 'https://example.org/x/' }).repoUrl).toBe(
    'https://example.org/x',
  );
});

it('gives each content tree a cache of its own, so their content stores never mix', () => {
  const real = readSettings({}).cacheDir;
  const fixture = readSettings({ WAT_WERKT_CONTENT: 'tests/fixtures/site' }).cacheDir;
  expect(fixture).toMatch(/^node_modules\/\.astro\/site-[\w-]{8}$/);
  expect(fixture).not.toBe(real);
  expect(readSettings({ WAT_WERKT_CONTENT: './tests/fixtures/site/' }).cacheDir).toBe(fixture);
  expect(readSettings({ WAT_WERKT_CACHE_DIR: 'elders' }).cacheDir).toBe('elders');
});

it('warns in Dutch when the site is built for the example address, and only then', () => {
  expect(siteUrlWarning(readSettings({}))).toMatch(
    /^Let op: SITE_URL is niet gezet\..*https:\/\/wat-werkt\.example.*SITE_URL=https:\/\/jouw-adres\.nl\//,
  );
  expect(siteUrlWarning(readSettings({ SITE_URL: 'https://voorbeeld.nl/' }))).toBeUndefined();
});
