/**
 * No developer text on a public page (issue 26): the repository's commit messages, which are English and
 * written for developers, and the word "git" appear on no built page of the fixture or the real archive.
 * Pages show the editors' change notes instead (tests/build/history.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { expect, it } from 'vitest';
import { projectRoot, sites } from '../helpers/sites.ts';

/** The subjects of every commit that touched `folder`, long enough not to match ordinary words by chance. */
const commitSubjects = (folder: string) =>
  execFileSync('git', ['-C', projectRoot, 'log', '--format=%s', '--', folder], { encoding: 'utf8' })
    .split('\n')
    .map((subject) => subject.trim())
    .filter((subject) => subject.length >= 20);

for (const [name, site] of Object.entries(sites)) {
  it(`shows no commit message and not the word "git" on any page of the ${name} site`, () => {
    const subjects = commitSubjects(site.content);
    expect(subjects.length, 'the content has a history to leak').toBeGreaterThan(0);
    const pages = globSync('**/*.html', { cwd: site.dist });
    expect(pages.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const path of pages) {
      const html = readFileSync(join(site.dist, path), 'utf8');
      const leaked = subjects.find((subject) => html.includes(load(`<p>${subject}</p>`)('p').html()!));
      if (leaked) found.push(`${path}: "${leaked}"`);
      const $ = load(html);
      $('script, style').remove();
      const words = [
        $('body').text(),
        ...$('[title], [alt], [aria-label]')
          .map((_, el) => [el.attribs.title, el.attribs.alt, el.attribs['aria-label']])
          .get(),
      ].join(' ');
      if (/\bgit\b/i.test(words)) found.push(`${path}: the word "git"`);
    }
    expect(found).toEqual([]);
  });
}
