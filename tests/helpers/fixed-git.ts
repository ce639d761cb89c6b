/**
 * git for tests that build a repository of their own: a fixed identity and clock (dates in the history are
 * what the test says) and no user or system configuration of the machine running them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

export function fixedGit(cwd: string, args: string[], date = '2026-01-01T12:00:00+01:00'): string {
  return execFileSync('git', ['-C', cwd, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Redactie',
      GIT_AUTHOR_EMAIL: 'redactie@example.org',
      GIT_COMMITTER_NAME: 'Redactie',
      GIT_COMMITTER_EMAIL: 'redactie@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

/** A fresh copy of a content tree in a repository of its own, its files in one commit, at `folder`. */
export function committedCopy(source: string, folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  cpSync(source, folder, { recursive: true });
  fixedGit(folder, ['init', '--quiet']);
  fixedGit(folder, ['add', '--all']);
  fixedGit(folder, ['commit', '--quiet', '-m', 'Het proefarchief']);
}
