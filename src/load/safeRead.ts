/**
 * Reading a file that an editor names (a picture, and later slide files, deck.yaml, the logo, CSV
 * files) without trusting the name: the file is read only when it is a regular file whose real
 * path lies inside one of the allowed folders, and only when it is no larger than a limit.
 *
 *   safeRead({ roots, path, maxBytes }) → { ok: true, bytes, realPath } | { ok: false, reason, … }
 *
 *   1. `path` must lie inside a root as written (resolved against the working directory), so a
 *      name outside the roots is refused before anything outside is looked at;
 *   2. its real path (symbolic links followed) must lie inside a root's real path;
 *   3. it must be a regular file: a directory, FIFO, device or socket is refused by its type,
 *      before it is opened, so reading never blocks;
 *   4. the size is checked before reading; the file is opened non-blocking and without following
 *      a link put there in the meantime, and the opened file is checked again (type, size, place).
 *
 * Every refusal is a typed reason; the caller turns it into a message at the field that named the
 * file (this module has no user-facing text). Errors that are not about the file (a bug, a full
 * descriptor table) are thrown.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export interface SafeReadRequest {
  /** Folders the file must lie in (absolute, or relative to the working directory). */
  roots: readonly string[];
  /** The file (absolute, or relative to the working directory). */
  path: string;
  /** The largest file accepted, in bytes. */
  maxBytes: number;
}

export type SpecialKind = 'fifo' | 'device' | 'socket' | 'other';

/** Why a file was not read. */
export type ReadRefusal =
  /** Outside every root: as written, or (throughLink) because a symbolic link leads out. */
  | { reason: 'outside'; throughLink: boolean }
  /** Nothing there (also a link that leads nowhere). */
  | { reason: 'missing' }
  | { reason: 'directory' }
  /** A FIFO, device or socket: not a file that holds content. */
  | { reason: 'special'; kind: SpecialKind }
  /** The file is there but may not be read (permissions), or reading it failed; `code` is the system's. */
  | { reason: 'unreadable'; code: string }
  | { reason: 'tooLarge'; size: number; maxBytes: number };

export type SafeReadResult = { ok: true; bytes: Buffer; realPath: string } | ({ ok: false } & ReadRefusal);

/** Whether `path` is `root` or lies inside it (both absolute and normalised). */
export function isInside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

const refuse = (r: ReadRefusal): SafeReadResult => ({ ok: false, ...r });

export function safeRead({ roots, path, maxBytes }: SafeReadRequest): SafeReadResult {
  const wanted = resolve(path);
  const lexicalRoots = roots.map((r) => resolve(r));
  if (!lexicalRoots.some((r) => isInside(r, wanted))) return refuse({ reason: 'outside', throughLink: false });

  let real: string;
  try {
    // The system's own realpath: one call, where Node's JavaScript one looks at every folder on the way.
    real = realpathSync.native(wanted);
  } catch (err) {
    return refuse(fsRefusal(err));
  }
  const realRoots = lexicalRoots.flatMap((r) => {
    try {
      return [realpathSync.native(r)];
    } catch {
      return []; // a root that does not exist holds nothing
    }
  });
  if (!realRoots.some((r) => isInside(r, real))) return refuse({ reason: 'outside', throughLink: true });

  let before: Stats;
  try {
    before = lstatSync(real);
  } catch (err) {
    return refuse(fsRefusal(err));
  }
  const kind = typeRefusal(before, maxBytes);
  if (kind) return refuse(kind);

  let fd: number;
  try {
    // Non-blocking: a FIFO put in its place since the check opens at once instead of waiting for a writer.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    return refuse(fsRefusal(err));
  }
  try {
    const opened = fstatSync(fd);
    const again = typeRefusal(opened, maxBytes);
    if (again) return refuse(again);
    const at = openedPath(fd);
    if (at !== undefined ? !realRoots.some((r) => isInside(r, at)) : opened.ino !== before.ino || opened.dev !== before.dev) {
      return refuse({ reason: 'outside', throughLink: true });
    }
    const bytes = readAtMost(fd, opened.size, maxBytes);
    if (bytes.length > maxBytes) return refuse({ reason: 'tooLarge', size: bytes.length, maxBytes });
    return { ok: true, bytes, realPath: real };
  } catch (err) {
    return refuse(fsRefusal(err));
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads to the end of the file, or to one byte past the limit, whichever comes first (the file may
 * have grown since its size was read).
 */
function readAtMost(fd: number, size: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.min(size, maxBytes) + 1;
  for (;;) {
    const buf = Buffer.allocUnsafe(want);
    let filled = 0;
    while (filled < want) {
      const n = readSync(fd, buf, filled, want - filled, null);
      if (n === 0) break;
      filled += n;
    }
    chunks.push(buf.subarray(0, filled));
    total += filled;
    if (filled < want || total > maxBytes) return Buffer.concat(chunks, total);
    want = Math.min(64 * 1024, maxBytes + 1 - total);
  }
}

function typeRefusal(s: Stats, maxBytes: number): ReadRefusal | undefined {
  if (s.isDirectory()) return { reason: 'directory' };
  if (s.isFIFO()) return { reason: 'special', kind: 'fifo' };
  if (s.isCharacterDevice() || s.isBlockDevice()) return { reason: 'special', kind: 'device' };
  if (s.isSocket()) return { reason: 'special', kind: 'socket' };
  if (!s.isFile()) return { reason: 'special', kind: 'other' };
  if (s.size > maxBytes) return { reason: 'tooLarge', size: s.size, maxBytes };
  return undefined;
}

/** Where an open file really is (Linux: /proc/self/fd); undefined where the system does not say. */
function openedPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

function fsRefusal(err: unknown): ReadRefusal {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR': // a part of the path is a file, not a folder
      return { reason: 'missing' };
    case 'EISDIR':
      return { reason: 'directory' };
    case 'ELOOP': // a link put in place of the file since it was checked (O_NOFOLLOW), or links in a circle
      return { reason: 'outside', throughLink: true };
    case undefined:
      throw err;
    default:
      return { reason: 'unreadable', code: e.code };
  }
}
