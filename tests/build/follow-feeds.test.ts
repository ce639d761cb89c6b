/**
 * Following a theme or a working element: each has an RSS feed of exactly its entries (compared with the
 * fixture's frontmatter), declared in the page's head and linked in its text; every feed dates its items by
 * their editorial date.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { page, sites } from '../helpers/sites.ts';

type Site = keyof typeof sites;

/** A site's entries with the frontmatter fields the feeds depend on, read from its content files. */
const entriesOf = (site: Site) =>
  globSync('{werkzame-elementen,praktijkvoorbeelden,verslagen,programmas}/*.{md,mdx}', {
    cwd: sites[site].content,
  }).map((file) => {
    const data = parseYaml(readFileSync(join(sites[site].content, file), 'utf8').split(/^---$/m)[1]!);
    return {
      url: `https://wat-werkt.example/${dirname(file)}/${basename(file).replace(/\.mdx?$/, '')}/`,
      themes: data.themas as string[],
      elements: (data.werkzameElementen ?? []) as string[],
      // The newest change note's day (ISO dates sort as text), else the day of publication.
      date: new Date(
        ((data.wijzigingen ?? []) as { datum: string }[])
          .map((revision) => revision.datum)
          .sort()
          .at(-1) ?? data.gepubliceerd,
      ),
    };
  });

interface Item {
  title: string;
  link: string;
  pubDate: string;
}

function feed(site: Site, path: string): { title: string; items: Item[] } {
  const xml = readFileSync(join(sites[site].dist, path), 'utf8');
  expect(XMLValidator.validate(xml), path).toBe(true);
  const channel = new XMLParser().parse(xml).rss.channel;
  return { title: channel.title, items: [channel.item ?? []].flat() };
}

/** The feed a page declares in its head and links to in its text: one address, a built file. */
function followed(site: Site, pagePath: string, label: string): string {
  const $ = page(site, pagePath);
  const declared = $('link[rel="alternate"][type="application/rss+xml"]')
    .map((_, link) => $(link).attr('href'))
    .get()
    .filter((href) => href !== '/rss.xml');
  expect(declared, pagePath).toHaveLength(1);
  const visible = $('.follow a');
  expect(visible.text().trim()).toBe(label);
  expect(visible.attr('href')).toBe(declared[0]);
  expect(existsSync(join(sites[site].dist, declared[0]!)), declared[0]).toBe(true);
  return declared[0]!;
}

describe.each(['fixture', 'real'] as const)('following a theme or a working element on the %s site', (site) => {
  const entries = entriesOf(site);
  const themes = globSync('themas/*.md', { cwd: sites[site].content }).map((file) => basename(file, '.md'));
  const elements = entries
    .filter((entry) => entry.url.includes('/werkzame-elementen/'))
    .map((entry) => entry.url.split('/').at(-2)!);
  const links = (items: Item[]) => items.map((item) => item.link).sort();
  const urls = (list: typeof entries) => list.map((entry) => entry.url).sort();

  it('gives each theme a feed of exactly its entries, declared in the head and linked as "Volg dit thema"', () => {
    expect(themes.length).toBeGreaterThanOrEqual(2);
    let followedEntries = 0;
    for (const theme of themes) {
      const path = followed(site, `/themas/${theme}/`, 'Volg dit thema');
      const expected = entries.filter((entry) => entry.themes.includes(theme));
      followedEntries += expected.length;
      expect(links(feed(site, path).items), theme).toEqual(urls(expected));
    }
    expect(followedEntries).toBeGreaterThanOrEqual(entries.length);
  });

  it('gives each working element a feed of exactly the entries that refer to it', () => {
    expect(elements.length).toBeGreaterThanOrEqual(2);
    let referring = 0;
    for (const element of elements) {
      const path = followed(site, `/werkzame-elementen/${element}/`, 'Volg dit werkzame element');
      const expected = entries.filter((entry) => entry.elements.includes(element));
      referring += expected.length;
      const { title, items } = feed(site, path);
      expect(title).toMatch(/^Wat Werkt: werkzaam element /);
      expect(links(items), element).toEqual(urls(expected));
    }
    expect(referring).toBeGreaterThan(0);
  });

  it('dates each item by its editorial date, newest first', () => {
    for (const path of ['rss.xml', ...themes.map((theme) => `themas/${theme}/rss.xml`)]) {
      const dates = feed(site, path).items.map((item) => [item.link, new Date(item.pubDate).toISOString()]);
      const expected = dates.map(([link]) => [link, entries.find((entry) => entry.url === link)!.date.toISOString()]);
      expect(dates, path).toEqual(expected);
      expect(
        dates.map(([, date]) => date),
        path,
      ).toEqual(
        dates
          .map(([, date]) => date!)
          .toSorted()
          .reverse(),
      );
    }
  });
});

it('gives the fixture items days of their own, not one day for all', () => {
  const dates = feed('fixture', 'rss.xml').items.map((item) => item.pubDate);
  expect(dates).toHaveLength(5);
  expect(new Set(dates).size).toBe(5);
});
