/**
 * deck preview -o DIR never deletes or overwrites the editor's own files in DIR: it replaces and
 * removes only the pictures it wrote itself (its manifest, .deck-preview.json, lists them with
 * their content), and a file of its own name that it did not write stops it before it writes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionWith, runCli } from '../helpers.js';
import { shownLines } from '../refused.js';

const folder = () => mkdtempSync(join(tmpdir(), 'deck-preview-'));

describe('deck preview and the files already in its folder', () => {
  it('removes the picture of a slide deleted since, and only its own pictures', async () => {
    const dir = editionWith({ '08-ekstra.yaml': 'layout: closing\n' });
    const out = folder();
    writeFileSync(join(out, '99-bilde.png'), 'mitt eget bilde');
    writeFileSync(join(out, 'overview.txt'), 'mine notater');
    expect((await runCli(['preview', dir, '-o', out, '--width', '200'])).code).toBe(0);
    expect(existsSync(join(out, '08-ekstra.png'))).toBe(true);
    rmSync(join(dir, '08-ekstra.yaml'));
    expect((await runCli(['preview', dir, '-o', out, '--width', '200'])).code).toBe(0);
    expect(existsSync(join(out, '08-ekstra.png'))).toBe(false);
    expect(readFileSync(join(out, '99-bilde.png'), 'utf8')).toBe('mitt eget bilde');
    expect(readFileSync(join(out, 'overview.txt'), 'utf8')).toBe('mine notater');
  });

  it('refuses to write over a file by the name of a picture that it did not write, and writes nothing', async () => {
    const dir = editionWith();
    const out = folder();
    writeFileSync(join(out, '07-slutt.png'), 'et bilde redaktøren har lagt her');
    writeFileSync(join(out, 'overview.png'), 'en annen oversikt');
    const r = await runCli(['preview', dir, '-o', out, '--width', '200']);
    expect(r.code).toBe(1);
    const notOurs = 'filen er ikke laget av deck preview (eller den er endret siden), så den blir ikke erstattet. Flytt den eller gi den et annet navn, eller velg en annen mappe med -o. Ingen bilder er lagret.';
    expect(shownLines(r.err, out)).toEqual([`DIR/07-slutt.png: ${notOurs}`, `DIR/overview.png: ${notOurs}`, 'deck: fant 2 feil, så ingenting er skrevet.']);
    expect(readdirSync(out).sort()).toEqual(['07-slutt.png', 'overview.png']);
    expect(readFileSync(join(out, '07-slutt.png'), 'utf8')).toBe('et bilde redaktøren har lagt her');
  });

  it('does not replace one of its own pictures that the editor has changed since', async () => {
    const dir = editionWith();
    const out = folder();
    expect((await runCli(['preview', dir, '-o', out, '--width', '200'])).code).toBe(0);
    writeFileSync(join(out, '04-hendelser.png'), 'redigert av redaktøren');
    const r = await runCli(['preview', dir, '-o', out, '--width', '200']);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, '04-hendelser.png'), 'utf8')).toBe('redigert av redaktøren');
  });
});
