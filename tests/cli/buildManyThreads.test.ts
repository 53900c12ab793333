/**
 * `deck build DIR DIR …` in worker threads (src/cli/buildMany.ts): with DECK_THREADS=2, edition i is
 * built by this thread when i is even and by a worker when it is odd. Whatever thread builds an
 * edition, its PDF is the one a build of that edition alone writes, the messages come in the order
 * of the command line, a failing edition is named and the others are written, and Ctrl+C leaves no
 * temporary file. These run the CLI as `npm run prepare` makes it (tests/freshCli.ts): the workers
 * start from the compiled files, which a test runner running the TypeScript sources does not have.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newMonth } from '../../src/edition/newMonth.js';
import { freshCli } from '../freshCli.js';
import { MINI, readPdf } from '../helpers.js';

const NOVEMBER = resolve('content/2025-11');
const PRELOAD = resolve('tests/cli/workerLog.mjs');
const STACK = /\n\s+at /;

let bin: string;
beforeAll(() => {
  bin = freshCli('deck-threads-test');
}, 120_000);

/** A folder for a run, with copies of `from` for the given months (YYYY-MM) under the given names. */
function editions(list: [name: string, month: string, from?: string][]): string {
  const work = mkdtempSync(join(tmpdir(), 'deck-threads-'));
  for (const [name, month, from = MINI] of list) {
    cpSync(from, join(work, name), { recursive: true });
    const deck = join(work, name, 'deck.yaml');
    writeFileSync(deck, readFileSync(deck, 'utf8').replace(/^month:.*$/m, `month: "${month}"`));
  }
  return work;
}

function deckArgs(args: string[], log: string, env: NodeJS.ProcessEnv) {
  return {
    argv: ['--import', PRELOAD, bin, ...args],
    env: { ...process.env, DECK_THREADS: '2', DECK_TEST_WORKER_LOG: log, ...env },
  };
}

/** deck as a process in `cwd`; `workers`: the folders each worker thread was given. */
function deck(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const log = join(mkdtempSync(join(tmpdir(), 'deck-workers-')), 'log');
  const { argv, env: withEnv } = deckArgs(args, log, env);
  const r = spawnSync(process.execPath, argv, { cwd, env: withEnv, encoding: 'utf8' });
  const workers = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]) : [];
  return { code: r.status, err: r.stderr, workers };
}

const seconds = (s: string) => s.replace(/på [\d,]+ s\./g, 'på … s.');

