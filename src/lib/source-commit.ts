/**
 * The git commit the site is built from, for the data manifest: a reuser can then tell which version of the
 * archive a download is. Null outside a git checkout (a source tarball, a machine without git).
 */
import { execFileSync } from 'node:child_process';

export function sourceCommit(cwd = process.cwd()): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^[0-9a-f]{40,64}$/.test(commit) ? commit : null;
  } catch {
    return null;
  }
}
