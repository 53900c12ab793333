/**
 * Where the PDF may go: never over a file of the edition or any other file that is not a PDF,
 * never onto a folder or a device; missing folders are made; every problem is one message in the
 * editor's language (exit 1), with the previous file as it was and no temporary file left.
 */
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/output/writeFile.js';
import { editionWith, runCli } from '../helpers.js';
import { shownLines } from '../refused.js';

const NOTHING = 'deck: fant 1 feil, så ingenting er skrevet.';

/** Builds the mini edition to `out`; returns the lines printed, with «DIR» for the edition and «OUT» for `base`. */
async function buildTo(dir: string, out: string, base = dir) {
  const r = await runCli(['build', dir, '-o', out]);
  return { code: r.code, lines: shownLines(r.err, base).map((l) => (base === dir ? l : l.replaceAll('DIR', 'OUT'))) };
}

const noTemporaryFiles = (folder: string) => expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);

describe('an output path that is a file of the edition', () => {
  it('a slide file, deck.yaml, the logo: refused, and the file is left as it was', async () => {
    const dir = editionWith({ 'deck.yaml': `${readFileSync('tests/fixtures/mini/deck.yaml', 'utf8')}logo: logo.png\n` });
    copyFileSync('tests/fixtures/pictures/logo.png', join(dir, 'logo.png'));
    for (const name of ['04-hendelser.yaml', 'deck.yaml', 'logo.png']) {
      const before = readFileSync(join(dir, name));
      const r = await buildTo(dir, join(dir, name));
      expect(r.code).toBe(1);
      expect(r.lines).toEqual([`DIR/${name}: dette er en av filene i utgaven, og den ville blitt erstattet av PDF-en. Lagre PDF-en et annet sted, for eksempel i dist/.`, NOTHING]);
      expect(readFileSync(join(dir, name)).equals(before)).toBe(true);
      noTemporaryFiles(dir);
    }
  });

  it('a new name in the edition folder that would be read as content next time', async () => {
    const dir = editionWith();
    const r = await buildTo(dir, join(dir, '08-rapport.yaml'));
    expect(r.lines).toEqual([
      'DIR/08-rapport.yaml: PDF-en ville fått et navn som en fil i utgaven, og blitt lest som innhold neste gang. Gi den et navn som slutter på .pdf, helst utenfor utgavemappen, for eksempel dist/rapport.pdf.',
      NOTHING,
    ]);
    expect(existsSync(join(dir, '08-rapport.yaml'))).toBe(false);
  });
});

describe('an output path that cannot be a PDF file', () => {
  it('a folder, with or without a slash at the end', async () => {
    const dir = editionWith();
    const out = mkdtempSync(join(tmpdir(), 'deck-ut-'));
    for (const path of [out, `${out}/`]) {
      const r = await buildTo(dir, path, out);
      expect(r.code).toBe(1);
      expect(r.lines).toEqual([`${path === out ? 'OUT' : 'OUT/'}: dette er en mappe. Skriv navnet på PDF-filen, for eksempel OUT/rapport.pdf.`, NOTHING]);
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('a device: /dev/null stays a device', async () => {
    const r = await buildTo(editionWith(), '/dev/null');
    expect(r.lines).toEqual(['/dev/null: dette er ikke en vanlig fil, men en enhet (for eksempel /dev/zero). Velg et filnavn for PDF-en, for eksempel dist/rapport.pdf.', NOTHING]);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a file that is not a PDF', async () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-ut-'));
    writeFileSync(join(out, 'notater.txt'), 'Mine notater');
    const r = await buildTo(editionWith(), join(out, 'notater.txt'), out);
    expect(r.lines).toEqual(['OUT/notater.txt: filen finnes allerede, og den er ikke en PDF. deck erstatter bare PDF-filer. Velg et annet filnavn for PDF-en.', NOTHING]);
    expect(readFileSync(join(out, 'notater.txt'), 'utf8')).toBe('Mine notater');
  });

  it('a folder that is a file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-ut-'));
    writeFileSync(join(out, 'rapport'), 'en fil');
    const r = await buildTo(editionWith(), join(out, 'rapport', 'mappe', 'x.pdf'), out);
    expect(r.lines).toEqual(['OUT/rapport/mappe/x.pdf: «OUT/rapport» er en fil, ikke en mappe, så PDF-en kan ikke lagres der. Velg en annen mappe.', NOTHING]);
    expect(readFileSync(join(out, 'rapport'), 'utf8')).toBe('en fil');
  });

  it('-o with an empty name is a usage error', async () => {
    const r = await runCli(['build', editionWith(), '-o', '']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('deck: -o må ha et filnavn etter seg, for eksempel -o dist/rapport.pdf.\nSkriv npx deck --help for å se hva du kan skrive.\n');
  });
});

