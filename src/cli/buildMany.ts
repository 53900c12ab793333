/**
 * `deck build DIR DIR …`: several editions in one run, each into its default output
 * (dist/<month>-<year>.pdf). One process serves them all: Node, the modules, the fonts, the compiled
 * templates and the charts' compiled shapes are loaded once, which is most of a fresh build's time.
 *
 * An edition with problems is not written (its problems are printed as in a one-edition build) and
 * the others still are; the run then exits 1 and names the editions that were not written. Two
 * editions that would be written to the same file are a problem of the second.
 *
 * With three editions or more and a core to spare, the editions are shared between this thread and
 * worker threads (src/cli/editionWorker.ts starts one with the same code): edition i is built by
 * thread i mod T, each thread in the order of the command line. Whatever thread builds it:
 *   - what an edition says is kept until the editions before it have been told, so the messages
 *     come in the order of the command line;
 *   - an edition's output is claimed only once every edition before it has claimed its own or
 *     is done (claimsOn), so «the second» is the second on the command line;
 *   - Ctrl+C or SIGTERM stops the workers, which remove their temporary files, before deck exits.
 * DECK_THREADS=N sets the number of threads (1: no workers); DECK_TIMINGS=1 builds in one thread,
 * so that its table of stages adds up to the run's wall time.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { build } from '../build.js';
import { ContentError, EXIT, formatProblem, type Problem } from '../errors.js';
import { posOfPath } from '../load/sourceFile.js';
import { language, msg, setLanguage, type Language } from '../messages/index.js';
import { TIMINGS_ON } from '../timings.js';
import { interruptible } from './interrupt.js';
import { wroteMessage } from './wrote.js';

export interface ManyOptions {
  strict: boolean;
  /** Each edition's HTML edition too, beside its PDF (--html). */
  html: boolean;
  /** Progress lines (stderr, unless --quiet). */
  note: (line: string) => void;
  /** A warning, when it is not a problem (without --strict). */
  warn: (p: Problem) => void;
  /** Problems (stderr, always). */
  err: (line: string) => void;
}

/** What the build of one edition said, in order, and whether it was written. */
interface Told {
  said: ({ to: 'note' | 'err'; line: string } | { to: 'warn'; problem: Problem })[];
  written: boolean;
}

/** What every thread builds with. */
interface Run {
  dirs: readonly string[];
  strict: boolean;
  html: boolean;
}

/** Whether edition `i` may write `file`: undefined if so, else the folder of the earlier edition that writes it. */
type Claim = (i: number, file: string) => Promise<string | undefined>;

/** Each thread has its own heap (some 80 MB more at its peak), so not more than this. */
const MAX_THREADS = 4;

export async function buildEditions(dirs: readonly string[], opts: ManyOptions): Promise<number> {
  const started = performance.now();
  const run: Run = { dirs, strict: opts.strict, html: opts.html };
  const told = dirs.map(() => deferred<Told>());
  const board = newClaimBoard(dirs.length);
  const tell = (i: number, t: Told) => told[i]!.resolve(t);
  const failure = deferred<never>();
  const threads = threadCount(dirs.length);
  const workers: EditionWorker[] = [];
  const stopWorkers = () => {
    for (const w of workers) w.askToStop();
    for (const w of workers) w.waitUntilStopped();
  };
  try {
    return await interruptible(
      opts.err,
      async () => {
        for (let t = 1; t < threads; t++) workers.push(startWorker(run, editionsOf(t, threads, dirs.length), board, tell, failure.reject));
        buildInOrder(run, editionsOf(0, threads, dirs.length), board, tell).catch(failure.reject);
        const failed: string[] = [];
        for (const [i, t] of told.entries()) {
          const { said, written } = await Promise.race([t.promise, failure.promise]);
          for (const s of said) (s.to === 'warn' ? opts.warn(s.problem) : opts[s.to](s.line));
          if (!written) failed.push(dirs[i]!);
        }
        if (failed.length) {
          opts.err(`${msg().cli.editionsFailed(failed, dirs.length)}\n`);
          return EXIT.content;
        }
        opts.note(`${msg().cli.editionsWritten(dirs.length, performance.now() - started)}\n`);
        return EXIT.ok;
      },
      stopWorkers,
      // Editions finished before the signal are written, whole; the others are not.
      () => msg().output.interruptedMany(),
    );
  } catch (err) {
    // A bug (not a mistake in the content): the workers stop and remove their temporary files first.
    stopWorkers();
    throw err;
  }
}

