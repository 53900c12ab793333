/**
 * Starts the CLI from the one-file bundle (lib/deck.cjs, made by esbuild.config.mjs) with V8's code
 * cache, so that a build does not re-parse and re-compile some 5 MB of JavaScript (Vega, PDFKit,
 * YAML, …) every time. The cache lives in node_modules/.cache/deck and is made by the first run;
 * V8 checks it against the bundle, its own version and its flags, and a stale one is replaced.
 * (Node 22 offers this for ES modules as `module.enableCompileCache()`; Node 20 does not.)
 *
 * Without a bundle, with a bundle older than the compiled modules (tsc run alone after an edit), or
 * with DECK_BUNDLE=0, the ES modules in lib/ are used.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type Deck = typeof import('./main.js');

const LIB = dirname(dirname(fileURLToPath(import.meta.url)));
const BUNDLE = join(LIB, 'deck.cjs');
const CACHE = join(LIB, '..', 'node_modules', '.cache', 'deck', 'deck.cjs.v8');

export async function loadMain(useCache: boolean): Promise<Deck['main']> {
  if (process.env.DECK_BUNDLE === '0' || !bundleIsCurrent()) return (await import('./main.js')).main;
  return loadBundle(useCache, useCache).main;
}

/**
 * The bundle's exports, compiled with the code cache if `readCache`; with `writeCache`, a missing or
 * stale cache is written at exit. A worker thread of `deck build DIR DIR …` (src/cli/editionWorker.ts)
 * reads the cache and leaves the writing to the main thread.
 */
export function loadBundle(readCache: boolean, writeCache: boolean): Deck {
  let cachedData: Buffer | undefined;
  if (readCache) {
    try {
      cachedData = readFileSync(CACHE);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script((Module as unknown as { wrap(s: string): string }).wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
  const mod = { exports: {} as Deck };
  (script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, createRequire(BUNDLE), mod, BUNDLE, LIB);
  if (writeCache && (!cachedData || script.cachedDataRejected)) {
    // Written at exit, so that the cache also holds the functions this run compiled.
    process.once('exit', () => {
      try {
        mkdirSync(dirname(CACHE), { recursive: true });
        writeFileSync(CACHE, script.createCachedData());
      } catch {
        // A read-only install simply runs without the cache.
      }
    });
  }
  return mod.exports;
}

function bundleIsCurrent(): boolean {
  try {
    return statSync(BUNDLE).mtimeMs >= statSync(fileURLToPath(new URL('./main.js', import.meta.url))).mtimeMs;
  } catch {
    return false;
  }
}
