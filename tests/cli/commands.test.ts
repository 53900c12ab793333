/**
 * The command line as a whole: help for every command, usage errors, and no command crashing with
 * a stack trace on any of the broken files.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionWith, runCli } from '../helpers.js';

const BROKEN = 'tests/fixtures/broken';
const STACK = /\n\s+at /;

describe('deck --help', () => {
  it('explains every command and option', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const word of [
      'deck build [DIR] [-o FILE]',
      'deck check [DIR] [--strict]',
      'deck watch [DIR] [-o FILE]',
      'deck preview [DIR] [-o DIR]',
      'deck new-month MONTH [--from DIR] [-o DIR]',
      'deck schema',
      '--output PATH',
      '--strict',
      '--from DIR',
      '--width PX',
      '--per-layout',
      '--quiet',
      'Exit codes',
    ]) {
      expect(r.out).toContain(word);
    }
  });
});

describe('usage errors exit 2 with one line and a pointer to --help', () => {
  it.each([
    [['bygg'], 'deck: unknown command "bygg"; expected "build", "check", "watch", "preview", "new-month" or "schema"'],
    [[], 'deck: missing command; expected "build", "check", "watch", "preview", "new-month" or "schema"'],
    [['check', '--from', 'x'], 'deck: --from applies to "new-month" only'],
    [['check', '-o', 'x.pdf'], 'deck: --output applies to "build", "watch", "preview" and "new-month" only'],
    [['preview', '--width', 'stor'], 'deck: --width must be a whole number of pixels from 96 to 7680, found "stor"'],
    [['new-month'], 'deck: missing month; write for example "deck new-month 2025-12"'],
    [['new-month', 'desember'], 'deck: "desember" is not a month; write it like 2025-12'],
    [['watch', '--strict'], 'deck: --strict applies to "build" and "check" only'],
  ])('deck %j', async (args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${message}\nRun "deck --help" for usage.\n`);
  });
});

describe('no command crashes on broken files', () => {
  const files = readdirSync(BROKEN).filter((n) => /^\d/.test(n) && n !== '01-forside.yaml' && n !== '08-manglende-maaned.yaml');

  it.each(files)('deck build with %s: exit 1, the file named, no stack trace, no PDF', async (file) => {
    const dir = editionWith({}, BROKEN);
    for (const name of readdirSync(dir)) if (![file, 'deck.yaml', '01-forside.yaml'].includes(name)) rmSync(join(dir, name));
    const out = join(dir, 'out.pdf');
    const r = await runCli(['build', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:`);
    expect(r.err).not.toMatch(STACK);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['build', ['build', BROKEN, '-o', 'OUT/x.pdf']],
    ['check', ['check', BROKEN]],
    ['preview', ['preview', BROKEN, '-o', 'OUT/preview']],
    ['new-month', ['new-month', '2025-12', '--from', BROKEN, '-o', 'OUT/2025-12']],
  ])('deck %s on the whole broken folder: exit 1, every file named, no stack trace, nothing written', async (_name, args) => {
    const work = mkdtempSync(join(tmpdir(), 'deck-broken-'));
    const r = await runCli((args as string[]).map((a) => a.replace('OUT', work)));
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(STACK);
    for (const f of files) expect(r.err).toContain(`${BROKEN}/${f}:`);
    expect(readdirSync(work)).toEqual([]);
  });

  it('deck watch on the whole broken folder: the problems, no stack trace, no PDF, and a clean stop', async () => {
    const work = mkdtempSync(join(tmpdir(), 'deck-broken-'));
    const ac = new AbortController();
    const { main } = await import('../../src/cli/main.js');
    let err = '';
    const done = main(['watch', BROKEN, '-o', join(work, 'x.pdf')], { out: () => {}, err: (s) => void (err += s), signal: ac.signal });
    while (!err.includes('no PDF written yet')) await new Promise((r) => setTimeout(r, 20));
    ac.abort();
    expect(await done).toBe(0);
    expect(err).not.toMatch(STACK);
    for (const f of files) expect(err).toContain(`${BROKEN}/${f}:`);
    expect(err).toMatch(/deck: stopped watching\n$/);
    expect(readdirSync(work)).toEqual([]);
  });

  it('deck check on a folder that does not exist: exit 1, one line', async () => {
    const r = await runCli(['check', 'content/1999-01']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('content/1999-01: edition folder not found; expected a folder such as content/2025-11 holding deck.yaml\ndeck: 1 problem found; nothing was written\n');
  });
});
