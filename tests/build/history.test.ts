/**
 * "Geschiedenis van deze pagina" on built entry pages: the editors' dates and change notes, git's last
 * commit only as the fallback for "laatst bijgewerkt". The fixture archive is built from a git repository
 * made here (commits at fixed dates, a rename, a crafted commit message), and again from its shallow clone,
 * so the dates expected do not depend on this project's own history or on how CI cloned it. (Content outside git: tests/build/editor-tools.test.ts;
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

/** The history section of a built page: its terms and descriptions, the change notes and the source link. */
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
    summary: text($, 'section.history summary'),
    changes: section
      .find('.changes li')
      .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
      .get(),
    sourceLink: section.find('p.source a').attr('href'),
    sourceText: text($, 'section.history p.source'),
  };
}

/** A commit message crafted to forge a history line in the old separator format and break its date. */
const craftedMessage = `Bron toegevoegd\x1e${'f'.repeat(40)}\x1f2001-01-01T00:00:00Z\x1fVervalst\x1f\ncommit ${'e'.repeat(40)} geen-datum`;

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
    edit(join(content, 'werkzame-elementen/vaste-ankerpersoon.mdx'), 'Een alinea.');
    git(repo, ['commit', '--quiet', '-am', craftedMessage], '2026-06-01T10:00:00+02:00');

    const build = buildSite(content, dist, { env: { WAT_WERKT_REPO_URL: repoUrl } });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/Versiegeschiedenis: 10 bestanden uit 5 commits gelezen in \d+ ms\./);

    const clone = join(root, 'ondiep');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, clone]);
    const shallow = buildSite(join(clone, 'inhoud'), shallowDist, { env: { WAT_WERKT_REPO_URL: repoUrl } });
    expect(shallow.status, shallow.output).toBe(0);
    shallowOutput = shallow.output;
  }, 600_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('shows when the page was published and, without change notes, the last commit’s day as last updated', () => {
    const shown = history(built('verslagen/proefcongres'));
    expect(shown.facts).toEqual({ Gepubliceerd: '15 maart 2026', 'Laatst bijgewerkt': '1 april 2026' });
    expect(shown.changes).toEqual([]);
    expect(shown.sourceText).toBe('Bekijk de bronbestanden');
    expect(shown.sourceLink).toBe(`${repoUrl}/commits/HEAD/inhoud/verslagen/proefcongres.mdx`);
    expect(shown.ignored).toBe(true);
  });

  it('shows the editors’ change notes, newest first, and dates "laatst bijgewerkt" by the newest note', () => {
    const shown = history(built('werkzame-elementen/vaste-ankerpersoon'));
    // The last commit (1 June) is later, but a note is the editors’ word on what changed for readers.
    expect(shown.facts).toEqual({ Gepubliceerd: '10 januari 2026', 'Laatst bijgewerkt': '2 mei 2026' });
    expect(shown.summary).toBe('Toon alle wijzigingen (2)');
    expect(shown.changes).toEqual([
      '2 mei 2026: De voorwaarden aangevuld.',
      '20 april 2026: Een tweede bron over de ankerpersoon toegevoegd.',
    ]);
  });

  it('never shows a commit message, not even one crafted to forge a line, nor the word "git"', () => {
    for (const path of [
      'werkzame-elementen/vaste-ankerpersoon',
      'verslagen/proefcongres',
      'werkzame-elementen/regie-op-maat',
    ]) {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      for (const fragment of [
        'Bron toegevoegd',
        '2001',
        'Vervalst',
        'Typfout',
        'Proefcongres: de middag',
        'proefarchief',
      ])
        expect(html, `${path}: ${fragment}`).not.toContain(fragment);
      expect(text(load(html), 'section.history'), path).not.toMatch(/\bgit\b/i);
    }
  });

  it('follows a renamed file: its last commit is the rename', () => {
    const shown = history(built('werkzame-elementen/regie-op-maat'));
    expect(shown.facts).toEqual({ Gepubliceerd: '1 februari 2026', 'Laatst bijgewerkt': '1 maart 2026' });
    expect(shown.sourceLink).toBe(`${repoUrl}/commits/HEAD/inhoud/werkzame-elementen/regie-op-maat.md`);
  });

  it('lists the history in "Op deze pagina" and keeps it on every entry page', () => {
    const paths = [
      'werkzame-elementen/vaste-ankerpersoon',
      'praktijkvoorbeelden/rustige-post',
      'programmas/proefleergang',
    ];
    for (const path of paths) {
      const $ = built(path);
      expect(history($).facts.Gepubliceerd, path).toMatch(/^\d{1,2} [a-z]+ 2026$/);
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
      expect(shown.facts.Gepubliceerd, path).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    }
  });

  it('from a shallow clone gives no commit date, says so in the build log, and still links to the sources', () => {
    expect(shallowOutput).toContain('Versiegeschiedenis: niet getoond, dit is een onvolledige (shallow) git-kopie');
    const shown = history(load(readFileSync(join(shallowDist, 'verslagen/proefcongres/index.html'), 'utf8')));
    expect(shown.facts).toEqual({ Gepubliceerd: '15 maart 2026' });
    expect(shown.sourceLink).toBe(`${repoUrl}/commits/HEAD/inhoud/verslagen/proefcongres.mdx`);
    const notes = history(
      load(readFileSync(join(shallowDist, 'werkzame-elementen/vaste-ankerpersoon/index.html'), 'utf8')),
    );
    expect(notes.facts['Laatst bijgewerkt']).toBe('2 mei 2026');
  });
});
