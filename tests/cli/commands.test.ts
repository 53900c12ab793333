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
      'npx deck build [MAPPE] [-o FIL]',
      'npx deck check [MAPPE] [--strict]',
      'npx deck watch [MAPPE] [-o FIL]',
      'npx deck serve [MAPPE] [--port N]',
      'npx deck preview [MAPPE] [-o MAPPE]',
      'npx deck new-month MÅNED [--from MAPPE] [-o MAPPE]',
      'npx deck schema',
      '--output STED',
      '--strict',
      '--html',
      '--port N',
      '--from MAPPE',
      '--width PX',
      '--per-layout',
      '--lang SPRÅK',
      '--quiet',
      'Avslutningskoder',
    ]) {
      expect(r.out).toContain(word);
    }
  });
});

describe('usage errors exit 2 with one line and a pointer to --help', () => {
  it.each([
    [['bygg'], 'deck: ukjent kommando «bygg». Kommandoene er build, check, watch, serve, preview, new-month, renumber og schema.'],
    [['chek'], 'deck: ukjent kommando «chek». Mente du «check»? Kommandoene er build, check, watch, serve, preview, new-month, renumber og schema.'],
    [[], 'deck: kommandoen mangler. Skriv build, check, watch, serve, preview, new-month, renumber eller schema etter npx deck.'],
    [['check', '--from', 'x'], 'deck: --from kan bare brukes med new-month.'],
    [['check', '-o', 'x.pdf'], 'deck: --output kan bare brukes med build, watch, preview eller new-month.'],
    [['preview', '--width', 'stor'], 'deck: --width må være et helt antall piksler fra 96 til 7680, men her står «stor».'],
    [['new-month'], 'deck: måneden mangler. Skriv for eksempel npx deck new-month 2025-12.'],
    [['new-month', 'desember'], 'deck: «desember» er ikke en måned. Skriv den som 2025-12.'],
    [['watch', '--strict'], 'deck: --strict kan bare brukes med build eller check.'],
    [['watch', '--html'], 'deck: --html kan bare brukes med build.'],
    [['build', '--nope'], 'deck: ukjent valg «--nope».'],
    [['build', '-o'], 'deck: --output må ha en verdi etter seg, for eksempel --output dist/rapport.pdf.'],
    [['check', '--lang', 'de'], 'deck: ukjent språk «de». Velg nb eller en.'],
  ])('deck %j', async (args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${message}\nSkriv npx deck --help for å se hva du kan skrive.\n`);
  });
});

describe('messages in English with --lang en or DECK_LANG=en', () => {
  it('says the same things in English', async () => {
    const r = await runCli(['check', 'tests/fixtures/broken', '--lang', 'en']);
    expect(r.err).toContain('tests/fixtures/broken/03-ukjent-layout.yaml:2:9: unknown layout "tekst"; did you mean `text`?');
    expect(r.err).toMatch(/deck: 15 problems found, and 1 warning\n$/);
    const usage = await runCli(['bygg', '--lang=en']);
    expect(usage.err).toBe('deck: unknown command "bygg"; expected "build", "check", "watch", "serve", "preview", "new-month", "renumber" or "schema"\nRun "npx deck --help" for usage.\n');
  });

  it('reads DECK_LANG, and goes back to Norwegian without it', async () => {
    process.env.DECK_LANG = 'en';
    try {
      expect((await runCli(['check', 'content/1999-01'])).err).toContain('edition folder not found');
    } finally {
      delete process.env.DECK_LANG;
    }
    expect((await runCli(['check', 'content/1999-01'])).err).toContain('fant ikke mappen');
  });
});

describe('the help', () => {
  it('is in English with --lang en', async () => {
    const r = await runCli(['--help', '--lang', 'en']);
    expect(r.out).toContain('npx deck build [DIR] [-o FILE]');
    expect(r.out).toContain('Exit codes');
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
    while (!err.includes('Ingen PDF er laget ennå.')) await new Promise((r) => setTimeout(r, 20));
    ac.abort();
    expect(await done).toBe(0);
    expect(err).not.toMatch(STACK);
    for (const f of files) expect(err).toContain(`${BROKEN}/${f}:`);
    expect(err).toMatch(/deck: sluttet å følge med\.\n$/);
    expect(readdirSync(work)).toEqual([]);
  });

  it('deck check on a folder that does not exist: exit 1, one line', async () => {
    const r = await runCli(['check', 'content/1999-01']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('content/1999-01: fant ikke mappen. Skriv navnet på en utgavemappe med deck.yaml i, for eksempel content/2025-11.\ndeck: fant 1 feil.\n');
  });
});
