/**
 * deck as a separate process, for what only a process shows: signals, another user, limits on file
 * size. The CLI's sources are bundled once per test worker (esbuild, about a second) into
 * node_modules/.cache, so that the process runs the code under test, not an older lib/.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

let runner: Promise<string> | undefined;

/** The path of a script that runs `deck` with the arguments it is given. */
export function deckScript(): Promise<string> {
  runner ??= (async () => {
    const dir = resolve('node_modules', '.cache', 'deck-process-test', String(process.pid));
    mkdirSync(dir, { recursive: true });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await build({
      entryPoints: ['src/cli/main.ts'],
      outfile: join(dir, 'deck.mjs'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      logLevel: 'error',
    });
    const script = join(dir, 'run.mjs');
    writeFileSync(script, "import { main } from './deck.mjs';\nprocess.exitCode = await main(process.argv.slice(2));\n");
    return script;
  })();
  return runner;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  err: string;
}

/** Starts deck; `finished` resolves when it exits. */
export async function startDeck(args: string[], options: SpawnOptions = {}): Promise<{ child: ChildProcess; finished: Promise<Finished> }> {
  const child = spawn(process.execPath, [await deckScript(), ...args], { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const finished = new Promise<Finished>((done) => child.on('close', (code, signal) => done({ code, signal, err })));
  return { child, finished };
}
