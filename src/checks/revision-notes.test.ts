/**
 * Change notes in the editors' check: a note before publication is refused, and a published entry changed
 * since the compared version without a new note gets a warning, against a real git repository made here.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedGit } from '../../tests/helpers/fixed-git.ts';
import { checkContent } from './content.ts';
import { formatProblem } from './problems.ts';
import { countNotes } from './revision-notes.ts';

const fixture = join(import.meta.dirname, '../../tests/fixtures/site');
const root = mkdtempSync(join(tmpdir(), 'wat-werkt-notes-'));
const element = 'werkzame-elementen/regie-op-maat.mdx';
const report = 'verslagen/proefcongres.mdx';
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const today = new Date('2026-12-06T00:00:00Z');
const warnings = (base = 'HEAD') =>
  checkContent(root, 'content', { changes: { base, today } })
    .filter((problem) => problem.severity === 'waarschuwing')
    .map(formatProblem);

beforeAll(() => {
  cpSync(fixture, root, { recursive: true });
  fixedGit(root, ['init', '--quiet']);
  fixedGit(root, ['add', '--all']);
  fixedGit(root, ['commit', '--quiet', '-m', 'Fixture']);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('asking for a change note', () => {
  it('warns about a published entry changed without a new note, naming the file and line', () => {
    expect(warnings()).toEqual([]);
    edit(element, (t) => `${t}\nEen nieuwe alinea met een inhoudelijke aanvulling.\n`);
    edit(report, (t) => `${t}\nEen nieuwe alinea.\n`);
    const found = warnings();
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^content\/verslagen\/proefcongres\.mdx:11: waarschuwing: dit gepubliceerde item is gewijzigd\. .*datum: 2026-12-06/,
    );
    expect(found[1]).toMatch(
      /^content\/werkzame-elementen\/regie-op-maat\.mdx:\d+: waarschuwing: dit gepubliceerde item/,
    );
  });

  it('is satisfied by a new note, and never asks for one on a new entry or one published today', () => {
    edit(element, (t) =>
      t.replace(
        /^gepubliceerd: .*$/m,
        (line) => `${line}\nwijzigingen:\n  - datum: 2026-12-06\n    notitie: Een aanvulling.`,
      ),
    );
    edit(report, (t) => t.replace('gepubliceerd: 2026-03-15', 'gepubliceerd: 2026-12-06'));
    cpSync(join(root, element), join(root, 'werkzame-elementen/nieuw-element.mdx'));
    edit('werkzame-elementen/nieuw-element.mdx', (t) => t.replace(/^titel: .*$/m, 'titel: Een nieuw element'));
    expect(warnings()).toEqual([]);
  });

  it('finds nothing where the compared version is unknown', () => {
    edit(report, (t) => t.replace('gepubliceerd: 2026-12-06', 'gepubliceerd: 2026-03-15'));
    expect(warnings('bestaat-niet')).toEqual([]);
    expect(warnings()).toHaveLength(1);
  });
});

it('refuses a note dated before the publication, in every run, with the field and line', () => {
  const other = mkdtempSync(join(tmpdir(), 'wat-werkt-notes-'));
  try {
    cpSync(fixture, other, { recursive: true });
    const file = join(other, 'werkzame-elementen/vaste-ankerpersoon.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('datum: 2026-05-02', 'datum: 2026-01-01'));
    expect(checkContent(other, 'content').map(formatProblem)).toEqual([
      'content/werkzame-elementen/vaste-ankerpersoon.mdx:47: veld "wijzigingen[1].datum": 1 januari 2026 ligt vóór de publicatie (gepubliceerd: 10 januari 2026). Een wijziging komt na de publicatie: controleer beide datums.',
    ]);
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});

it('counts the notes of a version of a file, and none in one it cannot read', () => {
  expect(countNotes('---\ntitel: x\nwijzigingen:\n  - datum: 2026-01-01\n    notitie: a\n---\ntekst')).toBe(1);
  expect(countNotes('---\ntitel: x\n---\n')).toBe(0);
  expect(countNotes('---\ntitel: [\n---\n')).toBe(0);
});
