import { expect, it } from 'vitest';
import { runAtOnce, type WeightedJob } from './runs-at-once.ts';

/** Jobs that take `ms` each and record which jobs ran beside which. */
function recorded(weights: readonly number[], ms = 20) {
  const running = new Set<number>();
  const together: number[][] = [];
  const stoppedJobs: number[] = [];
  const jobs: WeightedJob[] = weights.map((weight, i) => ({
    weight,
    run: (signal) =>
      new Promise<void>((done, fail) => {
        running.add(i);
        together.push([...running].sort());
        const timer = setTimeout(() => {
          running.delete(i);
          done();
        }, ms);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          running.delete(i);
          stoppedJobs.push(i);
          fail(new Error(`job ${i} stopped`));
        });
      }),
  }));
  return { jobs, together, stoppedJobs };
}

it('runs jobs together up to the slots, while their weights fit the budget', async () => {
  const { jobs, together } = recorded([1000, 4000, 1000, 4000]);
  await runAtOnce(jobs, { slots: 2, budget: 6000 });
  // 0 and 1 start together; 2 joins 1 when 0 is done; 3 (4,000) fits only beside 2, once 1 is done.
  expect(together).toEqual([[0], [0, 1], [1, 2], [2, 3]]);
});

it('runs a job heavier than the budget alone, and one at a time with one slot', async () => {
  const heavy = recorded([1000, 9000, 1000]);
  await runAtOnce(heavy.jobs, { slots: 2, budget: 6000 });
  expect(heavy.together).toEqual([[0], [1], [2]]);
  const single = recorded([10, 10, 10]);
  await runAtOnce(single.jobs, { slots: 1, budget: 6000 });
  expect(single.together).toEqual([[0], [1], [2]]);
});

it('stops the jobs still running when one fails, starts no other, and rejects with that failure', async () => {
  const { jobs, together, stoppedJobs } = recorded([10, 10, 10], 1000);
  const failing: WeightedJob = { weight: 10, run: () => Promise.reject(new Error('Pagefind failed')) };
  await expect(runAtOnce([jobs[0]!, failing, jobs[1]!, jobs[2]!], { slots: 2, budget: 100 })).rejects.toThrow(
    'Pagefind failed',
  );
  expect(stoppedJobs).toEqual([0]);
  expect(together).toEqual([[0]]);
});

it('stops when the caller aborts', async () => {
  const { jobs, stoppedJobs } = recorded([10, 10], 1000);
  const caller = new AbortController();
  const all = runAtOnce(jobs, { slots: 1, budget: 100, signal: caller.signal });
  caller.abort(new Error('gave up'));
  await expect(all).rejects.toThrow();
  expect(stoppedJobs).toEqual([0]);
});
