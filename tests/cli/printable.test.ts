/**
 * What deck prints is safe for the terminal: control characters and escape sequences that come
 * from content (a value quoted in a message, a file name, a command-line word) are shown escaped,
 * never sent raw, so a slide file cannot colour, clear or retitle the editor's terminal, or turn
 * the text of a message around.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/errors.js';
import { editionWith, runCli } from '../helpers.js';
import { shownLines } from '../refused.js';

/** Any character a terminal would act on. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('messages are safe to print', () => {
  it('shows ANSI escapes and terminal titles from values in the file as \\x1B …', async () => {
    const dir = editionWith({ '08-ny.yaml': 'layout: "\\e[31mrød\\e[0m"\ntitle: x\n"\\e]0;pwned\\a": 1\n' });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(RAW);
    expect(shownLines(r.err, dir)[0]).toBe(
      'DIR/08-ny.yaml:1:9: ukjent oppsett «\\x1B[31mrød\\x1B[0m». Oppsettene er: title, agenda, section, divider, text, text-columns, chart, text-chart, table, list-columns, contact, closing, picture.',
    );
  });

  it('shows a C1 escape (U+009B) and a right-to-left override written straight into the file', async () => {
    const dir = editionWith({ '08-ny.yaml': 'layout: text\ntitle: x\nbody:\n  - text: y\n\u009b2Jfelt\u202e: 1\n' });
    const r = await runCli(['build', dir, '-o', join(dir, 'x.pdf')]);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(RAW);
    expect(shownLines(r.err, dir)[0]).toBe('DIR/08-ny.yaml:5:1: ukjent felt «\\x9B2Jfelt\\u202E». Feltene her er: layout, title, subtitle, body, image, note.');
  });

  it('shows escapes in a file name, and in a word of the command', async () => {
    const dir = editionWith();
    writeFileSync(join(dir, 'notat\u001b]0;pwned\u0007.yaml'), 'a: 1\n');
    const check = await runCli(['check', dir]);
    expect(check.err).not.toMatch(RAW);
    expect(shownLines(check.err, dir)[0]).toMatch(/^DIR\/notat\\x1B\]0;pwned\\x07\.yaml: filen kommer ikke med i rapporten/);
    const usage = await runCli(['bui\u001b[2Jld']);
    expect(usage.code).toBe(2);
    expect(usage.err).not.toMatch(RAW);
    expect(usage.err).toContain('ukjent kommando «bui\\x1B[2Jld».');
  });

  it('keeps Norwegian letters, quotes and dashes as they are', () => {
    expect(printable('«Blåbær» – ÆØÅ, 7 120 449')).toBe('«Blåbær» – ÆØÅ, 7 120 449');
  });
});
