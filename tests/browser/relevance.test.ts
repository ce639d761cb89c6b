/**
 * Search relevance on both sites: the queries in tests/relevance/queries.json, typed into the real search
 * page (the island's own retries and checks included), scored by precision at 3 (of the first three results,
 * or fewer when fewer pages are relevant, the share that is relevant) and the number of queries that get
 * nothing relevant in their first three. Fails per query on a lost expectation and overall when either
 * figure falls past its floor; the figures are printed for the record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usePage } from '../helpers/browser.ts';
import { projectRoot, sites } from '../helpers/sites.ts';

interface Query {
  query: string;
  kind: string;
  /** top3: a relevant page among the first three; none: no results; miss: a known failure, only counted. */
  expect: 'top3' | 'none' | 'miss';
  relevant: string[];
}

const suite = JSON.parse(readFileSync(join(projectRoot, 'tests/relevance/queries.json'), 'utf8')) as {
  floors: Record<'real' | 'fixture', { precisionAt3: number; nothingRelevant: number }>;
  real: Query[];
  fixture: Query[];
};

describe.each(['fixture', 'real'] as const)('relevance on the %s site', (name) => {
  const site = usePage(sites[name].dist);

  it(`meets every expectation and the floors (${suite[name].length} queries)`, { timeout: 300_000 }, async () => {
    const lost: string[] = [];
    const scores: number[] = [];
    const nothing: string[] = [];
    for (const query of suite[name]) {
      await site.page.goto(`${site.url}/zoeken/?q=${encodeURIComponent(query.query)}`);
      const status = site.page.locator('[data-search-status]');
      await expect
        .poll(() => status.innerText(), { message: query.query })
        .toMatch(/^(Geen resultaten|Geen pagina bevat alle woorden|\d+ resulta)/);
      // What a visitor sees first: the theme and organisation pages offered above the results, then the results.
      const top = (
        await site.page
          .locator('[data-search-guides]:not([hidden]) a, [data-search-results] .result-title a')
          .evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname))
      ).map(decodeURI);
      if (query.expect === 'none') {
        if (top.length > 0) lost.push(`"${query.query}" should find nothing, found ${top.join(', ')}`);
        // Nothing found is never a dead end: words, a shorter search or the themes are offered.
        // (The themes come with the facets, just after the status.)
        const wayOn = site.page.locator('[data-search-suggestions] a');
        await wayOn
          .first()
          .waitFor({ timeout: 5_000 })
          .catch(() => lost.push(`"${query.query}" found nothing and offered no way on`));
        continue;
      }
      const hits = top.filter((path) => query.relevant.includes(path)).length;
      scores.push(hits / Math.min(3, query.relevant.length));
      if (hits === 0) nothing.push(query.query);
      if (query.expect === 'top3' && hits === 0)
        lost.push(`"${query.query}" (${query.kind}): nothing relevant in ${top.join(', ') || 'no results'}`);
    }
    const precision = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    console.log(
      `[relevance] ${name}: precision at 3 ${precision.toFixed(3)} over ${scores.length} queries; ` +
        `nothing relevant for ${nothing.length}${nothing.length ? ` (${nothing.join('; ')})` : ''}`,
    );
    expect(lost).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(suite.floors[name].precisionAt3);
    expect(nothing.length).toBeLessThanOrEqual(suite.floors[name].nothingRelevant);
  });
});
