/**
 * The benchmark's generated archive: deterministic, valid against the schemas, and buildable, so
 * `npm run bench` cannot rot between the large runs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/generate.ts';
import { checkContent } from '../../src/checks/content.ts';
import { formatProblem } from '../../src/checks/problems.ts';
import { usePage } from '../helpers/browser.ts';
import { buildSite, outputRoot } from '../helpers/sites.ts';

const snapshot = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => [file, file.includes('.') ? readFileSync(join(root, file), 'utf8') : '']);

describe('the generated archive', () => {
  const root = mkdtempSync(join(tmpdir(), 'wat-werkt-generated-'));
  beforeAll(() => generateArchive(root, 100));

  it('is the same for the same seed', async () => {
    const again = mkdtempSync(join(tmpdir(), 'wat-werkt-generated-'));
    await generateArchive(again, 100);
    expect(snapshot(again)).toEqual(snapshot(root));
    rmSync(again, { recursive: true });
  });

  it('reads like a real archive: about 630 words an entry, thousands of distinct words, some images', () => {
    const bodies = snapshot(root)
      .filter(([file]) => /\.mdx?$/.test(file!) && /^(verslagen|praktijkvoorbeelden|programmas|werkzame)/.test(file!))
      .map(([, text]) => text!.split('\n---\n')[1]!);
    const words = bodies.flatMap((body) => body.toLowerCase().match(/\p{L}+/gu) ?? []);
    expect(words.length / bodies.length).toBeGreaterThan(580);
    expect(words.length / bodies.length).toBeLessThan(700);
    expect(new Set(words).size).toBeGreaterThan(2_000);
    expect(snapshot(root).filter(([file]) => file!.endsWith('.jpg')).length).toBeGreaterThan(0);
  });

  it('passes the content check and builds', () => {
    expect(checkContent(root).map(formatProblem)).toEqual([]);
    const build = buildSite(root, join(outputRoot, 'generated-dist'));
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(build.output).toMatch(/Indexed \d+ pages/);
  });

  // 100 entries: more reports than one index page holds, and a theme with more programmes than its page lists.
  const dist = join(outputRoot, 'generated-dist');
  const search = usePage(dist);
  const built = (path: string) => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const entryFiles = (folder: string) => readdirSync(join(root, folder)).filter((f) => /\.mdx?$/.test(f));

  it('pages through a collection, 24 cards a page, every entry once', () => {
    const total = entryFiles('verslagen').length;
    expect(total).toBeGreaterThan(24);
    const first = built('verslagen');
    const second = built('verslagen/2');
    expect(first('.entry-list > li')).toHaveLength(24);
    expect(second('.entry-list > li')).toHaveLength(total - 24);
    expect(first('.pagination a[rel="next"]').attr('href')).toBe('/verslagen/2/');
    expect(second('.pagination a[rel="prev"]').attr('href')).toBe('/verslagen/');
    expect(second('.pagination [aria-current="page"]').text()).toContain('2');
    expect(second('h1').text()).toBe('Verslagen, pagina 2 van 2');
  });

  /** The theme with the most programmes, and how many it has. */
  const longestProgrammeGroup = () => {
    const programmesPerTheme = new Map<string, number>();
    for (const file of entryFiles('programmas')) {
      const themes = /^themas: \[(.*)\]$/m.exec(readFileSync(join(root, 'programmas', file), 'utf8'))![1]!;
      for (const theme of themes.split(', ')) programmesPerTheme.set(theme, (programmesPerTheme.get(theme) ?? 0) + 1);
    }
    return [...programmesPerTheme].sort((a, b) => b[1] - a[1])[0]!;
  };
  const allProgrammesLink = (theme: string) =>
    built(`themas/${theme}`)('section[aria-labelledby="groep-programmes"] a[href^="/zoeken/"]');

  it('lists the newest 12 of a long group on a theme page and links to all of them in search', () => {
    const [theme, count] = longestProgrammeGroup();
    expect(count).toBeGreaterThan(12);
    const $ = built(`themas/${theme}`);
    expect($('section[aria-labelledby="groep-programmes"] .entry-list > li')).toHaveLength(12);
    expect(allProgrammesLink(theme).text()).toBe(`Alle ${count} programma's bekijken`);
    expect(allProgrammesLink(theme).attr('href')).toBe(
      `/zoeken/?type=Programma&thema=Thema+${theme}&sortering=nieuwste`,
    );
  });

  it('leads from that link to exactly those entries in search', async () => {
    const [theme, count] = longestProgrammeGroup();
    await search.page.goto(`${search.url}${allProgrammesLink(theme).attr('href')}`);
    await expect
      .poll(() => search.page.locator('[data-search-status]').innerText())
      .toMatch(new RegExp(`^${count} resultaten met de gekozen filters`));
  });

  it('gives a date its own calendar file only where the agenda lists it', () => {
    const $ = built('agenda');
    const linked = $('.ics a')
      .map((_, a) => $(a).attr('href'))
      .get()
      .sort();
    const files = readdirSync(join(dist, 'agenda'))
      .filter((file) => file.endsWith('.ics'))
      .map((file) => `/agenda/${file}`)
      .sort();
    expect(files).toEqual(linked);
    // Every generated date lies before the pinned build date: the agenda lists the last 30 of them.
    expect($('#eerder + ul > li')).toHaveLength(30);
    expect($('#eerder ~ p').text()).toMatch(/^Hier staan de laatste 30 van \d+ eerdere data\./);
  });
});
