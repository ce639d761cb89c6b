import { buildSite, sites } from './helpers/sites.ts';

// The build and browser projects both name this setup; Vitest runs each project's setup in the same main
// process, so a flag there keeps the sites to one build per run.
const builtKey = Symbol.for('wat-werkt.test-sites-built');

/** Builds the fixture site and the real site once per test run, before the first build or browser test. */
export default function setup() {
  const state = globalThis as { [builtKey]?: boolean };
  if (state[builtKey]) return;
  for (const [name, site] of Object.entries(sites)) {
    console.log(`[global setup] building the ${name} site`);
    const result = buildSite(site.content, site.dist);
    if (result.status !== 0) throw new Error(`Building the ${name} site failed:\n${result.output}`);
  }
  state[builtKey] = true;
}
