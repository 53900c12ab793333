/**
 * `deck watch`: build, then build again after every save (of the edition's files, or of a template). Saves that come close together (an editor
 * writing several files, or writing one file in steps) make one build. Unchanged slides, charts and
 * page drawings come from the cache (cache.ts), so a rebuild after editing one slide lays out and
 * draws only that slide. A build that fails prints its problems and leaves the last good PDF where it is (the
 * compose stage writes a temporary file and renames it into place only when it is complete).
 *
 * Stops when `signal` is aborted (Ctrl+C): no new build starts, a running one is finished so that
 * no temporary file is left behind, and the watcher is closed.
 */
import { createHash } from 'node:crypto';
import { watch as watchFolder, lstatSync, readdirSync, statSync, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isInside } from '../load/safeRead.js';
import { build, type BuildResult } from '../build.js';
import { ContentError, type Problem } from '../errors.js';
import { LIMITS } from '../load/limits.js';
import { safeRead } from '../load/safeRead.js';
import { msg } from '../messages/index.js';
import { reloadTemplates, templatesDir, templatesVersion } from '../render/templates.js';
import { createRenderCache, type CacheStats } from './cache.js';
import { createWatchReport } from './report.js';

export interface WatchOptions {
  dir: string;
  out?: string;
  signal: AbortSignal;
  /** Quiet time after the last change before a build starts. */
  debounceMs?: number;
  /** Progress (stderr). */
  note: (line: string) => void;
  /** A problem or warning (stderr). */
  problem: (p: Problem) => void;
  /** After every build, good or not (tests and the benchmark listen here). */
  onBuild?: (b: WatchBuild) => void;
}

export interface WatchBuild {
  ok: boolean;
  /** The PDF written (ok) or kept (not ok; undefined before the first good build). */
  file?: string;
  pages?: number;
  /** Wall time of the build itself. */
  ms: number;
  stats: CacheStats;
  problems: Problem[];
  /** A good build's result: the slides as drawn (deck serve shows them). */
  result?: BuildResult;
}

/** Long enough to join the writes of one save (an editor writes and renames within a few ms). */
export const DEBOUNCE_MS = 15;

