/**
 * History from git on built entry pages. The fixture archive is built from a git repository made here
 * (commits at fixed dates, a rename), and again from its shallow clone, so the dates expected do not depend
 * on this project's own history or on how CI cloned it. (Content outside git: tests/build/editor-tools.test.ts;
 * history in the incremental build's keys: tests/build/incremental.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputRoot, page, sites, text } from '../helpers/sites.ts';
import { fixedGit } from '../helpers/fixed-git.ts';

const repoUrl = 'https://github.com/voorbeeld/archief';

const git = fixedGit;

/** The history section of a built page: its terms and descriptions, and the listed changes. */
function history($: CheerioAPI) {
  const section = $('section.history');
  return {
    ignored: section.attr('data-pagefind-ignore') !== undefined,
    facts: Object.fromEntries(
      section
        .find('dt')
        .map((_, dt) => [[$(dt).text().trim(), $(dt).next('dd').text().trim()]])
        .get() as [string, string][],
    ),
    changes: section
      .find('.changes li')
      .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
      .get(),
    commitLinks: section
      .find('.changes a')
      .map((_, a) => $(a).attr('href'))
      .get(),
    historyLink: section.children('p').find('a').attr('href'),
    note: text($, 'section.history .note'),
  };
}

describe('history from git', () => {
  const root = mkdtempSync(join(tmpdir(), 'wat-werkt-history-'));
  const repo = join(root, 'archief');
  const content = join(repo, 'inhoud');
  const dist = join(outputRoot, 'history-dist');
  const shallowDist = join(outputRoot, 'history-shallow-dist');
  const built = (path: string) => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const report = join(content, 'verslagen/proefcongres.mdx');
  const edit = (file: string, line: string) => writeFileSync(file, `${readFileSync(file, 'utf8')}\n${line}\n`);
  let shallowOutput = '';

  beforeAll(() => {
    cpSync(sites.fixture.content, content, { recursive: true });
    git(root, ['init', '--quiet', repo]);
    git(repo, ['add', '--all']);
    git(repo, ['commit', '--quiet', '-m', 'Het proefarchief'], '2026-01-10T09:00:00+01:00');
    edit(report, 'Een alinea over de middag.');
    git(repo, ['commit', '--quiet', '-am', 'Proefcongres: de middag'], '2026-02-01T10:00:00+01:00');
    // An entry without components becomes plain Markdown: same page, same file for git.
    renameSync(
      join(content, 'werkzame-elementen/regie-op-maat.mdx'),
      join(content, 'werkzame-elementen/regie-op-maat.md'),
    );
    edit(report, 'Een alinea over de sprekers.');
    git(repo, ['add', '--all']);
    git(
      repo,
      ['commit', '--quiet', '-m', 'Regie op maat is Markdown; sprekers bij het congres'],
      '2026-03-01T11:00:00+01:00',
    );
    edit(report, 'Een alinea over de zaal.');
    git(repo, ['commit', '--quiet', '-am', 'Typfout in het proefcongres'], '2026-04-01T23:30:00+02:00');

    const build = buildSite(content, dist, { env: { WAT_WERKT_REPO_URL: repoUrl } });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/Versiegeschiedenis: 10 bestanden uit 4 commits gelezen in \d+ ms\./);

    const clone = join(root, 'ondiep');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, clone]);
    const shallow = buildSite(join(clone, 'inhoud'), shallowDist, { env: { WAT_WERKT_REPO_URL: repoUrl } });
    expect(shallow.status, shallow.output).toBe(0);
    shallowOutput = shallow.output;
  }, 600_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('shows the editorial dates and git’s first and last change, each labelled with its source', () => {
    const shown = history(built('verslagen/proefcongres'));
    expect(shown.facts).toEqual({
      'Gepubliceerd (redactie)': '15 maart 2026',
      'Eerste versie (git)': '10 januari 2026',
      'Laatst gewijzigd (git)': '1 april 2026',
      'Wijzigingen (git)': '4',
    });
    expect(shown.note).toContain('De datums met (git) komen uit de versiegeschiedenis');
    expect(shown.changes).toEqual([
      '1 april 2026: Typfout in het proefcongres',
      '1 maart 2026: Regie op maat is Markdown; sprekers bij het congres',
      '1 februari 2026: Proefcongres: de middag',
    ]);
    const head = git(repo, ['rev-parse', 'HEAD']).trim();
    expect(shown.commitLinks[0]).toBe(`${repoUrl}/commit/${head}`);
    expect(shown.historyLink).toBe(`${repoUrl}/commits/HEAD/inhoud/verslagen/proefcongres.mdx`);
    expect(shown.ignored).toBe(true);
  });

  it('follows a renamed file back to its first commit', () => {
    const shown = history(built('werkzame-elementen/regie-op-maat'));
    expect(shown.facts).toMatchObject({ 'Eerste versie (git)': '10 januari 2026', 'Wijzigingen (git)': '2' });
    expect(shown.historyLink).toBe(`${repoUrl}/commits/HEAD/inhoud/werkzame-elementen/regie-op-maat.md`);
  });

  it('lists the history in "Op deze pagina" and keeps it on every entry page', () => {
    const paths = [
      'werkzame-elementen/vaste-ankerpersoon',
      'praktijkvoorbeelden/rustige-post',
      'programmas/proefleergang',
    ];
    for (const path of paths) {
      const $ = built(path);
      expect(history($).facts['Eerste versie (git)'], path).toBe('10 januari 2026');
      expect($('section.history h2').attr('id'), path).toBe('paginageschiedenis');
    }
    expect(built('verslagen/proefcongres')('.toc a[href="#paginageschiedenis"]').length).toBe(1);
  });

  it('is on every entry page of the real archive, out of the search index', () => {
    const folders = ['werkzame-elementen', 'praktijkvoorbeelden', 'verslagen', 'programmas'];
    const paths = folders.flatMap((folder) =>
      globSync(`${folder}/*.{md,mdx}`, { cwd: sites.real.content }).map(
        (file) => `/${folder}/${basename(file).replace(/\.mdx?$/, '')}/`,
      ),
    );
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const shown = history(page('real', path));
      expect(shown.ignored, path).toBe(true);
      expect(shown.facts['Gepubliceerd (redactie)'], path).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    }
  });

  it('says so from a shallow clone, gives no git dates, and still links to the full history', () => {
    expect(shallowOutput).toContain('Versiegeschiedenis: niet getoond, dit is een onvolledige (shallow) git-kopie');
    const $ = load(readFileSync(join(shallowDist, 'verslagen/proefcongres/index.html'), 'utf8'));
    const shown = history($);
    expect(shown.facts).toEqual({ 'Gepubliceerd (redactie)': '15 maart 2026' });
    expect(shown.note).toContain('De versiegeschiedenis (git) is bij deze publicatie van de site niet meegenomen.');
    expect(shown.changes).toEqual([]);
    expect(shown.historyLink).toBe(`${repoUrl}/commits/HEAD/inhoud/verslagen/proefcongres.mdx`);
  });
});
