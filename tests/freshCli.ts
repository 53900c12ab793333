/**
 * The CLI as `npm run prepare` makes it (the compiled modules and the one-file bundle, laid out as in
 * lib/), made from the sources under test into a folder of its own inside the project (so that it
 * finds templates/ and node_modules/), apart from lib/, which another test may be rebuilding.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Makes the CLI in node_modules/.cache/NAME and returns its bin.js. */
export function freshCli(name: string): string {
  const dir = join(ROOT, 'node_modules', '.cache', name);
  rmSync(dir, { recursive: true, force: true });
  const compiled = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dir], { cwd: ROOT, encoding: 'utf8' });
  if (compiled.status !== 0) throw new Error(`tsc failed:\n${compiled.stdout}${compiled.stderr}`);
  const bundled = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: ROOT, env: { ...process.env, DECK_BUNDLE_OUT: join(dir, 'deck.cjs') }, encoding: 'utf8' });
  if (bundled.status !== 0 || bundled.stderr !== '') throw new Error(`esbuild failed:\n${bundled.stderr}`);
  return join(dir, 'cli', 'bin.js');
}
