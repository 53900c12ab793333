/**
 * `deck build --html` from the one-file CLI bundle, run the way src/cli/fastStart.ts runs it (a
 * vm.Script, where import() is not available): the HTML edition is written, the same bytes as
 * from the modules.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MINI, runCli } from '../helpers.js';

const bundle = join(process.cwd(), 'node_modules', '.cache', 'deck-html-bundle', 'deck.cjs');
beforeAll(() => {
  execFileSync(process.execPath, ['esbuild.config.mjs'], { env: { ...process.env, DECK_BUNDLE_OUT: bundle }, stdio: 'ignore' });
}, 120_000);

describe('deck build --html from the CLI bundle', () => {
  it('writes the HTML edition, the same bytes as the modules write', async () => {
    const script = new Script((Module as unknown as { wrap(s: string): string }).wrap(readFileSync(bundle, 'utf8')), { filename: bundle });
    const mod = { exports: {} as { main: (argv: string[], io: object) => Promise<number> } };
    (script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
    const out = join(mkdtempSync(join(tmpdir(), 'deck-bundle-')), 'mini.pdf');
    let err = '';
    const code = await mod.exports.main(['build', MINI, '-o', out, '--html'], { out: () => {}, err: (s: string) => void (err += s) });
    expect(err).toContain(`deck: skrev ${out} og ${out.replace(/\.pdf$/, '.html')}`);
    expect(code).toBe(0);
    const again = join(mkdtempSync(join(tmpdir(), 'deck-bundle-')), 'mini.pdf');
    expect((await runCli(['build', MINI, '-o', again, '--html', '-q'])).code).toBe(0);
    expect(readFileSync(out.replace(/\.pdf$/, '.html')).equals(readFileSync(again.replace(/\.pdf$/, '.html')))).toBe(true);
  });
});