/** Builds a thread's editions one after the other, and tells each as it is done. */
async function buildInOrder(run: Run, editions: readonly number[], board: ClaimBoard, tell: (i: number, t: Told) => void): Promise<void> {
  const claims = claimsOn(board, run.dirs);
  for (const i of editions) {
    const t = await buildEdition(run, i, claims.claim);
    claims.settled(i);
    tell(i, t);
    // A build runs on promises alone, and Node runs the callbacks that PDFKit's stream queues with
    // process.nextTick only when the event loop gets a turn: until then they hold the finished
    // document (some 2 MB an edition).
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
  }
}

/** Builds one edition and keeps what it says; a content error is said, anything else is a bug and thrown. */
async function buildEdition(run: Run, i: number, claim: Claim): Promise<Told> {
  const m = msg().cli;
  const dir = run.dirs[i]!;
  const said: Told['said'] = [];
  const t0 = performance.now();
  try {
    const r = await build({
      dir,
      strict: run.strict,
      html: run.html,
      onWarning: run.strict ? undefined : (problem) => said.push({ to: 'warn', problem }),
      claimOutput: async (file, edition) => {
        const other = await claim(i, file);
        if (other !== undefined) throw ContentError.at(posOfPath(edition.deckFile, ['month']), m.sameOutput(file, other));
      },
    });
    said.push({ to: 'note', line: `${wroteMessage(r, performance.now() - t0)}\n` });
    return { said, written: true };
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    for (const p of err.problems) said.push({ to: 'err', line: `${formatProblem(p)}\n` });
    said.push({ to: 'err', line: `${m.editionNotWritten(dir, err.problems.length)}\n` });
    return { said, written: false };
  }
}

/**
 * The output files claimed so far, in memory that all threads share, so that a thread decides its
 * claim without waiting for another thread's turn of its event loop: for each edition, whether it
 * has claimed a file (and the file's SHA-256), or is done without a claim.
 */
interface ClaimBoard {
  /** Per edition: 0 not yet, 1 claimed the file whose digest is in `digests`, 2 done without a claim. */
  state: Int32Array;
  digests: Uint8Array;
}

const DIGEST = 32;

function newClaimBoard(editions: number): ClaimBoard {
  return { state: new Int32Array(new SharedArrayBuffer(4 * editions)), digests: new Uint8Array(new SharedArrayBuffer(DIGEST * editions)) };
}

/**
 * Claims decided in the order of the editions: edition i's claim waits until every edition before
 * it has claimed its file or is done. No claim waits for a later edition, and each thread builds its
 * editions in order, so the earliest edition not yet decided never waits.
 */
function claimsOn({ state, digests }: ClaimBoard, dirs: readonly string[]): { claim: Claim; settled: (i: number) => void } {
  const mark = (i: number, to: 1 | 2) => {
    Atomics.compareExchange(state, i, 0, to);
    Atomics.notify(state, i);
  };
  return {
    async claim(i, file) {
      for (let j = 0; j < i; j++) {
        while (Atomics.load(state, j) === 0) {
          const wait = (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number): { async: boolean; value: unknown } }).waitAsync(state, j, 0);
          if (wait.async) await wait.value;
        }
      }
      const digest = createHash('sha256').update(resolve(file)).digest();
      for (let j = 0; j < i; j++) {
        if (Atomics.load(state, j) === 1 && digest.equals(digests.subarray(j * DIGEST, (j + 1) * DIGEST))) {
          mark(i, 2);
          return dirs[j];
        }
      }
      digests.set(digest, i * DIGEST);
      mark(i, 1);
      return undefined;
    },
    settled: (i) => mark(i, 2),
  };
}

/** This thread and the workers, in all; 1 where workers would not pay or cannot run. */
function threadCount(editions: number): number {
  const asked = Number(process.env.DECK_THREADS);
  if (TIMINGS_ON || !workerEntry()) return 1;
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, editions);
  // A thread's first edition costs about twice a later one (its code runs for the first time), so
  // each thread should get at least two; with two editions the second thread does not pay.
  if (editions < 3) return 1;
  return Math.min(availableParallelism(), Math.ceil(editions / 2), MAX_THREADS);
}

