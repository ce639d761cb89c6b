/**
 * When git last saw each content file change: the fallback for a page's "laatst bijgewerkt" when the
 * editors noted no change (`wijzigingen`, see lib/revisions.ts). Read once per build with ONE `git log`
 * over the whole content root, parsed in one pass, so the cost grows with the size of the log (commits ×
 * files each touches), never with a process per file.
 *
 * Commit messages are never read: they are written for developers, in English, and a page shows the
 * editors' notes instead. The log holds only what git itself writes (hashes, dates, paths), read by
 * position, so nothing a committer writes can shift a field. A line that is not what git writes is
 * skipped with a warning: the history never stops a build.
 *
 * A build from a shallow clone (CI's default) or from a content tree outside git (fixtures in a temporary
 * folder, the benchmark's generated archive) cannot know that history: it says so and builds on.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** One commit: its full hash and when it was made (committer date, ISO 8601 as git writes it). */
export interface Commit {
  hash: string;
  date: string;
}

export type RepositoryHistory =
  | {
      status: 'available';
      /** Content root's path inside the repository (`content/`), to find a file's repository path. */
      prefix: string;
      /** Each current file's newest commit, keyed by its path in the repository. */
      files: Map<string, Commit>;
      webUrl: string | undefined;
      commits: number;
      /** Lines of the log that were not what git writes, skipped (see parseGitLog). */
      skipped: string[];
      millis: number;
    }
  | { status: 'shallow'; prefix: string; webUrl: string | undefined }
  | { status: 'absent'; reason: string };

/** A commit's header in the log: only what git writes itself, never a committer's text. */
export const gitLogFormat = 'commit %H %cI';
const header = /^commit ([0-9a-f]{40}|[0-9a-f]{64}) (\S+)$/;
/** A name-status letter (with a similarity score for renames and copies), followed by one or two paths. */
const status = /^([ACDMRTUXB])\d*$/;

/**
 * Parses `git log -z --name-status --format=<gitLogFormat>` (newest commit first) into each current
 * file's newest commit, keyed by its path in the repository. The newest commit that touched a file
 * always names it by its current path; a path whose newest mention deletes (or renames away) it has no
 * file today.
 *
 * The log is read token by token (git separates them with NUL), paths by their position after a status,
 * so no path or header can be taken for another. A header that does not hold a full hash and a date that
 * parses is skipped with its files, and reported in `skipped`.
 */
export function parseGitLog(output: string): { files: Map<string, Commit>; commits: number; skipped: string[] } {
  const files = new Map<string, Commit>();
  const gone = new Set<string>();
  const skipped: string[] = [];
  let commit: Commit | undefined;
  let commits = 0;
  const tokens = output.split('\0');
  for (let i = 0; i < tokens.length;) {
    // git puts a newline between a header and its first status.
    const token = tokens[i++]!.replace(/^\n/, '');
    if (token === '') continue;
    const change = status.exec(token);
    if (change) {
      const paths = change[1] === 'R' || change[1] === 'C' ? tokens.slice(i, (i += 2)) : [tokens[i++]!];
      if (!commit) continue;
      // A rename's source is gone under that name; a copy's source stays as it was.
      if (change[1] === 'R') gone.add(paths[0]!);
      const path = paths.at(-1)!;
      if (files.has(path) || gone.has(path)) continue;
      if (change[1] === 'D') gone.add(path);
      else files.set(path, commit);
      continue;
    }
    const [, hash, date] = header.exec(token) ?? [];
    commit = hash && date && !Number.isNaN(Date.parse(date)) ? { hash, date } : undefined;
    if (commit) commits += 1;
    else skipped.push(token.slice(0, 200));
  }
  return { files, commits, skipped };
}

/**
 * The web address of a repository from its `origin` remote: `git@github.com:org/repo.git` and
 * `https://github.com/org/repo.git` both give `https://github.com/org/repo`. Credentials in a URL are
 * dropped; anything else (a local path, another protocol) gives no address.
 */
export function repositoryWebUrl(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(remote.trim());
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(remote.trim());
    if (!['https:', 'http:', 'ssh:'].includes(url.protocol)) return undefined;
    const path = url.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '');
    return path.length > 1 ? `https://${url.hostname}${path}` : undefined;
  } catch {
    return undefined;
  }
}

