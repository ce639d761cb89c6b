/**
 * The history parser against real git: a repository made here, with commits at fixed dates, a rename, a
 * file deleted and added again, a file outside the content root, a crafted commit message, and its
 * shallow clone.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeRepositoryHistory,
  entrySource,
  parseGitLog,
  readRepositoryHistory,
  repositoryWebUrl,
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

  // A message crafted to forge a history line in the old separator format, and a non-date where a date was.
  writeFileSync(join(content, 'verslagen', 'één.md'), entry('Eén', 'Aangevuld.\n'));
  commit(
    `Gewoon\x1e${'f'.repeat(40)}\x1f2001-01-01T00:00:00Z\x1fhttps://github.com/andere-repository\x1f\ncommit ${'e'.repeat(40)} geen-datum\nM\ninhoud/verslagen/vals.md`,
    '2026-06-01T08:00:00+02:00',
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading the history of a repository', () => {
  let history: RepositoryHistory;
  beforeAll(() => {
    history = readRepositoryHistory(content);
  });

  it("knows each current file's newest commit, under its current name, and only current files", () => {
    expect(history.status).toBe('available');
    if (history.status !== 'available') return;
    expect(history.prefix).toBe('inhoud/');
    const congress = history.files.get('inhoud/verslagen/congres-2026.md')!;
    expect(congress.date).toBe('2026-05-01T08:00:00+02:00');
    expect(congress.hash).toMatch(/^[0-9a-f]{40}$/);
    // Deleted, then added again as another report: its newest commit is the new one.
    expect(history.files.get('inhoud/verslagen/oud.md')!.date).toBe('2026-04-01T23:30:00+02:00');
    expect(history.files.has('inhoud/verslagen/congres.md')).toBe(false);
    expect(history.files.has('README.md')).toBe(false);
    expect(history.commits).toBe(6);
    expect(history.skipped).toEqual([]);
    expect(history.webUrl).toBe('https://github.com/redactie/archief');
  });

  it('gives a page the day of its last commit in Amsterdam and the link to its history', () => {
    writeFileSync(join(content, 'verslagen', 'concept.md'), entry('Concept'));
    expect(entrySource(history, content, join(content, 'verslagen', 'congres-2026.md'))).toEqual({
      lastCommitDay: new Date('2026-05-01T00:00:00Z'),
      url: 'https://github.com/redactie/archief/commits/HEAD/inhoud/verslagen/congres-2026.md',
    });
    // 23:30 in Amsterdam on 1 April is 21:30 UTC: the day is the Dutch one.
    expect(entrySource(history, content, join(content, 'verslagen', 'oud.md')).lastCommitDay).toEqual(
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(entrySource(history, content, join(content, 'verslagen', 'één.md'))).toEqual({
      lastCommitDay: new Date('2026-06-01T00:00:00Z'),
      url: 'https://github.com/redactie/archief/commits/HEAD/inhoud/verslagen/%C3%A9%C3%A9n.md',
    });
    expect(entrySource(history, content, join(content, 'verslagen', 'concept.md'))).toEqual({
      lastCommitDay: undefined,
      url: 'https://github.com/redactie/archief/commits/HEAD/inhoud/verslagen/concept.md',
    });
    rmSync(join(content, 'verslagen', 'concept.md'));
  });

  it('cannot be misled by a commit message: messages are never read, so none can forge a date or link', () => {
    if (history.status !== 'available') return;
    // The crafted commit (see beforeAll) changed één.md; had its message been parsed as fields, a 2001
    // date, another hash or a file named in its text would show up.
    expect(history.files.get('inhoud/verslagen/één.md')?.date).toBe('2026-06-01T08:00:00+02:00');
    expect(history.files.has('inhoud/verslagen/vals.md')).toBe(false);
    const dates = [...history.files.values()].map((commit) => commit.date);
    expect(dates.some((date) => date.startsWith('2001'))).toBe(false);
    expect([...history.files.keys()].every((path) => path.startsWith('inhoud/verslagen/'))).toBe(true);
    const log = describeRepositoryHistory(history);
    expect(log).not.toMatch(/andere-repository|Let op/);
  });

  it('prefers the configured repository address over the remote', () => {
    const configured = readRepositoryHistory(content, 'https://git.example.org/archief');
    expect(configured.status === 'available' && configured.webUrl).toBe('https://git.example.org/archief');
  });
});

describe('builds without the history', () => {
  it('recognises a shallow clone and gives no dates, only the link to the full history', () => {
    const clone = join(root, 'ondiep');
    git(root, ['clone', '--quiet', '--depth', '1', `file://${repo}`, clone]);
    const history = readRepositoryHistory(join(clone, 'inhoud'), 'https://github.com/redactie/archief');
    expect(history).toEqual({ status: 'shallow', prefix: 'inhoud/', webUrl: 'https://github.com/redactie/archief' });
    expect(entrySource(history, join(clone, 'inhoud'), join(clone, 'inhoud/verslagen/oud.md'))).toEqual({
      lastCommitDay: undefined,
      url: 'https://github.com/redactie/archief/commits/HEAD/inhoud/verslagen/oud.md',
    });
  });

  it('reports a content tree outside git without failing', () => {
    const outside = mkdtempSync(join(tmpdir(), 'geen-git-'));
    try {
      const history = readRepositoryHistory(outside);
      expect(history.status).toBe('absent');
      expect(history.status === 'absent' && history.reason).toMatch(/not a git repository/i);
      expect(entrySource(history, outside, join(outside, 'x.md'))).toEqual({});
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
  const hash = (c: string) => c.repeat(40);
  it('reads paths by position, copies and renames included, and ignores merge commits without changes', () => {
    const log = [
      `commit ${hash('c')} 2026-04-01T00:00:00Z\0\nR100\0oud.md\0nieuw.md\0`,
      `commit ${hash('b')} 2026-03-01T00:00:00Z\0\nC090\0a.md\0b.md\0`,
      `commit ${hash('e')} 2026-02-01T00:00:00Z\0`,
      `commit ${hash('a')} 2026-01-01T00:00:00Z\0\nA\0a.md\0A\0oud.md\0M\0commit ${hash('f')} 2001-01-01T00:00:00Z\0`,
    ].join('');
    const { files, commits, skipped } = parseGitLog(log);
    expect(files.get('nieuw.md')).toEqual({ hash: hash('c'), date: '2026-04-01T00:00:00Z' });
    expect(files.get('b.md')).toEqual({ hash: hash('b'), date: '2026-03-01T00:00:00Z' });
    expect(files.get('a.md')).toEqual({ hash: hash('a'), date: '2026-01-01T00:00:00Z' });
    expect(files.has('oud.md')).toBe(false);
    // A path that looks like a header is a path: it takes its place after its status.
    expect(files.get(`commit ${hash('f')} 2001-01-01T00:00:00Z`)?.date).toBe('2026-01-01T00:00:00Z');
    expect({ commits, skipped }).toEqual({ commits: 4, skipped: [] });
  });

  it('skips a header without a full hash or with a date that does not parse, with its files, and never throws', () => {
    const log = [
      `commit ${hash('c')} geen-datum\0\nM\0a.md\0`,
      `commit abc123 2026-03-01T00:00:00Z\0\nM\0b.md\0`,
      `iets anders\0\nM\0c.md\0`,
      `commit ${hash('a')} 2026-01-01T00:00:00Z\0\nA\0a.md\0A\0b.md\0A\0c.md\0`,
    ].join('');
    const { files, commits, skipped } = parseGitLog(log);
    expect([...files.values()].map((commit) => commit.date)).toEqual(Array(3).fill('2026-01-01T00:00:00Z'));
    expect(commits).toBe(1);
    expect(skipped).toEqual([`commit ${hash('c')} geen-datum`, 'commit abc123 2026-03-01T00:00:00Z', 'iets anders']);
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
