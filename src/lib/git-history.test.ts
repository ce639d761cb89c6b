/**
 * The history parser against real git: a repository made here, with commits at fixed dates, a rename, a
 * file deleted and added again, a file outside the content root, and its shallow clone.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  entryHistory,
  parseGitLog,
  readRepositoryHistory,
  repositoryWebUrl,
  shortMessage,
  type RepositoryHistory,
} from './git-history.ts';
import { fixedGit } from '../../tests/helpers/fixed-git.ts';

const root = mkdtempSync(join(tmpdir(), 'git-history-'));
const repo = join(root, 'archief');
const content = join(repo, 'inhoud');

const git = fixedGit;

/** A Markdown entry long enough for git's rename detection to recognise it after a small edit. */
const entry = (title: string, extra = '') =>
  `---\ntitel: ${title}\n---\n\n${Array.from({ length: 20 }, (_, i) => `Regel ${i} over ${title}.`).join('\n')}\n${extra}`;

function commit(message: string, date: string) {
  git(repo, ['add', '--all']);
  git(repo, ['commit', '--quiet', '-m', message], date);
}

beforeAll(() => {
  mkdirSync(join(content, 'verslagen'), { recursive: true });
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  git(repo, ['remote', 'add', 'origin', 'git@github.com:redactie/archief.git']);

  writeFileSync(join(content, 'verslagen', 'congres.md'), entry('Congres'));
  writeFileSync(join(content, 'verslagen', 'oud.md'), entry('Oud'));
  writeFileSync(join(repo, 'README.md'), 'Buiten de inhoud.\n');
  commit('Eerste verslagen', '2026-01-10T09:00:00+01:00');

  writeFileSync(join(content, 'verslagen', 'congres.md'), entry('Congres', 'Een aanvulling.\n'));
  writeFileSync(join(repo, 'README.md'), 'Buiten de inhoud, gewijzigd.\n');
  commit('Congres aangevuld', '2026-02-01T10:00:00+01:00');

  renameSync(join(content, 'verslagen', 'congres.md'), join(content, 'verslagen', 'congres-2026.md'));
  rmSync(join(content, 'verslagen', 'oud.md'));
  commit('Congres hernoemd, oud verslag weg', '2026-03-01T11:00:00+01:00');

  writeFileSync(join(content, 'verslagen', 'congres-2026.md'), entry('Congres', 'Een aanvulling.\nEn nog een.\n'));
  writeFileSync(join(content, 'verslagen', 'oud.md'), entry('Nieuw onder een oude naam'));
  writeFileSync(join(content, 'verslagen', 'één.md'), entry('Eén'));
  commit('Congres bijgewerkt; oud.md opnieuw, nu een ander verslag', '2026-04-01T23:30:00+02:00');

  writeFileSync(
    join(content, 'verslagen', 'congres-2026.md'),
    entry('Congres', 'Een aanvulling.\nEn nog een.\nLaatste.\n'),
  );
  commit('Typfout in het congres', '2026-05-01T08:00:00+02:00');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading the history of a repository', () => {
  let history: RepositoryHistory;
  beforeAll(() => {
    history = readRepositoryHistory(content);
  });

  it('follows a file back through its renames, newest change first, first commit last', () => {
    expect(history.status).toBe('available');
    if (history.status !== 'available') return;
    expect(history.prefix).toBe('inhoud/');
    const congress = history.files.get('inhoud/verslagen/congres-2026.md')!;
    expect(congress.count).toBe(5);
    expect(congress.first).toMatchObject({ date: '2026-01-10T09:00:00+01:00', message: 'Eerste verslagen' });
    expect(congress.recent.map((change) => [change.date, change.message])).toEqual([
      ['2026-05-01T08:00:00+02:00', 'Typfout in het congres'],
      ['2026-04-01T23:30:00+02:00', 'Congres bijgewerkt; oud.md opnieuw, nu een ander verslag'],
      ['2026-03-01T11:00:00+01:00', 'Congres hernoemd, oud verslag weg'],
    ]);
    expect(congress.recent[0]!.hash).toMatch(/^[0-9a-f]{40}$/);
  });

  it('starts a new history for a file added again under a deleted name, and keeps only current files', () => {
    if (history.status !== 'available') return;
    const reused = history.files.get('inhoud/verslagen/oud.md')!;
    expect(reused.count).toBe(1);
    expect(reused.first.date).toBe('2026-04-01T23:30:00+02:00');
    expect(history.files.has('inhoud/verslagen/congres.md')).toBe(false);
    expect(history.files.has('README.md')).toBe(false);
    expect(history.files.get('inhoud/verslagen/één.md')?.count).toBe(1);
    expect(history.commits).toBe(5);
    expect(history.webUrl).toBe('https://github.com/redactie/archief');
  });

  it('gives a page its dates, messages and links, and says when a file is not committed yet', () => {
    writeFileSync(join(content, 'verslagen', 'concept.md'), entry('Concept'));
    const page = entryHistory(history, content, join(content, 'verslagen', 'congres-2026.md'));
    expect(page).toMatchObject({
      status: 'recorded',
      first: '2026-01-10T09:00:00+01:00',
      latest: '2026-05-01T08:00:00+02:00',
      count: 5,
      url: 'https://github.com/redactie/archief/commits/HEAD/inhoud/verslagen/congres-2026.md',
    });
    if (page.status !== 'recorded') return;
    expect(page.recent[0]!.url).toMatch(/^https:\/\/github\.com\/redactie\/archief\/commit\/[0-9a-f]{40}$/);
    expect(entryHistory(history, content, join(content, 'verslagen', 'één.md'))).toMatchObject({
      url: 'https://github.com/redactie/archief/commits/HEAD/inhoud/verslagen/%C3%A9%C3%A9n.md',
    });
    expect(entryHistory(history, content, join(content, 'verslagen', 'concept.md'))).toEqual({ status: 'unrecorded' });
    rmSync(join(content, 'verslagen', 'concept.md'));
  });

  it('prefers the configured repository address over the remote', () => {
    const configured = readRepositoryHistory(content, 'https://git.example.org/archief/');
    expect(configured.status === 'available' && configured.webUrl).toBe('https://git.example.org/archief');
  });
});

