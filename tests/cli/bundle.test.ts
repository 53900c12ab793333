/**
 * The one-file CLI (esbuild.config.mjs), which a user's `npx deck` runs, writes the PDF that the
 * compiled modules write, byte for byte: the parts of PDFKit it leaves out, the precompiled templates
 * and the commands it loads only when asked for change nothing in the output. And DECK_TIMINGS=1
 * tells a developer where a build's time went.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCli, ROOT } from '../freshCli.js';

let bin: string;
const work = mkdtempSync(join(tmpdir(), 'deck-bundle-'));

function deck(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
}

beforeAll(() => {
  bin = freshCli('deck-bundle-test');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the one-file CLI', () => {
  it('writes the November PDF byte for byte as the modules do', () => {
    const bundled = deck(['build', 'content/2025-11', '-o', join(work, 'bundled.pdf'), '-q']);
    expect(bundled.stderr).toBe('');
    const modules = deck(['build', 'content/2025-11', '-o', join(work, 'modules.pdf'), '-q'], { DECK_BUNDLE: '0' });
    expect(modules.stderr).toBe('');
    const pdf = readFileSync(join(work, 'bundled.pdf'));
    expect(pdf.length).toBeGreaterThan(100_000);
    expect(pdf.equals(readFileSync(join(work, 'modules.pdf')))).toBe(true);
  });

  it('says stage by stage where a build\'s time went with DECK_TIMINGS=1, and nothing more without it', () => {
    const r = deck(['build', 'tests/fixtures/mini', '-o', join(work, 'mini.pdf'), '-q'], { DECK_TIMINGS: '1' });
    expect(r.status).toBe(0);
    const stages = [...r.stderr.matchAll(/^ {2}(\S.*?)\s+[\d.]+ ms\s+[\d.]+ %$/gm)].map((m) => m[1]);
    expect(stages).toEqual([
      'Node start',
      'loading modules',
      'load and validate',
      'layout',
      'draw pages',
      'vega-lite compile',
      'vega parse',
      'vega parsed shape copied',
      'vega view',
      'charts and pages: the rest (Vega dataflow, SVG, …)',
      'write PDF',
      'write file',
      'other (arguments, exit, …)',
    ]);
    expect(r.stderr).toMatch(/^deck timings \(DECK_TIMINGS=1\), wall time \d+ ms:\n/);
    expect(deck(['build', 'tests/fixtures/mini', '-o', join(work, 'mini.pdf'), '-q']).stderr).toBe('');
  });
});