/** Thread t of n builds editions t, t + n, t + 2n, … */
function editionsOf(t: number, threads: number, editions: number): number[] {
  const mine: number[] = [];
  for (let i = t; i < editions; i += threads) mine.push(i);
  return mine;
}

/**
 * The worker's entry file, beside this code: lib/cli/editionWorker.js, from the bundle (lib/deck.cjs)
 * or from the compiled modules in lib/cli/. Not there (the TypeScript sources under a test runner,
 * a test's own bundle): no workers.
 */
function workerEntry(): { url: URL; bundled: boolean } | undefined {
  const bundled = import.meta.url.endsWith('.cjs');
  const url = new URL(bundled ? './cli/editionWorker.js' : './editionWorker.js', import.meta.url);
  return existsSync(url) ? { url, bundled } : undefined;
}

/** What a worker gets: the run, its editions, the language, and a flag it sets once it will write nothing more. */
interface WorkerData extends Run {
  editions: number[];
  board: ClaimBoard;
  lang: Language;
  bundled: boolean;
  /** Set to 1 by the worker once it has no temporary file and will write nothing more. */
  done: Int32Array;
}

type ToWorker = { stop: true };
type FromWorker = { told: number; result: Told } | { bug: string };

interface EditionWorker {
  askToStop(): void;
  /** Blocks this thread until the worker has removed its temporary files and will write nothing more. */
  waitUntilStopped(): void;
}

/**
 * A worker's heap: V8 lets the heap of a thread with a smaller limit grow less before it collects
 * (12 editions, peak memory 290–310 MiB → 265–275 MiB, the same time), and an edition's live heap
 * is some 30 MB. (A one-edition build has the default limit of the machine, some 4 GB here.)
 */
const WORKER_HEAP_MB = 512;

/** How long Ctrl+C waits for a worker in the middle of a long stretch of drawing. */
const STOP_WAIT_MS = 10_000;

function startWorker(
  run: Run,
  editions: number[],
  board: ClaimBoard,
  tell: (i: number, t: Told) => void,
  fail: (err: unknown) => void,
): EditionWorker {
  const entry = workerEntry()!;
  const done = new Int32Array(new SharedArrayBuffer(4));
  const data: WorkerData = { dirs: run.dirs, strict: run.strict, html: run.html, editions, board, lang: language(), bundled: entry.bundled, done };
  const worker = new Worker(entry.url, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  const untold = new Set(editions);
  let gone = false;
  worker.on('message', (m: FromWorker) => {
    if ('told' in m) {
      untold.delete(m.told);
      tell(m.told, m.result);
    } else fail(new Error(`deck build: a worker thread failed:\n${m.bug}`));
  });
  worker.on('error', (err) => fail(err));
  worker.on('exit', (code) => {
    gone = true;
    if (untold.size) fail(new Error(`deck build: a worker thread stopped (exit code ${code}) before it built ${[...untold].map((i) => run.dirs[i]).join(', ')}`));
  });
  return {
    askToStop: () => gone || worker.postMessage({ stop: true } satisfies ToWorker),
    waitUntilStopped: () => gone || Atomics.wait(done, 0, 0, STOP_WAIT_MS),
  };
}

/** The worker thread's side (started by src/cli/editionWorker.ts): builds its editions and tells the main thread. */
export async function serveEditions(): Promise<void> {
  const port = parentPort!;
  const data = workerData as WorkerData;
  setLanguage(data.lang);
  const finished = () => {
    Atomics.store(data.done, 0, 1);
    Atomics.notify(data.done, 0);
  };
  // The only message: stop (Ctrl+C). Registered last, `finished` runs after the output's own exit
  // handler has removed the temporary file.
  const onMessage = (_m: ToWorker) => {
    process.once('exit', finished);
    process.exit(0);
  };
  port.on('message', onMessage);
  try {
    await buildInOrder(data, data.editions, data.board, (i, result) => port.postMessage({ told: i, result } satisfies FromWorker));
  } catch (err) {
    port.postMessage({ bug: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromWorker);
  } finally {
    finished();
    port.off('message', onMessage);
  }
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A failure that nobody waits for yet is not an unhandled rejection: the printing loop takes it.
  promise.catch(() => {});
  return { promise, resolve, reject };
}