describe('builds without the history', () => {
  it('recognises a shallow clone and gives no dates, only the link to the full history', () => {
    const clone = join(root, 'ondiep');
    git(root, ['clone', '--quiet', '--depth', '1', `file://${repo}`, clone]);
    const history = readRepositoryHistory(join(clone, 'inhoud'), 'https://github.com/redactie/archief');
    expect(history).toEqual({ status: 'shallow', prefix: 'inhoud/', webUrl: 'https://github.com/redactie/archief' });
    expect(entryHistory(history, join(clone, 'inhoud'), join(clone, 'inhoud/verslagen/oud.md'))).toEqual({
      status: 'shallow',
      url: 'https://github.com/redactie/archief/commits/HEAD/inhoud/verslagen/oud.md',
    });
  });

  it('reports a content tree outside git without failing', () => {
    const outside = mkdtempSync(join(tmpdir(), 'geen-git-'));
    try {
      const history = readRepositoryHistory(outside);
      expect(history.status).toBe('absent');
      expect(history.status === 'absent' && history.reason).toMatch(/not a git repository/i);
      expect(entryHistory(history, outside, join(outside, 'x.md'))).toEqual({ status: 'absent' });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('builds on where git itself is missing', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(readRepositoryHistory(content)).toEqual({ status: 'absent', reason: expect.stringMatching(/ENOENT/) });
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('parseGitLog', () => {
  it('reads copies as new files and ignores merge commits without changes', () => {
    const log = [
      '\x1ec3\x1f2026-03-01T00:00:00Z\x1fKopie\0\nC090\0a.md\0b.md\0',
      '\x1em2\x1f2026-02-01T00:00:00Z\x1fMerge\0',
      '\x1ec1\x1f2026-01-01T00:00:00Z\x1fEerste\0\nA\0a.md\0',
    ].join('');
    const files = parseGitLog(log);
    expect(files.get('b.md')).toMatchObject({ count: 1, first: { hash: 'c3' } });
    expect(files.get('a.md')).toMatchObject({ count: 1, first: { hash: 'c1' } });
  });
});

describe('repositoryWebUrl', () => {
  it('turns the usual remotes into a web address and refuses the rest', () => {
    expect(repositoryWebUrl('git@github.com:org/wat-werkt.git\n')).toBe('https://github.com/org/wat-werkt');
    expect(repositoryWebUrl('https://github.com/org/wat-werkt.git')).toBe('https://github.com/org/wat-werkt');
    expect(repositoryWebUrl('https://x-access-token:geheim@github.com/org/wat-werkt')).toBe(
      'https://github.com/org/wat-werkt',
    );
    expect(repositoryWebUrl('ssh://git@gitlab.example.org/groep/archief.git')).toBe(
      'https://gitlab.example.org/groep/archief',
    );
    expect(repositoryWebUrl('/srv/git/archief.git')).toBeUndefined();
    expect(repositoryWebUrl('file:///srv/git/archief.git')).toBeUndefined();
  });
});

it('shortens a long commit subject at a word', () => {
  expect(shortMessage('Kort')).toBe('Kort');
  const long =
    'Evidence model: a published scale with niet beoordeeld as default, knowledge sources per element, '.repeat(3);
  const short = shortMessage(long);
  expect(short.length).toBeLessThanOrEqual(120);
  expect(short).toMatch(/ [a-z]+…$/);
});
