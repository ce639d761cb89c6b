/**
 * Runs jobs (each a process of its own, such as a Pagefind run) several at once, in their order: at most
 * `slots` together, and a job joins the running ones only while their weights together stay within `budget`
 * (a job alone always runs, whatever its weight). The weight is what the job's memory grows with.
 * Pure scheduling, so it is unit-tested with timers.
 */
export interface WeightedJob {
  weight: number;
  /** Starts the job; it stops when `signal` aborts (another job failed, or the caller gave up). */
  run: (signal: AbortSignal) => Promise<void>;
}

export interface RunsAtOnce {
  slots: number;
  budget: number;
  signal?: AbortSignal | undefined;
}

/** Resolves when every job is done; rejects with the first failure, once the jobs still running have stopped. */
export async function runAtOnce(jobs: readonly WeightedJob[], { slots, budget, signal }: RunsAtOnce): Promise<void> {
  const stop = new AbortController();
  const stopped = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  const running = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let weight = 0;
  const fits = (job: WeightedJob) => running.size === 0 || (running.size < slots && weight + job.weight <= budget);
  for (const job of jobs) {
    while (!fits(job) && failures.length === 0) await Promise.race(running);
    if (failures.length > 0 || stopped.aborted) break;
    weight += job.weight;
    const started: Promise<void> = job
      .run(stopped)
      .catch((error: unknown) => {
        failures.push(error);
        stop.abort();
      })
      .finally(() => {
        weight -= job.weight;
        running.delete(started);
      });
    running.add(started);
  }
  await Promise.all(running);
  if (failures.length > 0) throw failures[0];
  stopped.throwIfAborted();
}
