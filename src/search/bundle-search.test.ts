/**
 * Searching bundles one Pagefind instance each (bundle-search.ts), against fake instances
 * (tests/helpers/fake-pagefind.ts): the newest bundle first and alone, the others after it without searching
 * it again, a search a newer one overtakes stopping between bundles, and sorting across bundles.
 */
import { describe, expect, it } from 'vitest';
import { fakePagefind, type FakePage } from '../../tests/helpers/fake-pagefind.ts';
import { appendToShown, bundleSearch, mostCounts, sumCounts, type BundledIndex } from './bundle-search.ts';
import type { BundleManifest, SearchBundle } from './bundles.ts';
import { firstAnswer, search } from './pagefind.ts';
import { parseSearchState } from './state.ts';

const entry = (url: string, datum: string, level: string, score = 1): FakePage => ({
  url,
  title: url,
  text: `wijkteam en schulden ${url}`,
  filters: { type: ['Praktijkvoorbeeld'], onderbouwing: [level] },
  sort: { datum, onderbouwing: level },
  score,
});

/**
 * Oldest first, as bundles.json lists them; the newest dated bundle also holds undated pages, and the ones
 * that did not fit come last in a bundle of their own.
 */
const bundles: { bundle: SearchBundle; pages: FakePage[] }[] = [
  {
    bundle: { id: '1', path: '1/', from: '2010-01-01', to: '2015-12-31', key: 'a' },
    pages: [entry('/oud-a/', '2011-03-01', 'Goed onderbouwd', 5), entry('/oud-b/', '2014-06-01', 'Niet beoordeeld')],
  },
  {
    bundle: { id: '2', path: '2/', from: '2016-01-01', to: '2020-12-31', key: 'b' },
    pages: [entry('/midden/', '2018-01-01', 'Goed beschreven', 3)],
  },
  {
    bundle: { id: '3', path: '', from: '2021-01-01', to: '2026-11-01', key: 'c' },
    pages: [
      entry('/nieuw-a/', '2025-05-01', 'Niet beoordeeld', 2),
      entry('/nieuw-b/', '2022-01-01', 'Goed onderbouwd'),
      {
        url: '/themas/schulden/',
        title: 'Schulden',
        text: 'wijkteam en schulden',
        filters: { type: ['Thema'] },
        score: 9,
      },
    ],
  },
  {
    bundle: { id: '4', path: '4/', key: 'd' },
    pages: [
      {
        url: '/organisaties/wijkteam-noord/',
        title: 'Wijkteam Noord',
        text: 'wijkteam in het noorden',
        filters: { type: ['Organisatie'] },
        score: 0.5,
      },
    ],
  },
];
const manifest: BundleManifest = {
  bundles: bundles.map(({ bundle }) => bundle),
  ranks: { onderbouwing: { 'Niet beoordeeld': 0, 'Goed beschreven': 1, 'Goed onderbouwd': 2 } },
};

/** The index over fake instances, and which bundle each search went to, in order. */
function fakeIndex(onSearch: (bundle: string) => void = () => {}) {
  const searched: string[] = [];
  /** The bundles searched for theme and organisation pages only (the guides). */
  const guidesSearched: string[] = [];
  /** The pages whose data (text and locations) was loaded. */
  const dataLoaded: string[] = [];
  const fakes = new Map(bundles.map(({ bundle, pages }) => [bundle.id, fakePagefind(pages).api]));
  const index: BundledIndex = {
    manifest,
    open: (bundle) => {
      const fake = fakes.get(bundle.id)!;
      return {
        ...fake,
        search: (term, options) => {
          searched.push(bundle.id);
          if (options?.filters?.type) guidesSearched.push(bundle.id);
          onSearch(bundle.id);
          return fake.search(term, options).then((found) => ({
            ...found,
            results: found.results.map((result) => ({
              ...result,
              data: () => (dataLoaded.push(result.id), result.data()),
            })),
          }));
        },
      };
    },
  };
  return { index, searched, guidesSearched, dataLoaded };
}