describe('writing the PDF', () => {
  it('makes the folders that are missing, and replaces the PDF it wrote before', async () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-ut-'));
    const file = join(out, 'a', 'b', 'rapport.pdf');
    expect((await buildTo(editionWith(), file)).code).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await buildTo(editionWith(), file)).code).toBe(0);
    expect(readdirSync(join(out, 'a', 'b'))).toEqual(['rapport.pdf']);
  });

  it('in a folder that may not be written: one message, the previous PDF as it was', () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-ut-'));
    const file = join(out, 'rapport.pdf');
    writeFileSync(file, '%PDF-1.7 forrige');
    chmodSync(out, 0o555);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) process.seteuid!(65534); // root may write anywhere
    try {
      expect(() => writeOutputFile(file, Buffer.from('%PDF-1.7 ny'))).toThrow(
        /rapport\.pdf: PDF-en kan ikke lagres her, fordi mappen er skrivebeskyttet eller du ikke har tilgang til den\. Lagre den i en annen mappe\. Den forrige PDF-en er som før\.$/,
      );
    } finally {
      if (asRoot) process.seteuid!(0);
    }
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 forrige');
    noTemporaryFiles(out);
  });

  it('removes the temporary files that killed builds left, and only those', () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-ut-'));
    const file = join(out, 'rapport.pdf');
    const dead = 2 ** 22 + 12345; // above Linux's highest process number: no process has it
    const stale = `.rapport.pdf.${dead}.1.tmp`;
    const running = `.rapport.pdf.${process.ppid}.1.tmp`; // another deck, still writing
    for (const name of [stale, running, '.annen.pdf.99999999.1.tmp', 'rapport.pdf.tmp']) writeFileSync(join(out, name), 'x');
    mkdirSync(join(out, 'arkiv'));
    writeOutputFile(file, Buffer.from('%PDF-1.7'));
    expect(readdirSync(out).sort()).toEqual([running, '.annen.pdf.99999999.1.tmp', 'arkiv', 'rapport.pdf', 'rapport.pdf.tmp'].sort());
  });
});

describe('the HTML edition beside the PDF (deck build --html)', () => {
  it('never replaces a file there that is not a web page, and then writes neither file', async () => {
    const dir = editionWith();
    const out = mkdtempSync(join(tmpdir(), 'deck-ut-'));
    const pdf = join(out, 'rapport.pdf');
    writeFileSync(pdf, '%PDF-1.7 forrige');
    writeFileSync(join(out, 'rapport.html'), 'mine notater\n');
    const r = await runCli(['build', dir, '-o', pdf, '--html']);
    expect(r.code).toBe(1);
    expect(shownLines(r.err, out).map((l) => l.replaceAll('DIR', 'OUT'))).toEqual([
      'OUT/rapport.html: filen finnes allerede, og den er ikke en nettside. deck erstatter bare sine egne HTML-filer. Flytt filen, eller velg et annet filnavn for PDF-en med -o (HTML-utgaven får samme navn, med .html).',
      NOTHING,
    ]);
    expect(readFileSync(join(out, 'rapport.html'), 'utf8')).toBe('mine notater\n');
    expect(readFileSync(pdf, 'utf8')).toBe('%PDF-1.7 forrige');
    noTemporaryFiles(out);
  });

  it('replaces its own HTML edition from an earlier build', async () => {
    const dir = editionWith();
    const out = mkdtempSync(join(tmpdir(), 'deck-ut-'));
    const pdf = join(out, 'rapport.pdf');
    expect((await runCli(['build', dir, '-o', pdf, '--html'])).code).toBe(0);
    writeFileSync(join(dir, '04-hendelser.yaml'), readFileSync(join(dir, '04-hendelser.yaml'), 'utf8').replace(/^title: .*$/m, 'title: Ny tittel'));
    expect((await runCli(['build', dir, '-o', pdf, '--html'])).code).toBe(0);
    expect(readFileSync(join(out, 'rapport.html'), 'utf8')).toContain('Ny tittel');
    noTemporaryFiles(out);
  });
});
