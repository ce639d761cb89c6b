/**
 * `npm run bench:deploy -- 5000`: what a deploy costs after one changed entry, against a cold deploy, replayed
 * as GitHub Actions runs .github/workflows/deploy.yml. The committed code is cloned into a temporary folder
 * with a generated archive of N entries as its content (committed, so the history the pages show is there);
 * the workflow's build job runs there with an empty cache (timed), the paths of its cache step are archived
 * as actions/cache does (tar --posix, zstd), the clone is removed, one entry's body changes in a new commit,
 * and a fresh clone at the same path (as a runner's workspace) restores the archive and runs the job again;
 * then once more with nothing changed.
 * The steps, the cache's paths and the environment are read from the workflow, so the replay cannot drift
 * from it. Uncommitted changes are not part of the replay.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { appendFileSync, globSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { generateArchive } from './generate.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  env?: Record<string, string | number>;
  steps: Step[];
}

const projectRoot = resolve(import.meta.dirname, '../..');
const entries = Number(process.argv[2] ?? 5000);
/** What `steps.pages.outputs.base_url` gives a project page; SITE_URL falls back to it in the workflow. */
const pagesUrl = 'https://voorbeeld.github.io/wat-werkt/';

const job = (parse(readFileSync(join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as { jobs: { build: Job } })
  .jobs.build;
const cacheStep = job.steps.find((step) => step.uses?.startsWith('actions/cache@'));
if (!cacheStep?.with?.path) throw new Error('deploy.yml has no actions/cache step with paths.');
const cachePaths = cacheStep.with.path.trim().split('\n');
/** The job's own steps, in order; actions other than the cache (checkout, Node, Pages) are the replay's setup. */
const runSteps = job.steps.filter((step) => step.run !== undefined || step === cacheStep);

/** A workflow value with its expressions replaced by what they give here; undefined when none is known. */
const evaluate = (value: string | number) =>
  String(value).replace(/\$\{\{\s*vars\.SITE_URL \|\| steps\.pages\.outputs\.base_url\s*\}\}/, pagesUrl);

const run = (command: string, args: string[], options: SpawnSyncOptions = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${String(result.stdout).slice(-3000)}${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
};
const git = (cwd: string, ...args: string[]) =>
  run('git', ['-C', cwd, '-c', 'user.name=Replay', '-c', 'user.email=replay@example.org', ...args]);

const work = mkdtempSync(join(tmpdir(), `wat-werkt-deploy-${entries}-`));
const origin = join(work, 'origin');
const workspace = join(work, 'workspace');
const archive = join(work, 'cache.tar.zst');
const log = join(work, 'build.log');

/** One run of the build job in a fresh clone; returns each step's seconds, the build's output. */
function runJob(label: string): { seconds: Record<string, number>; buildOutput: string } {
  rmSync(workspace, { recursive: true, force: true });
  run('git', ['clone', '--quiet', origin, workspace]);
  // The workflow's environment, without this machine's settings of the site (a content tree or cache of its own).
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('WAT_WERKT_') && name !== 'SITE_URL'),
  );
  for (const [name, value] of Object.entries(job.env ?? {})) env[name] = evaluate(value);
  const seconds: Record<string, number> = {};
  let buildOutput = '';
  for (const step of runSteps) {
    const started = performance.now();
    if (step === cacheStep) {
      // actions/cache restores the newest entry of main (its restore key), when there is one.
      if (statSync(archive, { throwIfNoEntry: false })) run('tar', ['-I', 'zstd -d', '-xf', archive, '-C', workspace]);
      seconds['restore cache'] = (performance.now() - started) / 1000;
      continue;
    }
    const stepEnv = { ...env, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v)])) };
    const output = run('bash', ['-e', '-c', step.run!], { cwd: workspace, env: stepEnv, maxBuffer: 1 << 30 });
    seconds[step.run!] = (performance.now() - started) / 1000;
    appendFileSync(log, `\n### ${label}: ${step.run}\n${output}`);
    if (/\bbuild\b/.test(step.run!)) buildOutput = output;
  }
  // The cache step's post action: the same paths, archived as actions/cache does.
  const started = performance.now();
  rmSync(archive, { force: true });
  run('tar', ['--posix', '-I', 'zstd -T0', '-cf', archive, '-C', workspace, ...cachePaths]);
  seconds['save cache'] = (performance.now() - started) / 1000;
  return { seconds, buildOutput };
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(`Deploy replay at ${entries} entries in ${work} (load ${load()}); cache paths: ${cachePaths.join(', ')}`);
run('git', ['clone', '--quiet', projectRoot, origin]);
rmSync(join(origin, 'content'), { recursive: true });
await generateArchive(join(origin, 'content'), entries);
git(origin, 'add', '--all');
git(origin, 'commit', '--quiet', '-m', `A generated archive of ${entries} entries`);

const cold = runJob('cold');
console.log(`Cold deploy done (load ${load()}).`);
const verslagen = join(origin, 'content', 'verslagen');
const changed = join(verslagen, globSync('*.md', { cwd: verslagen }).sort()[0]!);
writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nEen zin die na de vorige deploy is toegevoegd.\n`);
git(origin, 'commit', '--quiet', '--all', '-m', 'One changed entry');
const warm = runJob('after one changed entry');
// A run with nothing changed since (the daily run on a quiet day has another date, so it builds).
const unchanged = runJob('nothing changed');

const buildStep = runSteps.find((step) => /\bbuild\b/.test(step.run ?? ''))!.run!;
const table = Object.keys(warm.seconds).map((step) => ({
  step,
  'cold s': Number(cold.seconds[step]!.toFixed(1)),
  'one changed entry s': Number(warm.seconds[step]!.toFixed(1)),
  'nothing changed s': Number(unchanged.seconds[step]!.toFixed(1)),
}));
console.table(table);
const ratio = warm.seconds[buildStep]! / cold.seconds[buildStep]!;
console.log(
  `Build step (${buildStep}): cold ${cold.seconds[buildStep]!.toFixed(1)} s, after one changed entry ${warm.seconds[buildStep]!.toFixed(1)} s: ${(ratio * 100).toFixed(0)}% of cold. Cache archive ${(statSync(archive).size / 1e6).toFixed(0)} MB. Load ${load()}.`,
);
console.log(
  `Nothing changed: ${unchanged.seconds[buildStep]!.toFixed(1)} s, ${((unchanged.seconds[buildStep]! / cold.seconds[buildStep]!) * 100).toFixed(0)}% of cold.`,
);
for (const line of `${warm.buildOutput}\n${unchanged.buildOutput}`.split('\n'))
  if (line.startsWith('[wat-werkt]')) console.log(`  ${line}`);
console.log(`The builds' output: ${log}`);
rmSync(join(work, 'workspace'), { recursive: true, force: true });
rmSync(origin, { recursive: true, force: true });
