/**
 * The editors' commands as an editor runs them: `npm run new` writes an entry that passes the check and
 * builds; it refuses an existing name; `npm run check` prints every problem and fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot, projectRoot, sites } from '../helpers/sites.ts';

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync('node', [join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('npm run new', () => {
  const root = mkdtempSync(join(tmpdir(), 'wat-werkt-new-'));
  cpSync(sites.real.content, root, { recursive: true });

  it('creates an entry of each kind that passes the check and builds', () => {
    const made = [
      ['werkzaam-element', 'werkzame-elementen/proef-regie-in-de-wijk.md'],
      ['praktijkvoorbeeld', 'praktijkvoorbeelden/proef-regie-in-de-wijk.md'],
      ['verslag', 'verslagen/proef-regie-in-de-wijk.md'],
      ['programma', 'programmas/proef-regie-in-de-wijk.md'],
    ];
    for (const [kind, file] of made) {
      const result = run('new-entry.ts', ['--soort', kind!, '--titel', `Proef: regie in de wijk`, '--map', root]);
      expect(result.status, result.stderr).toBe(0);
      expect(existsSync(join(root, file!)), file).toBe(true);
    }
    // Left as the templates wrote them, the entries are refused: their example text would be published.
    const unfilled = run('check-content.ts', [root]);
    expect(unfilled.status).toBe(1);
    for (const [, file] of made)
      expect(unfilled.stdout, file).toMatch(new RegExp(`${file}:\\d+: hier staat nog voorbeeldtekst uit het sjabloon`));
    for (const [, file] of made) {
      const path = join(root, file!);
      writeFileSync(
        path,
        readFileSync(path, 'utf8')
          .replace(/Vervang (dit|deze (zin|tekst)) door/g, 'Ingevuld met')
          .replace('Titel van de bron', 'Proefbron over regie')
          .replace('Module 1: titel', 'Module 1: de start'),
      );
    }
    // Four entries of different kinds may share a title; the check only refuses a title twice in one kind.
    const check = run('check-content.ts', [root]);
    expect(check.status, check.stdout).toBe(0);
    // No problems: at most advice on what would make a description complete.
    expect(check.stdout.split('\n').filter((line) => line.includes('.md:') && !/: advies: /.test(line))).toEqual([]);
    expect(check.stdout).toMatch(
      /werkzame-elementen\/proef-regie-in-de-wijk\.md:2: advies: de beschrijving is nog niet compleet\. .*overdraagbaarheid \(veld overdraagbaarheid\)/,
    );

    const dist = join(outputRoot, 'new-entries-dist');
    rmSync(dist, { recursive: true, force: true });
    const build = buildSite(root, dist);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(dist, 'verslagen/proef-regie-in-de-wijk/index.html'))).toBe(true);
    // Content outside git builds too: the log says why there is no commit date; the page has its own dates.
    expect(build.output).toContain('Versiegeschiedenis: niet getoond, git kent deze inhoud niet');
    expect(readFileSync(join(dist, 'verslagen/proef-regie-in-de-wijk/index.html'), 'utf8')).toMatch(
      /<dt[^>]*>Gepubliceerd<\/dt>/,
    );
  });

  it('refuses a title whose address exists, and an unknown kind', () => {
    const again = run('new-entry.ts', [
      '--soort',
      'verslag',
      '--titel',
      'Congres: heeft de burger zin?',
      '--map',
      root,
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('verslagen/congres-heeft-de-burger-zin.md bestaat al.');
    const unknown = run('new-entry.ts', ['--soort', 'nieuws', '--titel', 'X', '--map', root]);
    expect(unknown.stderr).toContain(
      'Onbekende soort "nieuws". Kies uit: werkzaam-element, praktijkvoorbeeld, verslag, programma.',
    );
  });
});

describe('npm run check', () => {
  it('lists every problem, as annotations on GitHub too, and fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'wat-werkt-check-'));
    cpSync(sites.fixture.content, root, { recursive: true });
    writeFileSync(join(root, 'themas/kapot, echt.md'), '---\ntitel: Kapot\n---\n');
    const result = run('check-content.ts', [root], { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /themas\/kapot, echt\.md:2: veld "omschrijving" ontbreekt — voeg toe als omschrijving: /,
    );
    // In an annotation's file name, a comma is escaped: it would otherwise end the property.
    expect(result.stdout).toMatch(/^::error file=.*themas\/kapot%2C echt\.md,line=2::veld "omschrijving" ontbreekt/m);
    expect(result.stdout).toContain('Eén probleem gevonden.');
  });
});
