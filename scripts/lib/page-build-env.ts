/**
 * The environment of the page build (Astro) that `npm run build` starts (scripts/build.ts).
 *
 * Astro lets every environment variable override the same key of import.meta.env in the page build, so a
 * BASE_URL or SITE left in the environment (Vitest sets BASE_URL) would replace the base path and address that
 * astro.config.mjs takes from SITE_URL: the page build does not get them. WAT_WERKT_POSTBUILD tells it that the
 * post-build steps follow (a bare `astro build` warns that they did not run: src/integrations/half-build-notice.ts).
 *
 * The bundler (Rolldown) and Astro's compiler allocate through mimalloc, which keeps the pages it frees and gives
 * them back to the system only after a delay, checked when the freeing thread allocates again. The bundler's
 * threads go idle once the pages are bundled, so the memory they freed stayed resident through the whole page
 * loop: 720 MB at 2,000 generated entries of which the bundler still used 99 MB. With no delay
 * (MIMALLOC_PURGE_DELAY=0) it is returned as it is freed: 332 MB. That reaches only memory mimalloc committed
 * when it needed it: on Linux it commits its 1 GiB arenas up front, and pages freed in an arena committed so
 * stayed resident (536 MB at 6,000 entries). Without that (MIMALLOC_ARENA_EAGER_COMMIT=0) the page build's
 * peak at 6,000 entries fell from 1,601 to 1,285 MB. A value set in the environment wins.
 */
export const pageBuildEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  ...Object.fromEntries(Object.entries(env).filter(([name]) => !['BASE_URL', 'SITE'].includes(name))),
  WAT_WERKT_POSTBUILD: '1',
});
