/**
 * A worker thread of the index step's marking (search-marks.ts): reads or writes the pages it is handed, one
 * batch per message, with the same code as the main thread (page-marks.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPage, writeMarks } from './page-marks.ts';
import type { MarkBatch } from './page-threads.ts';

const remembered = new Set((workerData as { remembered: string[] }).remembered);

parentPort!.on('message', (batch: MarkBatch) => {
  parentPort!.postMessage(
    batch.kind === 'read'
      ? batch.files.map((file) => readPage(batch.root, file, remembered))
      : batch.pages.map(([file, marks]) => writeMarks(batch.root, file, marks)),
  );
});
