/**
 * Evidence in search, in a real browser: the level is a facet and a sort order, strongest first, with
 * exactly the fixture's levels; the target-group facet finds the entries that name the group.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePage } from '../helpers/browser.ts';
import { sites } from '../helpers/sites.ts';

const site = usePage(sites.fixture.dist);
const titles = (page: Page) => page.locator('[data-search-results] .result-title').allInnerTexts();

describe('searching by evidence', () => {
  it('sorts elements and examples by the strength of their evidence, strongest first', async () => {
    await site.page.goto(`${site.url}/zoeken/?type=Werkzaam+element&type=Praktijkvoorbeeld&sortering=onderbouwing`);
    // eerste-aanwijzingen (3), goed-beschreven (1), niet-beoordeeld (0); other pages carry no level.
    await expect
      .poll(() => titles(site.page))
      .toEqual(['Vaste ankerpersoon', 'Rustige post in Testdorp', 'Regie op maat']);
  });

  it('filters on a level and on a target group', async () => {
    await site.page.goto(`${site.url}/zoeken/?onderbouwing=Niet+beoordeeld`);
    await expect.poll(() => titles(site.page)).toEqual(['Regie op maat']);
    await site.page.goto(`${site.url}/zoeken/?doelgroep=Gezinnen`);
    await expect
      .poll(async () => (await titles(site.page)).sort())
      .toEqual(['Rustige post in Testdorp', 'Vaste ankerpersoon']);
  });
});
