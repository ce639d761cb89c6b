/**
 * What git knows about each content file: when it was first committed, when last, and the last few change
 * messages. Read once per build with ONE `git log` over the whole content root, parsed in one pass, so
 * the cost grows with the size of the log (commits × files each touches), never with a process per file.
 *
 * These are the technical dates: every commit counts, a typo fix too. The editorial dates are the
 * frontmatter's `gepubliceerd` and `bijgewerkt`; the page says which is which (EntryHistory.astro).
 *
 * A build from a shallow clone (CI's default) or from a content tree outside git (fixtures in a temporary
 * folder, the benchmark's generated archive) cannot know that history: it says so and builds on.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** One commit as a page shows it. */
export interface Change {
  hash: string;
  /** When the commit was made (committer date, ISO 8601 as git writes it). */
  date: string;
  /** The first line of the commit message. */
  message: string;
}

export interface FileHistory {
  /** The oldest commit of this file under its current name or any earlier name. */
  first: Change;
  /** The newest commits, newest first. */
  recent: Change[];
  /** How many commits touched the file. */
  count: number;
}

export type RepositoryHistory =
  | {
      status: 'available';
      /** Content root's path inside the repository (`content/`), to find a file's repository path. */
      prefix: string;
      files: Map<string, FileHistory>;
      webUrl: string | undefined;
      commits: number;
      millis: number;
    }
  | { status: 'shallow'; prefix: string; webUrl: string | undefined }
  | { status: 'absent'; reason: string };

/** Separators git writes and a commit subject cannot hold in practice (record, field). */
const RECORD = '\x1e';
const FIELD = '\x1f';
export const gitLogFormat = `${RECORD}%H${FIELD}%cI${FIELD}%s`;

/**
 * Parses `git log -z --name-status --format=<gitLogFormat>` in the order git writes it (children before
 * parents: `--date-order`) into each current file's history, keyed by its path in the repository.
 *
 * Renames are followed back: a commit older than "R old → new" that touched `old` belongs to `new`'s file.
 * A file that was deleted (or renamed away) and later added again starts a new life: commits from before
 * belong to a file that no longer exists. `lineage` maps a path at the point in history being read to the
 * file that has that path today (null: no file today), starting from each path's newest mention.
 */
export function parseGitLog(output: string, keep = 3): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  const lineage = new Map<string, string | null>();
  const current = (path: string) => {
    if (!lineage.has(path)) lineage.set(path, path);
    return lineage.get(path)!;
  };
  const record = (file: string | null, change: Change) => {
    if (file === null) return;
    const history = files.get(file);
    if (!history) files.set(file, { first: change, recent: [change], count: 1 });
    else if (history.first.hash !== change.hash) {
      history.first = change;
      history.count += 1;
      if (history.recent.length < keep) history.recent.push(change);
    }
  };

  for (const commit of output.split(RECORD)) {
    const headerEnd = commit.indexOf('\0');
    if (headerEnd < 0) continue;
    const [hash = '', date = '', message = ''] = commit.slice(0, headerEnd).split(FIELD);
    const change = { hash, date, message };
    const fields = commit
      .slice(headerEnd + 1)
      .replace(/^\n/, '')
      .split('\0');
    for (let i = 0; i < fields.length - 1;) {
      const status = fields[i]!.charAt(0);
      if (status === 'R' || status === 'C') {
        const [from, to] = [fields[i + 1]!, fields[i + 2]!];
        i += 3;
        const file = current(to);
        record(file, change);
        lineage.set(to, null);
        // A copy leaves its source in place with a history of its own.
        if (status === 'R') lineage.set(from, file);
        continue;
      }
      const path = fields[i + 1]!;
      i += 2;
      if (status === 'D') lineage.set(path, null);
      else {
        record(current(path), change);
        if (status === 'A') lineage.set(path, null);
      }
    }
  }
  return files;
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
function git(cwd: string, args: string[]): { ok: true; stdout: string } | { ok: false; error: string } {
  // The log of a large archive is megabytes; Node's default buffer is 1 MB.
  const result = spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) return { ok: false, error: result.error.message };
  if (result.status !== 0) return { ok: false, error: result.stderr.trim().split('\n')[0] || `git ${args[0]} faalde` };
  return { ok: true, stdout: result.stdout };
}

