/**
 * The marking's pages (search-marks.ts) spread over worker threads (page-marks-worker.ts). Reading a page,
 * breaking, hashing and parsing it, and writing it with its marks take about 1.1 ms of one core: a cold build of
 * 5,000 entries spent 5.6 s on one core while the other had nothing to do, since nothing else runs until the
 * pages are marked (Pagefind reads them). In two threads: 3.9–4.3 s. A few pages are done in this thread,
 * where a worker's start would cost more than it saves.
 */
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readPage, writeMarks, type ReadPage } from './page-marks.ts';

/** What a worker is handed: pages to read (readPage), or to write with their marks (writeMarks). */
export type MarkBatch =
  { kind: 'read'; root: string; files: string[] } | { kind: 'mark'; root: string; pages: PageMarks[] };

/** A page to write, with its marks, or with its word breaks only (undefined). */
export type PageMarks = [file: string, marks: string | undefined];

/** Fewer pages than this are done in this thread. */
const THREADED_FROM = 400;
/** Pages per message: small enough that the threads share the work evenly and this one keeps few results at once. */
const BATCH_PAGES = 200;

/**
 * Readers and writers of the pages of the site at `root`, in up to `threads` worker threads (started when first
 * needed; `close` stops them). A page whose digest is among `remembered` (word-memory.ts) is read without its
 * words.
 */
export function pageThreads(
  root: string,
  remembered: ReadonlySet<string>,
  threads = Math.min(4, availableParallelism()),
) {
  let workers: Worker[] | undefined;
  const started = () =>
    (workers ??= Array.from(
      { length: threads },
      () =>
        new Worker(new URL('./page-marks-worker.ts', import.meta.url), { workerData: { remembered: [...remembered] } }),
    ));

  /** Each batch's results, handed to `take` in the batches' order as they arrive. */
  async function inWorkers<R>(batches: MarkBatch[], take: (results: R[]) => void): Promise<void> {
    const results = new Map<number, R[]>();
    let next = 0;
    let taken = 0;
    await Promise.all(
      started().map(async (worker) => {
        while (next < batches.length) {
          const at = next++;
          worker.postMessage(batches[at]);
          const [batchResults] = (await once(worker, 'message')) as [R[]];
          results.set(at, batchResults);
          for (; results.has(taken); taken++) {
            take(results.get(taken)!);
            results.delete(taken);
          }
        }
      }),
    );
  }

  const inBatches = <T>(items: T[]) =>
    Array.from({ length: Math.ceil(items.length / BATCH_PAGES) }, (_, at) =>
      items.slice(at * BATCH_PAGES, (at + 1) * BATCH_PAGES),
    );
  const threaded = (pages: number) => threads > 1 && pages >= THREADED_FROM;

  return {
    /** Reads `files`, handing each page to `take` in their order. */
    async read(files: string[], take: (page: ReadPage) => void): Promise<void> {
      if (!threaded(files.length)) return files.forEach((file) => take(readPage(root, file, remembered)));
      const batches = inBatches(files).map((part): MarkBatch => ({ kind: 'read', root, files: part }));
      await inWorkers<ReadPage>(batches, (pages) => pages.forEach(take));
    },
    /** Writes `pages` with their marks; gives the digest of each page written with marks, in their order. */
    async mark(pages: PageMarks[]): Promise<(string | undefined)[]> {
      if (!threaded(pages.length)) return pages.map(([file, marks]) => writeMarks(root, file, marks));
      const digests: (string | undefined)[] = [];
      const batches = inBatches(pages).map((part): MarkBatch => ({ kind: 'mark', root, pages: part }));
      await inWorkers<string | undefined>(batches, (batch) => digests.push(...batch));
      return digests;
    },
    async close(): Promise<void> {
      await Promise.all((workers ?? []).map((worker) => worker.terminate()));
    },
  };
}

export type PageThreads = ReturnType<typeof pageThreads>;
