/**
 * Writing the PDF so that readers never see half of it and nothing else is lost:
 *
 *   openOutput(file, editionDir)   checks the path before any work is written (not a folder, a
 *                                  device, a file of the edition, or any file that is not a PDF),
 *                                  creates missing folders, removes temporary files that an
 *                                  earlier, killed build left, and creates this build's own
 *                                  temporary file in the output's folder
 *   commit(bytes)                  writes the bytes to it, flushes them to disk (fsync) and
 *                                  renames it over the old file in one step
 *   discard()                      removes the temporary file (after a failure; does nothing
 *                                  after commit)
 *
 * The previous PDF stays as it was until the rename, whatever happens: a content error, a full
 * disk, a read-only folder, Ctrl+C. A temporary file is named `.NAME.PID.N.tmp`: one left by a
 * build that was killed (SIGKILL, a power cut) is removed by the next build to the same file once
 * its process is gone, and only such a file. Every problem is an OutputError with the editor's
 * message, never the system's.
 */
import { closeSync, constants, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ContentError, UsageError } from '../errors.js';
import { isInside } from '../load/safeRead.js';
import { msg } from '../messages/index.js';

export interface OutputFile {
  /** The output file (as given). */
  readonly file: string;
  commit(bytes: Uint8Array): void;
  discard(): void;
}

/** A problem with where the output goes: one message at the output path. */
export class OutputError extends ContentError {}

/** The output path as the editor wrote it; other paths in messages the same way (absolute or relative). */
const fail = (file: string, message: string) => new OutputError([{ file, line: 0, col: 0, severity: 'error', message }]);
const shownAs = (file: string) => (p: string) => (isAbsolute(file) ? p : relative(process.cwd(), p) || p);

/** This process's temporary files not yet renamed or removed: removed when the process exits. */
const inFlight = new Set<string>();
let cleanupOnExit = false;
let counter = 0;

/** What is written: deck replaces only a file of the same kind (or an empty one). */
export type OutputKind = 'pdf' | 'html';

const KINDS: Record<OutputKind, { extension: RegExp; head: RegExp }> = {
  pdf: { extension: /\.pdf$/i, head: /^%PDF-/ },
  html: { extension: /\.html?$/i, head: /^(?:\ufeff)?\s*<!doctype html/i },
};

/**
 * Throws the OutputError that writing `file` would meet first, without writing anything: deck
 * build --html checks the HTML edition's path with it before the PDF is written.
 */
export function checkOutput(file: string, editionDir?: string, kind: OutputKind = 'pdf'): void {
  if (file.trim() === '') throw new UsageError(msg().output.noName());
  const path = resolve(file);
  const shown = shownAs(file);
  const o = msg().output;
  if (file.endsWith('/') || file.endsWith(sep)) throw fail(file, o.isFolder(shown(path)));
  const inEdition = editionDir !== undefined && insideEdition(path, editionDir);
  const existing = statOf(path);
  if (existing) {
    if (existing.isDirectory()) throw fail(file, o.isFolder(shown(path)));
    if (!existing.isFile() && !existing.isSymbolicLink()) throw fail(file, o.notAFile(specialKind(existing)));
    // What is not a PDF is not deck's to replace: a slide file, deck.yaml, a picture, anything else.
    if (existing.isFile() && existing.size > 0 && !startsLike(path, KINDS[kind].head)) throw fail(file, inEdition ? o.isInput() : kind === 'pdf' ? o.notPdf() : o.notHtml());
  }
  // In the edition folder, a name that is not a PDF's would be read as content next time.
  if (inEdition && !KINDS[kind].extension.test(path)) throw fail(file, o.inEdition());
}