/** Files whose change can change the PDF: content and pictures. Editors' temporary files are not. */
export function isContentFile(name: string): boolean {
  const base = basename(name);
  return /\.(ya?ml|png|jpe?g|svg|csv)$/i.test(base) && !/^[.#~]/.test(base);
}

/** Files of the templates folder whose change can change the PDF: layouts, partials, chart specs. */
export function isTemplateFile(name: string): boolean {
  const base = basename(name);
  return /\.(hbs|vl\.json)$/i.test(base) && !/^[.#~]/.test(base);
}

/** Resolves with the exit code when stopped: 0 after Ctrl+C, 1 when the folder cannot be watched. */
export async function watch(opts: WatchOptions): Promise<number> {
  const { dir, note } = opts;
  try {
    if (!statSync(dir).isDirectory()) throw new Error();
  } catch {
    throw ContentError.at({ file: dir, line: 0, col: 0 }, msg().load.folderNotFound());
  }
  const cache = createRenderCache();
  let lastGood: string | undefined;
  let lastPrint = '';
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  /** When the first save since the last build began was seen. */
  let savedAt: number | undefined;
  const report = createWatchReport(note, opts.problem);

  // Pictures that the slides show from outside the edition folder (the repository's assets/): their
  // folders are watched too, once a build has named them.
  let outside: string[] = [];
  const outsideWatchers = new Map<string, FSWatcher>();
  const watchOutside = (files: string[]) => {
    const root = resolve(dir);
    outside = files.filter((f) => !isInside(root, f)).sort();
    for (const folder of new Set(outside.map((f) => dirname(f)))) {
      if (outsideWatchers.has(folder)) continue;
      try {
        const w = watchFolder(folder, (_event, name) => {
          if (name === null || outside.includes(join(folder, name))) schedule();
        });
        w.on('error', () => outsideWatchers.delete(folder));
        outsideWatchers.set(folder, w);
      } catch {
        // A folder that cannot be watched: its pictures are still read at every build.
      }
    }
  };

  const runBuild = async () => {
    const since = savedAt;
    savedAt = undefined;
    // Templates saved since the last build are read again; what was made from the old ones is made again.
    reloadTemplates();
    const print = `${fingerprint(dir, outside)}:${templatesVersion()}`;
    if (print === lastPrint) return; // saved without a change
    lastPrint = print;
    cache.startBuild();
    const started = performance.now();
    const problems: Problem[] = [];
    try {
      const r = await build({ dir, out: opts.out, cache, onWarning: (p) => problems.push(p) });
      const ms = performance.now() - started;
      cache.keepOnlyUsed();
      lastGood = r.file;
      watchOutside(r.edition.slides.flatMap((sl) => sl.pictures.map((p) => p.source.realPath)));
      const s = cache.stats();
      report.built(problems, r.file, r.slides.map((slide) => slide.svg), performance.now() - (since ?? started), r.written);
      opts.onBuild?.({ ok: true, file: r.file, pages: r.pages, ms, stats: s, problems, result: r });
    } catch (err) {
      const ms = performance.now() - started;
      if (!(err instanceof ContentError)) {
        // A bug, not a content error: show it in full, and go on watching.
        note(`${msg().watch.internalError}\n${(err as Error).stack ?? String(err)}\n`);
        opts.onBuild?.({ ok: false, file: lastGood, ms, stats: cache.stats(), problems });
        return;
      }
      report.failed(problems, err.problems, lastGood);
      opts.onBuild?.({ ok: false, file: lastGood, ms, stats: cache.stats(), problems: [...problems, ...err.problems] });
    }
  };

  const trigger = () => {
    timer = undefined;
    if (opts.signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = runBuild().finally(() => {
      running = undefined;
      if (again && !opts.signal.aborted) {
        again = false;
        trigger();
      }
    });
  };

  const schedule = () => {
    savedAt ??= performance.now();
    clearTimeout(timer);
    timer = setTimeout(trigger, opts.debounceMs ?? DEBOUNCE_MS);
  };

  // One watcher per folder (the edition folder and any folder in it, e.g. for pictures) rather than
  // one recursive watcher: on Linux, Node's recursive watching loses a file that an editor saves by
  // writing a new file and renaming it over the old one (vim, sed -i, …), while a folder's own
  // watch reports every file created, renamed or written in it.
  const watchers: FSWatcher[] = [];
  let failWith: (err: Error) => void = () => {};
  const failed = new Promise<Error>((resolveFailed) => (failWith = resolveFailed));
  const watchAll = (root: string, wanted: (name: string) => boolean) => {
    for (const folder of folders(root)) {
      const w = watchFolder(folder, (_event, name) => {
        if (name === null || wanted(name)) schedule();
      });
      w.on('error', failWith);
      watchers.push(w);
    }
  };
  try {
    watchAll(dir, isContentFile);
    // The templates too: a saved layout, partial or chart template is drawn without a restart.
    watchAll(templatesDir(), isTemplateFile);
  } catch (err) {
    for (const w of watchers) w.close();
    await cache.close();
    note(`${msg().watch.cannotWatch(dir, (err as Error).message)}\n`);
    return 1;
  }

  trigger();
  await running;
  if (!opts.signal.aborted) note(`${msg().watch.watching(dir)}\n`);

  const code = await Promise.race([
    failed.then((err) => {
      note(`${msg().watch.stoppedWatching(dir, err.message)}\n`);
      return 1;
    }),
    new Promise<number>((resolveStop) => {
      if (opts.signal.aborted) resolveStop(0);
      else opts.signal.addEventListener('abort', () => resolveStop(0), { once: true });
    }),
  ]);
  for (const w of [...watchers, ...outsideWatchers.values()]) w.close();
  clearTimeout(timer);
  await running;
  await cache.close();
  note(`${msg().watch.stopped}\n`);
  return code;
}

/** The folder and every folder inside it (not hidden ones). */
function folders(dir: string): string[] {
  const found = [dir];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...folders(join(dir, entry.name)));
  }
  return found;
}

/**
 * The content files of the folder (and `more` files) as one hash: a save that changes nothing
 * starts no build. Files are read as the build reads them (safeRead): a FIFO or a device put in the
 * folder is never opened for reading, so it cannot block the watcher; what is refused counts by its
 * reason, and the build reports it.
 */
function fingerprint(dir: string, more: readonly string[] = []): string {
  const h = createHash('sha1');
  for (const f of more) {
    const read = safeRead({ roots: [dirname(f)], path: f, maxBytes: LIMITS.pictureBytes });
    h.update(f).update('\u0000').update(read.ok ? read.bytes : JSON.stringify(read)).update('\u0000');
  }
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(d, name);
      try {
        if (lstatSync(path).isDirectory()) walk(path);
        else if (isContentFile(name)) {
          const read = safeRead({ roots: [dir], path, maxBytes: LIMITS.pictureBytes });
          h.update(relative(dir, path)).update('\u0000').update(read.ok ? read.bytes : JSON.stringify(read)).update('\u0000');
        }
      } catch {
        // Deleted between listing and reading: the next event brings it up to date.
      }
    }
  };
  walk(dir);
  return h.digest('hex');
}