const urls = (results: { id: string }[]) => results.map((result) => result.id);
const state = (query: string) => parseSearchState(new URLSearchParams(query));

describe('searching bundles', () => {
  it('searches the newest and the undated bundles first, then the others newest first without those again', async () => {
    const { index, searched } = fakeIndex();
    const { first, all } = bundleSearch(index, undefined, new AbortController().signal);
    const firstResults = await first!.search('wijkteam');
    expect(searched).toEqual(['3', '4']);
    expect(urls(firstResults.results)).toEqual([
      '/themas/schulden/',
      '/nieuw-a/',
      '/nieuw-b/',
      '/organisaties/wijkteam-noord/',
    ]);
    const complete = await all.search('wijkteam');
    expect(searched).toEqual(['3', '4', '2', '1']);
    // Merged by score as Pagefind merges bundles; facet counts summed over them.
    expect(urls(complete.results)).toEqual([
      '/themas/schulden/',
      '/oud-a/',
      '/midden/',
      '/nieuw-a/',
      '/nieuw-b/',
      '/oud-b/',
      '/organisaties/wijkteam-noord/',
    ]);
    expect(complete.filters.type).toEqual({ Praktijkvoorbeeld: 5, Thema: 1, Organisatie: 1 });
  });

  it('stops between bundles once a newer search has started', async () => {
    const newer = new AbortController();
    // The newer query comes while the newest bundle is being searched.
    const { index, searched } = fakeIndex(() => newer.abort());
    const { first, all } = bundleSearch(index, undefined, newer.signal);
    await first!.search('wijkteam');
    const complete = await all.search('wijkteam');
    expect(searched).toEqual(['3']);
    expect(complete.results).toEqual([]);
  });

  it('searches all bundles at once when one value sorts them all (no first bundle), or there is one bundle', () => {
    const { index } = fakeIndex();
    expect(bundleSearch(index, { onderbouwing: 'desc' }, new AbortController().signal).first).toBeUndefined();
    const single = { ...index, manifest: { ...manifest, bundles: [manifest.bundles[2]!] } };
    expect(bundleSearch(single, { datum: 'asc' }, new AbortController().signal).first).toBeUndefined();
    expect(bundleSearch(single, undefined, new AbortController().signal).first).toBeUndefined();
  });

  it.each([
    ['desc', ['/nieuw-a/', '/nieuw-b/', '/midden/', '/oud-b/', '/oud-a/']],
    ['asc', ['/oud-a/', '/oud-b/', '/midden/', '/nieuw-b/', '/nieuw-a/']],
  ] as const)('sorts by date across bundles (%s), the first in that order searched first', async (direction, order) => {
    const { index, searched } = fakeIndex();
    const { first, all } = bundleSearch(index, { datum: direction }, new AbortController().signal);
    const firstResults = await first!.search('wijkteam', { sort: { datum: direction } });
    expect(urls(firstResults.results)).toEqual(order.slice(0, 2));
    expect(searched[0]).toBe(direction === 'desc' ? '3' : '1');
    const complete = await all.search('wijkteam', { sort: { datum: direction } });
    expect(urls(complete.results)).toEqual(order);
    // Counted over every page found, also the theme and organisation pages, which have no date to sort by.
    expect(complete.filters.type).toEqual({ Praktijkvoorbeeld: 5, Thema: 1, Organisatie: 1 });
  });

  it('sorts by level across bundles, newer first among equal levels', async () => {
    const { index } = fakeIndex();
    const { all } = bundleSearch(index, { onderbouwing: 'desc' }, new AbortController().signal);
    const complete = await all.search('wijkteam', { sort: { onderbouwing: 'desc' } });
    expect(urls(complete.results)).toEqual(['/nieuw-b/', '/oud-a/', '/midden/', '/nieuw-a/', '/oud-b/']);
  });
});