describe('deck build DIR DIR … in two threads', () => {
  it('writes each PDF and HTML edition byte for byte as a build of that edition alone', async () => {
    const work = editions([
      ['november', '2025-11'],
      ['oktober', '2025-10', NOVEMBER], // the whole deck, charts and all, in the worker
      ['september', '2025-09'],
      ['august', '2025-08'],
    ]);
    const r = deck(work, ['build', 'november', 'oktober', 'september', 'august', '--html', '-q']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.workers).toEqual([['oktober', 'august']]);
    for (const [dir, name] of [['november', 'november-2025'], ['oktober', 'oktober-2025'], ['september', 'september-2025'], ['august', 'august-2025']]) {
      const alone = deck(work, ['build', dir!, '-o', join('alone', `${name}.pdf`), '--html', '-q']);
      expect(alone.code).toBe(0);
      const pdf = readFileSync(join(work, 'dist', `${name}.pdf`));
      expect(pdf.equals(readFileSync(join(work, 'alone', `${name}.pdf`))), `${name}.pdf`).toBe(true);
      expect(readFileSync(join(work, 'dist', `${name}.html`), 'utf8')).toBe(readFileSync(join(work, 'alone', `${name}.html`), 'utf8'));
    }
    expect((await readPdf(readFileSync(join(work, 'dist', 'oktober-2025.pdf')))).pages).toHaveLength(40);
  });

  it('tells the editions in the order given, names a failing one built by a worker, and writes the others', () => {
    const work = editions([
      ['november', '2025-11'],
      ['oktober', '2025-10'],
      ['september', '2025-09'],
    ]);
    writeFileSync(join(work, 'oktober', '04-hendelser.yaml'), 'layout: text\ntitle: [oops\n');
    newMonth({ month: '2025-12', from: join(work, 'november'), out: join(work, 'desember') });
    const args = ['build', 'november', 'oktober', 'september', 'desember'];

    const two = deck(work, args);
    expect(two.workers).toEqual([['oktober', 'desember']]);
    expect(two.code).toBe(1);
    expect(two.err).not.toMatch(STACK);
    const lines = two.err.split('\n');
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    const order = [
      'deck: skrev dist/november-2025.pdf (7 sider)',
      'oktober/04-hendelser.yaml:2:8: [ som starter her, blir ikke lukket.',
      'deck: fant 1 feil i oktober, så den utgaven er ikke skrevet.',
      'september/05-meldinger.yaml:30:12: advarsel: oktober 2025 er etter måneden for denne utgaven (september 2025).',
      'deck: skrev dist/september-2025.pdf (7 sider)',
      'desember/05-meldinger.yaml:33:12: advarsel: ingen tall for desember 2025 ennå',
      'deck: skrev dist/desember-2025.pdf (7 sider)',
      'deck: 1 av 4 utgaver er ikke skrevet: oktober. Rett feilene over og bygg igjen. De andre utgavene er skrevet.',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const name of ['november-2025', 'september-2025', 'desember-2025']) expect(existsSync(join(work, 'dist', `${name}.pdf`))).toBe(true);
    expect(existsSync(join(work, 'dist', 'oktober-2025.pdf'))).toBe(false);

    // The same words, in the same order, as in one thread.
    const one = deck(work, args, { DECK_THREADS: '1' });
    expect(one.workers).toEqual([]);
    expect(one.code).toBe(1);
    expect(seconds(two.err)).toBe(seconds(one.err));
  });

  it('refuses the second of two editions of the same month, though its thread gets there first', async () => {
    // The worker's edition (the whole November deck) claims its file after this thread's «kopi» asks.
    const work = editions([
      ['september', '2025-09'],
      ['november', '2025-11', NOVEMBER],
      ['kopi', '2025-11'],
    ]);
    const r = deck(work, ['build', 'september', 'november', 'kopi', '-q']);
    expect(r.workers).toEqual([['november']]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('kopi/deck.yaml:3:8: denne utgaven skal skrives til dist/november-2025.pdf, men det skal også november.');
    expect(r.err).toMatch(/deck: 1 av 3 utgaver er ikke skrevet: kopi\./);
    expect((await readPdf(readFileSync(join(work, 'dist', 'november-2025.pdf')))).pages).toHaveLength(40);
  });

  it('builds in one thread with DECK_TIMINGS=1, so that the table of stages adds up', () => {
    const work = editions([
      ['november', '2025-11'],
      ['oktober', '2025-10'],
      ['september', '2025-09'],
    ]);
    const r = deck(work, ['build', 'november', 'oktober', 'september', '-q'], { DECK_TIMINGS: '1' });
    expect(r.code).toBe(0);
    expect(r.workers).toEqual([]);
    expect(r.err.match(/^deck timings \(DECK_TIMINGS=1\)/gm)).toHaveLength(1);
  });

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal}: stops the workers too, exits ${code}, says so, and leaves no temporary file`, async () => {
      const work = editions([
        ['november', '2025-11', NOVEMBER],
        ['oktober', '2025-10', NOVEMBER],
        ['september', '2025-09', NOVEMBER],
        ['august', '2025-08', NOVEMBER],
      ]);
      const dist = join(work, 'dist');
      mkdirSync(dist);
      // The worker's first edition is being written.
      const writing = new Promise<void>((done) => {
        const w = watch(dist, (_e, name) => {
          if (name?.startsWith('.oktober-2025.pdf.') && name.endsWith('.tmp')) {
            w.close();
            done();
          }
        });
      });
      const { argv, env } = deckArgs(['build', 'november', 'oktober', 'september', 'august'], join(work, 'workers.log'), {});
      const child = spawn(process.execPath, argv, { cwd: work, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      const finished = new Promise<number | null>((done) => child.on('close', done));
      await writing;
      child.kill(signal);
      expect(await finished).toBe(code);
      expect(err).toContain('deck: avbrutt. Utgavene som allerede var ferdige, er skrevet. De andre er ikke skrevet, og PDF-ene deres fra før er som de var.');
      expect(err).not.toMatch(STACK);
      expect(readdirSync(dist).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }
});
