// Preloaded (node --import) into deck and its worker threads by tests/cli/buildManyThreads.test.ts:
// each worker thread of `deck build DIR DIR …` appends the folders it was given to DECK_TEST_WORKER_LOG.
import { appendFileSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';

if (!isMainThread && process.env.DECK_TEST_WORKER_LOG) {
  appendFileSync(process.env.DECK_TEST_WORKER_LOG, `${JSON.stringify(workerData.editions.map((i) => workerData.dirs[i]))}\n`);
}
