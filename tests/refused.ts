/**
 * What every refused input must leave behind, for `deck check` and `deck build` alike: exit 1, the
 * exact problem lines (file:line:col and the Norwegian message), no stack trace, nothing from
 * outside the edition in what is printed, the previous PDF byte for byte and no temporary file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { runCli } from './helpers.js';

/** Text of files outside the editions used in these tests, which must never show up. */
export const SECRET = 'HEMMELIG-7f3a';

/** A previous PDF at the output path (its bytes only have to be recognised afterwards). */
export function previousPdf(): { out: string; bytes: Buffer } {
  const folder = mkdtempSync(join(tmpdir(), 'deck-dist-'));
  const out = join(folder, 'forrige.pdf');
  const bytes = Buffer.from(`%PDF-1.7\n% den forrige utgaven ${Date.now()}\n%%EOF\n`);
  writeFileSync(out, bytes);
  return { out, bytes };
}

/** The lines printed, with the edition folder written as «DIR». */
export function shownLines(text: string, dir: string): string[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replaceAll(relative(process.cwd(), dir), 'DIR').replaceAll(dir, 'DIR'));
}

/**
 * Runs check and build on `dir` and asserts that both refuse it with exactly `problems` (lines as
 * printed, the folder as «DIR»), and that the build left the previous PDF and no temporary file.
 */
export async function expectRefused(dir: string, problems: string[], extraArgs: string[] = []): Promise<void> {
  const check = await runCli(['check', dir, ...extraArgs]);
  const { out, bytes } = previousPdf();
  const build = await runCli(['build', dir, '-o', out, ...extraArgs]);
  for (const r of [check, build]) {
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/\n\s+at |node:internal|Error:/);
    expect(r.err + r.out).not.toContain(SECRET);
    expect(r.err + r.out).not.toContain('root:x:0:0');
  }
  const printed = (s: string) => shownLines(s, dir).filter((l) => !l.startsWith('deck: ') && !l.includes(': advarsel: '));
  expect(printed(check.err)).toEqual(problems);
  // build stops at the first stage that fails and names its problems in the order it found them.
  expect(printed(build.err).sort()).toEqual([...problems].sort());
  expect(readFileSync(out).equals(bytes)).toBe(true);
  expect(readdirSync(join(out, '..'))).toEqual(['forrige.pdf']);
}