/** The history of every file under `contentRoot`, or why there is none. Never throws: git is optional. */
export function readRepositoryHistory(contentRoot: string, repoUrl?: string): RepositoryHistory {
  const started = performance.now();
  const where = git(contentRoot, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (!where.ok) return { status: 'absent', reason: where.error };
  const [shallow, prefix = ''] = where.stdout.split('\n');
  const remote = repoUrl === undefined ? git(contentRoot, ['config', '--get', 'remote.origin.url']) : undefined;
  const webUrl = repoUrl?.replace(/\/$/, '') ?? (remote?.ok ? repositoryWebUrl(remote.stdout) : undefined);
  // A shallow clone's oldest commit seems to add every file: its dates would be false, not merely missing.
  if (shallow === 'true') return { status: 'shallow', prefix, webUrl };
  const log = git(contentRoot, [
    'log',
    '--date-order',
    '-z',
    '-M',
    '--name-status',
    '--no-color',
    '--no-relative',
    `--format=${gitLogFormat}`,
    '--',
    '.',
  ]);
  if (!log.ok) return { status: 'absent', reason: log.error };
  return {
    status: 'available',
    prefix,
    files: parseGitLog(log.stdout),
    webUrl,
    commits: log.stdout.split(RECORD).length - 1,
    millis: Math.round(performance.now() - started),
  };
}

/** One line for the build log: what the pages will show about history, and why. */
export function describeRepositoryHistory(history: RepositoryHistory): string {
  switch (history.status) {
    case 'available':
      return `Versiegeschiedenis: ${history.files.size} bestanden uit ${history.commits} commits gelezen in ${history.millis} ms.`;
    case 'shallow':
      return 'Versiegeschiedenis: niet getoond, dit is een onvolledige (shallow) git-kopie; haal de volledige geschiedenis op (fetch-depth: 0).';
    case 'absent':
      return `Versiegeschiedenis: niet getoond, git kent deze inhoud niet (${history.reason}).`;
  }
}

/** What an entry's page shows about its file's history (see EntryHistory.astro). */
export type EntryHistory =
  | {
      status: 'recorded';
      first: string;
      latest: string;
      recent: { date: string; message: string; url: string | undefined }[];
      count: number;
      url: string | undefined;
    }
  /** In a repository, but not committed yet (a local preview of a new entry). */
  | { status: 'unrecorded' }
  | { status: 'shallow'; url: string | undefined }
  | { status: 'absent' };

/** Commit subjects can be paragraphs; a page shows the start, the repository the rest. */
export function shortMessage(message: string, max = 120): string {
  if (message.length <= max) return message;
  const cut = message.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * The history of the file at `filePath` (relative to the working directory, as Astro gives it). Links go
 * to the repository's web pages in GitHub's form (`/commits/HEAD/<path>`, `/commit/<hash>`). The history
 * link follows the default branch rather than this build's commit: a commit that touches other files must
 * not change (and so re-render, see cache-key.ts) every page.
 */
export function entryHistory(repository: RepositoryHistory, contentRoot: string, filePath: string): EntryHistory {
  if (repository.status === 'absent') return { status: 'absent' };
  const path = `${repository.prefix}${relative(resolve(contentRoot), resolve(filePath)).split('\\').join('/')}`;
  const { webUrl } = repository;
  const url = webUrl && `${webUrl}/commits/HEAD/${path.split('/').map(encodeURIComponent).join('/')}`;
  if (repository.status === 'shallow') return { status: 'shallow', url };
  const file = repository.files.get(path);
  if (!file) return { status: 'unrecorded' };
  return {
    status: 'recorded',
    first: file.first.date,
    latest: file.recent[0]!.date,
    recent: file.recent.map((change) => ({
      date: change.date,
      message: shortMessage(change.message),
      url: webUrl && `${webUrl}/commit/${change.hash}`,
    })),
    count: file.count,
    url,
  };
}
