import { expect, it } from 'vitest';
import { pageBuildEnv } from './page-build-env.ts';

it('keeps BASE_URL and SITE from the page build and tells it that the post-build steps follow', () => {
  const env = pageBuildEnv({ BASE_URL: '/x/', SITE: 'https://elders.example/', SITE_URL: 'https://wat-werkt.nl/' });
  expect(env).not.toHaveProperty('BASE_URL');
  expect(env).not.toHaveProperty('SITE');
  expect(env.SITE_URL).toBe('https://wat-werkt.nl/');
  expect(env.WAT_WERKT_POSTBUILD).toBe('1');
});

it("has the bundler's allocator return freed memory at once, unless the environment says otherwise", () => {
  expect(pageBuildEnv({})).toMatchObject({ MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
  expect(pageBuildEnv({ MIMALLOC_PURGE_DELAY: '10' }).MIMALLOC_PURGE_DELAY).toBe('10');
  expect(pageBuildEnv({ MIMALLOC_ARENA_EAGER_COMMIT: '1' }).MIMALLOC_ARENA_EAGER_COMMIT).toBe('1');
});
