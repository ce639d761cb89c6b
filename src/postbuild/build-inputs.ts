/**
 * An unchanged rebuild paid Astro's fixed costs (start, content sync, bundling: about 10 s at 1,000 entries,
 * 65% of a cold build) with no page to render. So the build records what it was built from, and a build whose
 * inputs are all the same as those of the published site, which is still as that build left it, keeps that
 * site instead of building (scripts/build.ts). Strict on purpose: every file git sees in the project (tracked
 * or new, not ignored: src/, public/, config, package-lock.json, scripts, tests), every file of the content
 * tree, what npm installed, the settings and environment the build reads, the day the build takes as today,
 * the git commits and remotes the history is read from, and Node's version. Whatever cannot be read (no git)
 * means no record, and so a full build.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { digest, fileDigest } from '../digest.ts';
import { git } from '../lib/git-history.ts';
import { filesIn } from './built-pages.ts';
import { siteFingerprint } from './reused-staging.ts';

export interface BuildInputSources {
  projectRoot: string;
  contentRoot: string;
  /** The build's settings (src/settings.ts), options and "today", as JSON-able values. */
  values: unknown;
  /** The environment: the variables that may change the build (Astro reads PUBLIC_*, Vite VITE_*). */
  env: NodeJS.ProcessEnv;
}

const buildEnvironment =
  /^(WAT_WERKT_|PUBLIC_|ASTRO_|VITE_|NODE_|SITE_URL$|SOURCE_DATE_EPOCH$|GITHUB_SERVER_URL$|GITHUB_REPOSITORY$|TZ$|LANG$|LC_)/;

const digestOrMissing = (file: string) => (existsSync(file) ? fileDigest(file) : 'missing');

/** The digest of everything the build is made from; undefined when part of it cannot be read. */
export function buildInputs({ projectRoot, contentRoot, values, env }: BuildInputSources): string | undefined {
  const project = resolve(projectRoot);
  const content = resolve(contentRoot);
  const listed = git(project, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']);
  if (!listed.ok || !existsSync(content)) return undefined;
  const inContent = (file: string) => !relative(content, join(project, file)).startsWith('..');
  const projectFiles = listed.stdout.split('\0').filter((file) => file !== '' && !inContent(file));
  const lines = [
    ...projectFiles.sort().map((file) => `project ${file} ${digestOrMissing(join(project, file))}`),
    // The content tree whether git sees it or not: the build reads every file in it.
    ...filesIn(content)
      .sort()
      .map((file) => `content ${file} ${digestOrMissing(join(content, file))}`),
    `installed ${digestOrMissing(join(project, 'node_modules/.package-lock.json'))}`,
    // The history of the pages and the source commit of the data (src/lib/git-history.ts, source-commit.ts).
    ...[project, content].flatMap((folder) =>
      [
        ['rev-parse', 'HEAD'],
        ['rev-parse', '--is-shallow-repository'],
        ['config', '--get', 'remote.origin.url'],
      ].map((args) => {
        const result = git(folder, args);
        return `git ${args.join(' ')} ${result.ok ? result.stdout.trim() : 'none'}`;
      }),
    ),
    `node ${process.version}`,
    `values ${JSON.stringify(values)}`,
    ...Object.entries(env)
      .filter(([name]) => buildEnvironment.test(name))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => `env ${name}=${value}`),
  ];
  return digest(lines.join('\n'));
}

const recordFile = (cacheDir: string) => join(cacheDir, 'wat-werkt-inputs.json');

interface InputsRecord {
  inputs: string;
  target: string;
  /** siteFingerprint of the published site right after that build. */
  site: string;
}

/** Whether `target` is the site a build from exactly these inputs published, untouched since. */
export function builtFrom(cacheDir: string, target: string, inputs: string | undefined): boolean {
  if (inputs === undefined || !existsSync(target)) return false;
  try {
    const record = JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as InputsRecord;
    return record.inputs === inputs && record.target === resolve(target) && record.site === siteFingerprint(target);
  } catch {
    return false;
  }
}

/** Forgets the inputs of the published site: a build that fails from here on leaves no record. */
export const forgetInputs = (cacheDir: string) => rmSync(recordFile(cacheDir), { force: true });

/** Records, right after publishing, what the published site (`siteFingerprint`: `site`) was built from. */
export function recordInputs(cacheDir: string, target: string, inputs: string | undefined, site: string): void {
  if (inputs === undefined) return;
  const record: InputsRecord = { inputs, target: resolve(target), site };
  writeFileSync(recordFile(cacheDir), JSON.stringify(record));
}
