/**
 * The GitHub Actions workflows hold to the rules that keep a pull request's code away from anything that can
 * write: least permissions per job, no pull_request_target, no credentials left in a checkout, actions pinned
 * to a commit, values that come from an event passed to scripts through env: (never pasted into them), and
 * the jobs that can write never running the repository's code.
 */
import { globSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string> | string;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const root = resolve(import.meta.dirname, '../..');
const workflows = globSync('.github/workflows/*.yml', { cwd: root }).map((file) => ({
  name: basename(file),
  workflow: parse(readFileSync(resolve(root, file), 'utf8')) as Workflow,
}));
const events = (workflow: Workflow) =>
  typeof workflow.on === 'string' ? [workflow.on] : Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on);
const jobsOf = (only?: (workflow: Workflow) => boolean) =>
  workflows
    .filter(({ workflow }) => !only || only(workflow))
    .flatMap(({ name, workflow }) => Object.entries(workflow.jobs).map(([id, job]) => ({ at: `${name} ${id}`, job })));
const stepsOf = (only?: (workflow: Workflow) => boolean) =>
  jobsOf(only).flatMap(({ at, job }) => (job.steps ?? []).map((step, i) => ({ at: `${at} step ${i + 1}`, step })));

describe('the workflows', () => {
  it('are there', () => {
    expect(workflows.map(({ name }) => name).sort()).toEqual([
      'comments.yml',
      'deploy.yml',
      'links.yml',
      'preview.yml',
      'pull-request.yml',
    ]);
  });

  it('never run on pull_request_target', () => {
    expect(workflows.filter(({ workflow }) => events(workflow).includes('pull_request_target'))).toEqual([]);
  });

  it('give every job its own permissions, and read at most by default', () => {
    for (const { name, workflow } of workflows) {
      const defaults = Object.values(workflow.permissions ?? { all: 'missing' });
      expect(
        defaults.filter((level) => level !== 'read'),
        name,
      ).toEqual([]);
    }
    expect(
      jobsOf()
        .filter(({ job }) => typeof job.permissions !== 'object')
        .map(({ at }) => at),
    ).toEqual([]);
  });

  it("let the jobs that install and build a pull request's code only read", () => {
    const building = jobsOf((workflow) => events(workflow).includes('pull_request')).filter(({ job }) =>
      (job.steps ?? []).some((step) => /\bnpm\b|\bnode\b/.test(step.run ?? '')),
    );
    expect(building.length).toBeGreaterThanOrEqual(2);
    for (const { at, job } of building) expect(job.permissions, at).toEqual({ contents: 'read' });
  });

  it('check nothing out in the workflows that may write on behalf of pull requests, and run no npm script there', () => {
    const steps = stepsOf((workflow) => events(workflow).includes('workflow_run'));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.filter(({ step }) => step.uses?.startsWith('actions/checkout@')).map(({ at }) => at)).toEqual([]);
    expect(steps.filter(({ step }) => /\bnpm (run|install|ci|test)\b|\bnode\b/.test(step.run ?? ''))).toEqual([]);
  });

  it('leave no credentials in a checkout', () => {
    const checkouts = stepsOf().filter(({ step }) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    expect(checkouts.filter(({ step }) => step.with?.['persist-credentials'] !== false).map(({ at }) => at)).toEqual(
      [],
    );
  });

  it('pin every action to a commit', () => {
    const unpinned = stepsOf()
      .filter(({ step }) => step.uses && !/@[0-9a-f]{40}$/.test(step.uses))
      .map(({ at, step }) => `${at}: ${step.uses}`);
    expect(unpinned).toEqual([]);
  });

  it('pass values to scripts through env:, never as expressions inside the script', () => {
    const scripts = stepsOf().flatMap(({ at, step }) =>
      [step.run, step.with?.script].filter((text) => typeof text === 'string' && text.includes('${{')).map(() => at),
    );
    expect(scripts).toEqual([]);
  });

  it('write caches only from main', () => {
    const caching = workflows.filter(({ workflow }) =>
      Object.values(workflow.jobs).some((job) => job.steps?.some((step) => step.uses?.startsWith('actions/cache@'))),
    );
    for (const { name, workflow } of caching) {
      expect(
        events(workflow).filter((event) => !['push', 'schedule', 'workflow_dispatch'].includes(event)),
        name,
      ).toEqual([]);
      expect((workflow.on as { push?: { branches?: string[] } }).push?.branches, name).toEqual(['main']);
      // A manual run (workflow_dispatch) may be started on any branch: the caching jobs refuse it there.
      for (const [id, job] of Object.entries(workflow.jobs))
        if (job.steps?.some((step) => step.uses?.startsWith('actions/cache@')))
          expect(job.if, `${name} ${id}`).toBe("github.ref == 'refs/heads/main'");
    }
  });

  it("let a deploy restore Astro's cache and the published site together, before it builds", () => {
    const steps = workflows.find(({ name }) => name === 'deploy.yml')!.workflow.jobs.build!.steps!;
    const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    const build = steps.findIndex((step) => step.run === 'npm run build');
    expect(cache).toBeGreaterThan(-1);
    expect(cache).toBeLessThan(build);
    // One entry: the build reuses the site only when Astro's cache describes it (src/postbuild/reused-staging.ts).
    const paths = String(steps[cache]!.with?.path).trim().split('\n');
    expect(paths.sort()).toEqual(['dist', 'node_modules/.astro']);
  });
});