export function openOutput(file: string, editionDir?: string, kind: OutputKind = 'pdf'): OutputFile {
  checkOutput(file, editionDir, kind);
  const path = resolve(file);
  const shown = shownAs(file);
  const o = msg().output;
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw fail(file, folderMessage(err, shown(fileAmong(dir))));
  }
  removeStaleTemporaryFiles(dir, basename(path));

  const tmp = join(dir, `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (err) {
    throw fail(file, writeMessage(err, 'create'));
  }
  inFlight.add(tmp);
  if (!cleanupOnExit) {
    cleanupOnExit = true;
    process.on('exit', () => {
      for (const t of inFlight) rmSync(t, { force: true });
    });
  }

  const close = () => {
    if (fd === undefined) return;
    try {
      closeSync(fd);
    } catch {
      // Closing after a failed write: the file is removed next.
    }
    fd = undefined;
  };
  const discard = () => {
    close();
    if (inFlight.delete(tmp)) rmSync(tmp, { force: true });
  };
  return {
    file,
    discard,
    commit(bytes: Uint8Array) {
      let phase: Phase = 'write';
      try {
        for (let at = 0; at < bytes.length; ) at += writeSync(fd!, bytes, at, bytes.length - at);
        fsyncSync(fd!);
        close();
        // A folder or a device put in the file's place since it was checked is not replaced.
        const now = statOf(path);
        if (now && (now.isDirectory() || (!now.isFile() && !now.isSymbolicLink()))) throw fail(file, now.isDirectory() ? o.isFolder(shown(path)) : o.notAFile(specialKind(now)));
        phase = 'rename';
        renameSync(tmp, path);
        inFlight.delete(tmp);
      } catch (err) {
        discard();
        throw err instanceof OutputError ? err : fail(file, writeMessage(err, phase));
      }
      syncFolder(dir);
    },
  };
}

/** What a commit left at the output path: deck watch leaves a PDF alone when a save gives the same one. */
export interface WrittenFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

export function writtenFile(file: string, bytes: Uint8Array): WrittenFile | undefined {
  const s = statOf(resolve(file));
  return s?.isFile() ? { path: resolve(file), bytes, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs } : undefined;
}

/** Whether `bytes` (the very same buffer) are what the last commit wrote to `file`, and that file is still there, untouched. */
export function isStillWritten(file: string, bytes: Uint8Array, last: WrittenFile | undefined): boolean {
  if (!last || last.bytes !== bytes || last.path !== resolve(file)) return false;
  const now = writtenFile(file, bytes);
  return now !== undefined && now.ino === last.ino && now.size === last.size && now.mtimeMs === last.mtimeMs;
}

/** Writes `bytes` to `file` through a temporary file (see openOutput). */
export function writeOutputFile(file: string, bytes: Uint8Array, editionDir?: string, kind: OutputKind = 'pdf'): void {
  const out = openOutput(file, editionDir, kind);
  try {
    out.commit(bytes);
  } finally {
    out.discard();
  }
}

function insideEdition(path: string, editionDir: string): boolean {
  const dir = resolve(editionDir);
  if (isInside(dir, path)) return true;
  try {
    // Also through a link: the output's folder as it really is, against the edition's.
    return isInside(realpathSync(dir), join(realpathSync(nearestExisting(dirname(path))), relative(nearestExisting(dirname(path)), path)));
  } catch {
    return false;
  }
}

function nearestExisting(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (statOf(d) || dirname(d) === d) return d;
  }
}

function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function specialKind(s: Stats): string {
  return s.isFIFO() ? 'fifo' : s.isCharacterDevice() || s.isBlockDevice() ? 'device' : s.isSocket() ? 'socket' : 'other';
}

/** Whether the file there begins as deck's own output of its kind (what deck may replace); read without blocking. */
function startsLike(path: string, head: RegExp): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const start = Buffer.alloc(64);
    return head.test(start.toString('utf8', 0, readSync(fd, start, 0, start.length, 0)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Temporary files of this output that a killed build left: named like ours, and their process is
 * gone. A file of a build still running (another deck writing the same PDF) is left alone.
 */
function removeStaleTemporaryFiles(dir: string, base: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${base}.`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(\d+)(?:\.\d+)?\.tmp$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    rmSync(join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // running, as another user
  }
}

/** The rename is durable only once the folder itself is flushed; not every system can. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // Some file systems do not flush folders; the file itself is flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? '';

function folderMessage(err: unknown, parent: string): string {
  const o = msg().output;
  switch (code(err)) {
    case 'ENOTDIR':
    case 'EEXIST':
      return o.parentIsFile(parent);
    default:
      return writeMessage(err, 'create');
  }
}

/** The part of `dir` that is a file, not a folder. */
function fileAmong(dir: string): string {
  for (let d = dir; dirname(d) !== d; d = dirname(d)) {
    const s = statOf(d);
    if (s && !s.isDirectory()) return d;
  }
  return dir;
}

/**
 * An error from the system (a file or folder that could not be read or written) that reached the
 * command line without a message of its own (deck preview's pictures, deck new-month's folder,
 * deck schema's files): as a problem at the path, in the editor's words.
 */
export function systemProblem(err: unknown): OutputError | undefined {
  const e = err as NodeJS.ErrnoException;
  if (!(err instanceof Error) || typeof e.code !== 'string' || typeof e.syscall !== 'string') return undefined;
  const path = e.path ?? (e as { dest?: string }).dest ?? '';
  const o = msg().output;
  const message = ['EACCES', 'EROFS', 'EPERM'].includes(e.code) ? o.cannotWrite() : ['ENOSPC', 'EDQUOT', 'EFBIG'].includes(e.code) ? o.noRoom() : o.systemFailed(e.code);
  return fail(path ? relative(process.cwd(), path) || path : 'deck', message);
}

/** Creating the temporary file, writing it, or renaming it over the old file. */
type Phase = 'create' | 'write' | 'rename';

function writeMessage(err: unknown, phase: Phase): string {
  const o = msg().output;
  switch (code(err)) {
    case 'EACCES':
    case 'EROFS':
      return o.readOnly();
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return o.diskFull();
    case 'EPERM':
      // Not allowed to create a file in the folder, or to replace the file that is there.
      return phase === 'rename' ? o.locked() : o.readOnly();
    case 'EBUSY':
    case 'ETXTBSY':
      return o.locked();
    case 'EISDIR':
      return o.isFolder('');
    default:
      return o.failed(code(err) || String((err as Error).message ?? err));
  }
}
