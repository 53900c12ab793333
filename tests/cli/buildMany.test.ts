/**
 * `deck build DIR DIR …`: several editions in one run, each into its default output; an edition with
 * problems is not written, the others are, and the run exits 1 and names it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { newMonth } from '../../src/edition/newMonth.js';
import { MINI, readPdf, runCli } from '../helpers.js';

const NOVEMBER = resolve('content/2025-11');
const STACK = /\n\s+at /;

/** Runs the CLI with `cwd` as the working directory (the default outputs go to its dist/). */
async function inFolder(cwd: string, args: string[]) {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return await runCli(args);
  } finally {
    process.chdir(before);
  }
}

const pageOne = async (file: string) => (await readPdf(readFileSync(file))).pages[0]!;

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'deck-many-'));
});

describe('deck build with several editions', () => {
  it('writes each edition to its own default file in one run', async () => {
    // December, made from November as an editor makes it (its new numbers still to fill in).
    const december = newMonth({ month: '2025-12', from: NOVEMBER, out: join(work, '2025-12') }).dir;
    const r = await inFolder(work, ['build', NOVEMBER, december]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/deck: skrev dist\/november-2025\.pdf \(40 sider\) på [\d,]+ s\.\n/);
    expect(r.err).toMatch(/deck: skrev dist\/desember-2025\.pdf \(40 sider\) på [\d,]+ s\.\n/);
    expect(r.err).toMatch(/deck: skrev 2 utgaver på [\d,]+ s\.\n$/);
    expect(await pageOne(join(work, 'dist', 'november-2025.pdf'))).toContain('november 2025');
    expect(await pageOne(join(work, 'dist', 'desember-2025.pdf'))).toContain('desember 2025');
  });

  it('with --html, an edition whose HTML file would replace a file that is not a web page writes neither file', async () => {
    cpSync(MINI, join(work, 'november'), { recursive: true });
    cpSync(MINI, join(work, 'oktober'), { recursive: true });
    const deck = join(work, 'oktober', 'deck.yaml');
    writeFileSync(deck, readFileSync(deck, 'utf8').replace('month: "2025-11"', 'month: "2025-10"'));
    mkdirSync(join(work, 'dist'));
    writeFileSync(join(work, 'dist', 'oktober-2025.html'), 'mine notater\n');

    const r = await inFolder(work, ['build', 'november', 'oktober', '--html']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('dist/oktober-2025.html: filen finnes allerede, og den er ikke en nettside.');
    expect(readFileSync(join(work, 'dist', 'oktober-2025.html'), 'utf8')).toBe('mine notater\n');
    expect(existsSync(join(work, 'dist', 'oktober-2025.pdf'))).toBe(false);
    expect(existsSync(join(work, 'dist', 'november-2025.pdf'))).toBe(true);
    expect(readFileSync(join(work, 'dist', 'november-2025.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('writes the good editions when one has a mistake, and exits 1 naming that one and its file', async () => {
    cpSync(MINI, join(work, 'november'), { recursive: true });
    cpSync(MINI, join(work, 'oktober'), { recursive: true });
    const deck = join(work, 'oktober', 'deck.yaml');
    writeFileSync(deck, readFileSync(deck, 'utf8').replace('month: "2025-11"', 'month: "2025-10"'));
    writeFileSync(join(work, 'oktober', '04-hendelser.yaml'), 'layout: text\ntitle: [oops\n');
    newMonth({ month: '2025-12', from: MINI, out: join(work, 'desember') });

    const r = await inFolder(work, ['build', 'november', 'oktober', 'desember']);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(STACK);
    expect(r.err).toContain('oktober/04-hendelser.yaml:2:8: [ som starter her, blir ikke lukket.');
    expect(r.err).toContain('deck: fant 1 feil i oktober, så den utgaven er ikke skrevet.\n');
    expect(r.err).toMatch(/deck: 1 av 3 utgaver er ikke skrevet: oktober\. Rett feilene over og bygg igjen\. De andre utgavene er skrevet\.\n$/);
    expect(existsSync(join(work, 'dist', 'november-2025.pdf'))).toBe(true);
    expect(existsSync(join(work, 'dist', 'desember-2025.pdf'))).toBe(true);
    expect(existsSync(join(work, 'dist', 'oktober-2025.pdf'))).toBe(false);
  });

  it('writes each edition\'s HTML edition beside its PDF with --html', async () => {
    cpSync(MINI, join(work, 'november'), { recursive: true });
    newMonth({ month: '2025-12', from: MINI, out: join(work, 'desember') });
    const r = await inFolder(work, ['build', 'november', 'desember', '--html', '-q']);
    expect(r.code).toBe(0);
    for (const name of ['november-2025', 'desember-2025']) {
      expect(existsSync(join(work, 'dist', `${name}.pdf`))).toBe(true);
      expect(readFileSync(join(work, 'dist', `${name}.html`), 'utf8')).toContain(`${name.replace('-', ' ')}`);
    }
  });

  it('does not let two editions of the same month write one file', async () => {
    cpSync(MINI, join(work, 'november'), { recursive: true });
    cpSync(MINI, join(work, 'kopi'), { recursive: true });
    const r = await inFolder(work, ['build', 'november', 'kopi']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'kopi/deck.yaml:3:8: denne utgaven skal skrives til dist/november-2025.pdf, men det skal også november. Rett måneden, eller bygg utgavene hver for seg med -o.\n',
    );
    expect(existsSync(join(work, 'dist', 'november-2025.pdf'))).toBe(true);
  });

  it('says so when no edition could be written', async () => {
    const r = await inFolder(work, ['build', 'finnes-ikke', 'heller-ikke']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('finnes-ikke: fant ikke mappen.');
    expect(r.err).toMatch(/deck: ingen av de 2 utgavene er skrevet\. Rett feilene over og bygg igjen\.\n$/);
  });

  it('refuses -o with more than one edition, in Norwegian and in English', async () => {
    const nb = await runCli(['build', MINI, MINI, '-o', join(work, 'x.pdf')]);
    expect(nb.code).toBe(2);
    expect(nb.err).toBe('deck: -o kan bare brukes når du bygger én utgave. Uten -o blir hver utgave skrevet til sin egen fil i dist/.\nSkriv npx deck --help for å se hva du kan skrive.\n');
    const en = await runCli(['build', MINI, MINI, '-o', join(work, 'x.pdf'), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain('deck: -o applies to one edition only; without it, each edition is written to its own file in dist/\n');
    expect(existsSync(join(work, 'x.pdf'))).toBe(false);
  });

  it('still takes only one folder for the other commands', async () => {
    const r = await runCli(['check', MINI, MINI]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`«${MINI}» er ett ord for mye i kommandoen.`);
  });
});
