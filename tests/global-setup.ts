import { buildSite, sites } from './helpers/sites.ts';

/** Builds the fixture site and the real site once, before any test file runs. */
export default function setup() {
  for (const [name, site] of Object.entries(sites)) {
    const result = buildSite(site.content, site.dist);
    if (result.status !== 0) throw new Error(`Building the ${name} site failed:\n${result.output}`);
  }
}
