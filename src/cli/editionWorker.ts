/**
 * The entry of a worker thread of `deck build DIR DIR …` (src/cli/buildMany.ts): it runs the code the
 * main thread runs, the bundle (with the code cache, which only the main thread writes) or the
 * compiled modules, and builds the editions it was given.
 */
import { workerData } from 'node:worker_threads';
import { loadBundle } from './fastStart.js';

const deck = (workerData as { bundled: boolean }).bundled ? loadBundle(true, false) : await import('./main.js');
await deck.serveEditions();
