import type { AstroIntegration } from 'astro';

/** Said at the end of a bare `astro build`: the steps after the page build did not run. */
export const halfBuildWarning =
  "Let op: dit waren alleen de pagina's gebouwd (astro build). De citatiebestanden, de open data (JSON en CSV), de zoekindex, de controle van alle interne links en _headers met het beveiligingsbeleid ontbreken. Draai npm run build voor de hele site.";

/**
 * `npm run build` (scripts/build.ts) runs Astro in a process of its own and then writes the citation files, the
 * open data and the search index, checks the links and writes _headers (src/postbuild/), so the memory of the page build and the indexer never
 * add up. `npx astro build` alone would end with a site that looks whole but cannot search, unchecked: it
 * says so. `postbuildFollows` is true in the page build scripts/build.ts starts (WAT_WERKT_POSTBUILD).
 */
export function halfBuildNotice(postbuildFollows: boolean): AstroIntegration {
  return {
    name: 'wat-werkt:half-build-notice',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!postbuildFollows) logger.warn(halfBuildWarning);
      },
    },
  };
}
