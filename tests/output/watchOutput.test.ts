/**
 * `deck watch` when the PDF cannot be written (a folder at its path, a folder or a file that may not
 * be changed): it says why, in the editor's words, keeps the last PDF and keeps watching; once the
 * obstacle is gone, the next save builds again.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watch, type WatchBuild } from '../../src/watch/watch.js';
import { editionWith } from '../helpers.js';

function session(out: string) {
  const dir = editionWith();
  const ac = new AbortController();
  const builds: WatchBuild[] = [];
  const waiting: ((b: WatchBuild) => void)[] = [];
  const done = watch({
    dir,
    out,
    signal: ac.signal,
    debounceMs: 40,
    note: () => {},
    problem: () => {},
    onBuild: (b) => (waiting.length ? waiting.shift()!(b) : builds.push(b)),
  });
  const next = () => (builds.length ? Promise.resolve(builds.shift()!) : new Promise<WatchBuild>((r) => waiting.push(r)));
  // A save that changes the PDF (one that changes only a comment leaves the file alone).
  let saves = 0;
  const save = () => writeFileSync(join(dir, '04-hendelser.yaml'), readFileSync(join(dir, '04-hendelser.yaml'), 'utf8').replace(/^title: .*$/m, `title: Hendelser ${++saves}`));
  return { dir, ac, done, next, save };
}

/** chattr +i: a folder or file that nobody, root included, may change (where the system allows it). */
function immutable(path: string, on: boolean): boolean {
  try {
    execFileSync('chattr', [on ? '+i' : '-i', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let current: ReturnType<typeof session> | undefined;
afterEach(async () => {
  current?.ac.abort();
  await current?.done;
  current = undefined;
});

const messages = (b: WatchBuild) => b.problems.filter((p) => p.severity === 'error').map((p) => p.message);

describe('deck watch when the PDF cannot be written', () => {
  it('a folder at the output path: says so, and builds once it is gone', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-ut-')), 'rapport.pdf');
    mkdirSync(out);
    const s = (current = session(out));
    const first = await s.next();
    expect(first.ok).toBe(false);
    expect(messages(first)).toEqual([expect.stringMatching(/^dette er en mappe\. Skriv navnet på PDF-filen, for eksempel .*rapport\.pdf\/rapport\.pdf\.$/)]);
    rmdirSync(out);
    s.save();
    expect(await s.next()).toMatchObject({ ok: true, pages: 7 });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a folder that may not be written, and a PDF that may not be replaced', async (ctx) => {
    const folder = mkdtempSync(join(tmpdir(), 'deck-ut-'));
    const out = join(folder, 'rapport.pdf');
    const s = (current = session(out));
    expect(await s.next()).toMatchObject({ ok: true });
    const before = readFileSync(out);
    if (!immutable(out, true)) return ctx.skip();
    try {
      s.save();
      const locked = await s.next();
      expect(messages(locked)).toEqual(['filen er låst av et annet program, kanskje en PDF-leser. Lukk den, og prøv igjen. Den forrige PDF-en er som før.']);
    } finally {
      immutable(out, false);
    }
    immutable(folder, true);
    try {
      s.save();
      const readOnly = await s.next();
      expect(messages(readOnly)).toEqual(['PDF-en kan ikke lagres her, fordi mappen er skrivebeskyttet eller du ikke har tilgang til den. Lagre den i en annen mappe. Den forrige PDF-en er som før.']);
    } finally {
      immutable(folder, false);
    }
    expect(readFileSync(out).equals(before)).toBe(true);
    s.save();
    expect(await s.next()).toMatchObject({ ok: true });
  });
});
