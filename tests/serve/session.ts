/** A `deck serve` session on a copy of the mini edition, in this process, with its builds in a queue. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../src/errors.js';
import { serve } from '../../src/serve/serve.js';
import type { WatchBuild } from '../../src/watch/watch.js';
import { editionWith } from '../helpers.js';

export interface ServeSession {
  dir: string;
  out: string;
  url: string;
  port: number;
  /** The next build (waits for it). */
  next(): Promise<WatchBuild>;
  edit(file: string, change: (text: string) => string): void;
  log(): string;
  stop(): Promise<number>;
}

export async function startServe(files: Record<string, string | null> = {}): Promise<ServeSession> {
  const dir = editionWith(files);
  const out = join(dir, 'ut', 'mini.pdf');
  const ac = new AbortController();
  const builds: WatchBuild[] = [];
  const waiting: ((b: WatchBuild) => void)[] = [];
  let log = '';
  let listening!: (url: string) => void;
  const url = new Promise<string>((r) => (listening = r));
  const done = serve({
    dir,
    out,
    port: 0,
    signal: ac.signal,
    debounceMs: 40,
    note: (s) => void (log += s),
    problem: (p) => void (log += formatProblem(p) + '\n'),
    onListening: listening,
    onBuild: (b) => {
      const w = waiting.shift();
      if (w) w(b);
      else builds.push(b);
    },
  });
  const failed = done.then((code) => {
    throw new Error(`deck serve ended early (${code}):\n${log}`);
  });
  const address = await Promise.race([url, failed]);
  failed.catch(() => {}); // once listening, ending is what stop() asks for
  return {
    dir,
    out,
    url: address,
    port: Number(new URL(address).port),
    next: () => (builds.length ? Promise.resolve(builds.shift()!) : new Promise<WatchBuild>((r) => waiting.push(r))),
    edit: (file, change) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8'))),
    log: () => log,
    stop: async () => {
      ac.abort();
      return done;
    },
  };
}
