/**
 * The safe-read module: an editor's file is read only as a regular file inside the allowed folders,
 * within a size limit, and anything else is a typed reason, without blocking and without a throw.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeRead } from '../../src/load/safeRead.js';

function tree() {
  const base = mkdtempSync(join(tmpdir(), 'deck-safe-'));
  const root = join(base, 'utgave');
  const other = join(base, 'annet');
  mkdirSync(join(root, 'bilder'), { recursive: true });
  mkdirSync(other);
  writeFileSync(join(root, 'bilder', 'a.png'), 'innhold');
  writeFileSync(join(other, 'hemmelig.txt'), 'hemmelig');
  return { base, root, other };
}

const MB = 1024 * 1024;

describe('safeRead', () => {
  it('reads a regular file inside a root, also through a link that stays inside, and relative to the working directory', () => {
    const { root } = tree();
    symlinkSync('a.png', join(root, 'bilder', 'lenke.png'));
    for (const path of [join(root, 'bilder', 'a.png'), join(root, 'bilder', 'lenke.png'), relative(process.cwd(), join(root, 'bilder', 'a.png'))]) {
      const r = safeRead({ roots: [root], path, maxBytes: MB });
      expect(r).toMatchObject({ ok: true, realPath: join(root, 'bilder', 'a.png') });
      expect(r.ok && r.bytes.toString()).toBe('innhold');
    }
  });

  it('accepts a file in any of the roots', () => {
    const { root, other } = tree();
    expect(safeRead({ roots: [root, other], path: join(other, 'hemmelig.txt'), maxBytes: MB }).ok).toBe(true);
  });

  it('refuses a path outside the roots as written (.. out, an absolute path elsewhere) without looking at it', () => {
    const { root, other } = tree();
    expect(safeRead({ roots: [root], path: join(root, '..', 'annet', 'hemmelig.txt'), maxBytes: MB })).toEqual({ ok: false, reason: 'outside', throughLink: false });
    expect(safeRead({ roots: [root], path: '/etc/passwd', maxBytes: MB })).toEqual({ ok: false, reason: 'outside', throughLink: false });
    // Outside, even when there is nothing there: whether a file exists outside is not told.
    expect(safeRead({ roots: [root], path: join(other, 'finnes-ikke'), maxBytes: MB })).toEqual({ ok: false, reason: 'outside', throughLink: false });
  });

  it('refuses a symbolic link that leads out, to a file or to a folder', () => {
    const { root, other } = tree();
    symlinkSync(join(other, 'hemmelig.txt'), join(root, 'bilder', 'ut.png'));
    symlinkSync(other, join(root, 'ut'));
    expect(safeRead({ roots: [root], path: join(root, 'bilder', 'ut.png'), maxBytes: MB })).toEqual({ ok: false, reason: 'outside', throughLink: true });
    expect(safeRead({ roots: [root], path: join(root, 'ut', 'hemmelig.txt'), maxBytes: MB })).toEqual({ ok: false, reason: 'outside', throughLink: true });
  });

  it('tells a missing file, also behind a link that leads nowhere or under a file', () => {
    const { root } = tree();
    symlinkSync('borte.png', join(root, 'bilder', 'død.png'));
    for (const name of ['mangler.png', 'død.png', 'a.png/x.png']) {
      expect(safeRead({ roots: [root], path: join(root, 'bilder', name), maxBytes: MB })).toEqual({ ok: false, reason: 'missing' });
    }
  });

  it('refuses a folder, a FIFO and a socket by their type, at once (a FIFO without a writer never blocks)', async () => {
    const { root } = tree();
    expect(safeRead({ roots: [root], path: join(root, 'bilder'), maxBytes: MB })).toEqual({ ok: false, reason: 'directory' });
    execFileSync('mkfifo', [join(root, 'bilder', 'fifo.png')]);
    expect(safeRead({ roots: [root], path: join(root, 'bilder', 'fifo.png'), maxBytes: MB })).toEqual({ ok: false, reason: 'special', kind: 'fifo' });
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(root, 'bilder', 'sokkel.png'), done));
    try {
      expect(safeRead({ roots: [root], path: join(root, 'bilder', 'sokkel.png'), maxBytes: MB })).toEqual({ ok: false, reason: 'special', kind: 'socket' });
    } finally {
      server.close();
    }
  });

  it('refuses a device (/dev/null, /dev/zero) even when its folder is a root', () => {
    expect(safeRead({ roots: ['/dev'], path: '/dev/zero', maxBytes: MB })).toEqual({ ok: false, reason: 'special', kind: 'device' });
    expect(safeRead({ roots: ['/dev'], path: '/dev/null', maxBytes: MB })).toEqual({ ok: false, reason: 'special', kind: 'device' });
  });

  it('refuses a file over the limit from its size, before reading it; a file at the limit is read', () => {
    const { root } = tree();
    const big = join(root, 'stor.png');
    writeFileSync(big, '');
    execFileSync('truncate', ['-s', String(50 * MB), big]); // sparse: nothing to read if it were read
    expect(safeRead({ roots: [root], path: big, maxBytes: 20 * MB })).toEqual({ ok: false, reason: 'tooLarge', size: 50 * MB, maxBytes: 20 * MB });
    writeFileSync(big, Buffer.alloc(1000, 1));
    expect(safeRead({ roots: [root], path: big, maxBytes: 1000 }).ok).toBe(true);
    expect(safeRead({ roots: [root], path: big, maxBytes: 999 })).toMatchObject({ ok: false, reason: 'tooLarge', size: 1000 });
  });

  it('tells a file that may not be read', () => {
    const { base, root } = tree();
    const file = join(root, 'bilder', 'a.png');
    chmodSync(base, 0o755);
    chmodSync(file, 0o000);
    const asRoot = process.getuid?.() === 0;
    // root reads any file; as another user (effective uid), it cannot.
    if (asRoot) process.seteuid!(65534);
    try {
      expect(safeRead({ roots: [root], path: file, maxBytes: MB })).toEqual({ ok: false, reason: 'unreadable', code: 'EACCES' });
    } finally {
      if (asRoot) process.seteuid!(0);
    }
  });
});
