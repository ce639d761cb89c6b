import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How much the heap grows (MB, after a full collection) while what `keep` returns is still held: a test of
 * what a step keeps of pages it has read and let go. V8 offers a collection on demand only behind a flag.
 */
export function heapKeptMB<T>(keep: () => T): { kept: T; grownMB: number } {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  collect();
  const before = process.memoryUsage().heapUsed;
  const kept = keep();
  collect();
  return { kept, grownMB: (process.memoryUsage().heapUsed - before) / 1024 / 1024 };
}

/** A page of about 1 MB around `head`: held whole, a hundred of them are 100 MB. */
export const largePage = (head: string) => `${head}<p>${'tekst '.repeat(175_000)}</p>`;