describe('the first results and the complete list', () => {
  it('shows the newest bundle’s entries first, the same guides in both answers, and appends the rest below', async () => {
    const { index, guidesSearched } = fakeIndex();
    const { first, all, undated } = bundleSearch(index, undefined, new AbortController().signal);
    const early = await firstAnswer(first!, state('?q=wijkteam'));
    expect(urls(early!.results)).toEqual(['/nieuw-a/', '/nieuw-b/']);
    // The organisation named by the word leads the way above the results; the theme that only mentions it
    // is held back, to follow every entry once the list is complete, so nothing above the results changes.
    expect(urls(early!.guides)).toEqual(['/organisaties/wijkteam-noord/']);
    const complete = await search(all, state('?q=wijkteam'), undated);
    expect(urls(complete.guides)).toEqual(['/organisaties/wijkteam-noord/']);
    // Guides are undated pages: the bundles of dated pages only are not searched for them.
    expect(new Set(guidesSearched)).toEqual(new Set(['3', '4']));
    // Alone, the complete search ranks an older entry above the newest bundle's: shown first, those stay on top.
    expect(urls(complete.results)).toEqual([
      '/oud-a/',
      '/midden/',
      '/nieuw-a/',
      '/nieuw-b/',
      '/oud-b/',
      '/themas/schulden/',
    ]);
    expect(urls(appendToShown(early!.results, complete.results))).toEqual([
      '/nieuw-a/',
      '/nieuw-b/',
      '/oud-a/',
      '/midden/',
      '/oud-b/',
      '/themas/schulden/',
    ]);
  });

  it('checks the words once: the complete list after the first results loads no entry’s data to check them again', async () => {
    const { index, dataLoaded } = fakeIndex();
    const { first, all, undated } = bundleSearch(index, undefined, new AbortController().signal);
    const early = await firstAnswer(first!, state('?q=wijkteam'));
    expect(early).toBeDefined();
    const guides = ['/themas/schulden/', '/organisaties/wijkteam-noord/'];
    dataLoaded.length = 0;
    const complete = await search(all, state('?q=wijkteam'), undated, true);
    // Only the guides' titles are read, to choose the guides above the results.
    expect(dataLoaded.filter((id) => !guides.includes(id))).toEqual([]);
    // The same answer as a search that checks the words itself, which reads the entries' data.
    dataLoaded.length = 0;
    const checked = await search(all, state('?q=wijkteam'), undated);
    expect(dataLoaded.filter((id) => !guides.includes(id)).length).toBeGreaterThan(0);
    expect(urls(complete.results)).toEqual(urls(checked.results));
    expect(urls(complete.guides)).toEqual(urls(checked.guides));
    expect(complete.missing).toEqual(checked.missing);
  });

  it('shows nothing early when a word is not in the newest bundle: the complete search finds it elsewhere', async () => {
    const { index } = fakeIndex();
    const { first, all } = bundleSearch(index, undefined, new AbortController().signal);
    expect(await firstAnswer(first!, state('?q=oud-a'))).toBeUndefined();
    const complete = await search(all, state('?q=oud-a'));
    expect(complete.via).toBe('query');
    expect(urls(complete.results)).toEqual(['/oud-a/']);
  });
});

describe('facet counts over several searches', () => {
  const counts = [{ type: { Verslag: 2, Programma: 1 } }, { type: { Verslag: 3 }, thema: { Wijkteams: 1 } }];

  it('sums the counts of bundles, which hold different pages', () => {
    expect(sumCounts(counts)).toEqual({ type: { Verslag: 5, Programma: 1 }, thema: { Wijkteams: 1 } });
  });

  it('takes the most of the counts of searches whose results overlap', () => {
    expect(mostCounts(counts)).toEqual({ type: { Verslag: 3, Programma: 1 }, thema: { Wijkteams: 1 } });
  });
});
