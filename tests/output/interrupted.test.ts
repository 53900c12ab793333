/**
 * A build stopped from outside, or failing on the disk, leaves the previous PDF and no temporary
 * file: Ctrl+C and SIGTERM remove it at once; after SIGKILL (nothing can run) the next build removes
 * it. Builds that run at the same time to the same file leave a valid PDF. These run deck as a
 * process (tests/cliProcess.ts), on the November edition, whose PDF takes long enough to compose
 * that the signal lands while the temporary file is there.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckScript, startDeck } from '../cliProcess.js';
import { hasQpdf } from '../qpdf.js';

const EDITION = 'content/2025-11';

/** A folder with a previous PDF in it. */
function dist() {
  const dir = mkdtempSync(join(tmpdir(), 'deck-dist-'));
  const out = join(dir, 'november-2025.pdf');
  const before = Buffer.from('%PDF-1.7\n% forrige utgave\n%%EOF\n');
  writeFileSync(out, before);
  return { dir, out, before };
}

/** Resolves when a temporary file appears in `dir`. */
function temporaryFileIn(dir: string): Promise<void> {
  return new Promise((done) => {
    const w = watch(dir, (_e, name) => {
      if (name?.endsWith('.tmp')) {
        w.close();
        done();
      }
    });
  });
}

const temporaryFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));
const validPdf = (file: string) => {
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  if (hasQpdf) execFileSync('qpdf', ['--check', file], { stdio: 'ignore' });
};

beforeAll(async () => {
  await deckScript();
}, 60_000);

describe('a build stopped midway', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal}: exits ${code}, says so, and leaves the previous PDF and no temporary file`, async () => {
      const { dir, out, before } = dist();
      const appeared = temporaryFileIn(dir);
      const { child, finished } = await startDeck(['build', EDITION, '-o', out]);
      await appeared;
      child.kill(signal);
      const r = await finished;
      expect(r.code).toBe(code);
      expect(r.err).toContain('deck: avbrutt. Ingen ny PDF er skrevet, og den forrige er som før.');
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(readFileSync(out).equals(before)).toBe(true);
      expect(temporaryFiles(dir)).toEqual([]);
    });
  }

  it('SIGKILL: the next build removes what it left, and writes a valid PDF', async () => {
    const { dir, out, before } = dist();
    const appeared = temporaryFileIn(dir);
    const { child, finished } = await startDeck(['build', EDITION, '-o', out]);
    await appeared;
    child.kill('SIGKILL');
    expect((await finished).signal).toBe('SIGKILL');
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temporaryFiles(dir)).toHaveLength(1); // killed midway: nothing could remove it
    const again = await (await startDeck(['build', EDITION, '-o', out])).finished;
    expect(again.code).toBe(0);
    validPdf(out);
    expect(temporaryFiles(dir)).toEqual([]);
  });
});

describe('builds at the same time, and a disk that fails', () => {
  it('three builds to the same file: all succeed, the PDF is valid, no temporary file is left', async () => {
    const { dir, out } = dist();
    const runs = await Promise.all([1, 2, 3].map(() => startDeck(['build', EDITION, '-o', out, '-q'])));
    for (const r of await Promise.all(runs.map((x) => x.finished))) expect(r.code).toBe(0);
    validPdf(out);
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('a full disk (here: a limit on file size): one message, the previous PDF, no temporary file', async () => {
    const { dir, out, before } = dist();
    // bash's ulimit -f: writing past 64 kB fails (EFBIG), as writing to a full disk fails (ENOSPC).
    const script = await deckScript();
    const r = await new Promise<{ code: number | null; err: string }>((done) => {
      execFile('bash', ['-c', `ulimit -f 64; exec "${process.execPath}" "${script}" build ${EDITION} -o "${out}" -q`], { encoding: 'utf8' }, (error, _out, err) =>
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, err }),
      );
    });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${out}: det er ikke plass på disken til PDF-en. Frigjør plass, eller lagre den et annet sted. Den forrige PDF-en er som før.\ndeck: fant 1 feil, så ingenting er skrevet.\n`);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('a folder that may not be written (as a user who may not)', async (ctx) => {
    const { dir, out, before } = dist();
    const edition = mkdtempSync(join(tmpdir(), 'deck-utgave-'));
    cpSync(EDITION, edition, { recursive: true });
    chmodSync(edition, 0o755);
    chmodSync(dir, 0o555);
    const asRoot = process.getuid?.() === 0;
    // As root, deck runs as «nobody», who must be able to read the checkout (not so under a private home folder).
    const script = await deckScript();
    if (asRoot && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(script)})`], { uid: 65534, gid: 65534 }).status !== 0) return ctx.skip();
    const r = await (await startDeck(['build', edition, '-o', out, '-q'], asRoot ? { uid: 65534, gid: 65534 } : {})).finished;
    chmodSync(dir, 0o755);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${out}: PDF-en kan ikke lagres her, fordi mappen er skrivebeskyttet eller du ikke har tilgang til den. Lagre den i en annen mappe. Den forrige PDF-en er som før.\ndeck: fant 1 feil, så ingenting er skrevet.\n`);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temporaryFiles(dir)).toEqual([]);
  });
});