/** Runs git in `cwd`; stdout, or the first line of what went wrong. */
export function git(cwd: string, args: string[]): { ok: true; stdout: string } | { ok: false; error: string } {
  // The log of a large archive is megabytes; Node's default buffer is 1 MB.
  const result = spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) return { ok: false, error: result.error.message };
  if (result.status !== 0) return { ok: false, error: result.stderr.trim().split('\n')[0] || `git ${args[0]} faalde` };
  return { ok: true, stdout: result.stdout };
}

/** The history of every file under `contentRoot`, or why there is none. Never throws: git is optional. */
export function readRepositoryHistory(contentRoot: string, repoUrl?: string): RepositoryHistory {
  const started = performance.now();
  try {
    const where = git(contentRoot, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
    if (!where.ok) return { status: 'absent', reason: where.error };
    const [shallow, prefix = ''] = where.stdout.split('\n');
    const remote = repoUrl === undefined ? git(contentRoot, ['config', '--get', 'remote.origin.url']) : undefined;
    // A configured address comes normalised from settings.ts.
    const webUrl = repoUrl ?? (remote?.ok ? repositoryWebUrl(remote.stdout) : undefined);
    // A shallow clone's oldest commit seems to add every file: its dates would be false, not merely missing.
    if (shallow === 'true') return { status: 'shallow', prefix, webUrl };
    const log = git(contentRoot, [
      'log',
      '--date-order',
      '-z',
      // A renamed file's newest commit names it by its new path either way; detecting renames costs time.
      '--no-renames',
      '--name-status',
      '--no-color',
      '--no-relative',
      `--format=${gitLogFormat}`,
      '--',
      '.',
    ]);
    if (!log.ok) return { status: 'absent', reason: log.error };
    const { files, commits, skipped } = parseGitLog(log.stdout);
    return {
      status: 'available',
      prefix,
      files,
      webUrl,
      commits,
      skipped,
      millis: Math.round(performance.now() - started),
    };
  } catch (error) {
    return { status: 'absent', reason: (error as Error).message };
  }
}

/** What the build log says about history, and why: one line, then a warning per skipped log line. */
export function describeRepositoryHistory(history: RepositoryHistory): string {
  switch (history.status) {
    case 'available':
      return [
        `Versiegeschiedenis: ${history.files.size} bestanden uit ${history.commits} commits gelezen in ${history.millis} ms.`,
        ...history.skipped.map(
          (line) =>
            `Let op: een regel uit git log is overgeslagen (geen volledige hash en geldige datum): ${JSON.stringify(line)}`,
        ),
      ].join('\n');
    case 'shallow':
      return 'Versiegeschiedenis: niet getoond, dit is een onvolledige (shallow) git-kopie; haal de volledige geschiedenis op (fetch-depth: 0).';
    case 'absent':
      return `Versiegeschiedenis: niet getoond, git kent deze inhoud niet (${history.reason}).`;
  }
}

/**
 * What an entry's page takes from the repository: the day of the file's newest commit (the fallback for
 * "laatst bijgewerkt"), when the build knows it, and the address of the file's history, when the
 * repository's address is known.
 */
export interface EntrySource {
  /** The file's newest commit as the calendar day in Amsterdam (midnight UTC, like the content dates). */
  lastCommitDay?: Date | undefined;
  /** The file's history in the repository's web pages. */
  url?: string | undefined;
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/**
 * The repository facts of the file at `filePath` (relative to the working directory, as Astro gives it).
 * The link is in GitHub's form (`/commits/HEAD/<path>`) and follows the default branch rather than this
 * build's commit: a commit that touches other files must not change (and so re-render, see cache-key.ts)
 * every page.
 */
export function entrySource(repository: RepositoryHistory, contentRoot: string, filePath: string): EntrySource {
  if (repository.status === 'absent') return {};
  const path = `${repository.prefix}${relative(resolve(contentRoot), resolve(filePath)).split('\\').join('/')}`;
  const { webUrl } = repository;
  const url = webUrl && `${webUrl}/commits/HEAD/${path.split('/').map(encodeURIComponent).join('/')}`;
  const commit = repository.status === 'available' ? repository.files.get(path) : undefined;
  return {
    url,
    lastCommitDay: commit && new Date(`${amsterdamDay.format(new Date(commit.date))}T00:00:00Z`),
  };
}
