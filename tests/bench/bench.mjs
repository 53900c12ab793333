// npm run bench [-- DIR] [--runs N]
// Builds the deck N times, each in a fresh Node process (as a user or CI runs it), and prints
// the median, min and max wall time and the peak memory (max RSS) of the build process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 10;
const dir = args[0] ?? 'content/2025-11';
const work = mkdtempSync(join(tmpdir(), 'deck-bench-'));
const rssFile = join(work, 'rss');
const out = join(work, 'deck.pdf');

// The first run after an install has no V8 code cache yet (src/cli/fastStart.ts): time it apart.
const CODE_CACHE = 'node_modules/.cache/deck/deck.cjs.v8';
const bundled = existsSync('lib/deck.cjs');
rmSync(CODE_CACHE, { force: true });
let firstRun = 0;

const times = [];
const rss = [];
for (let i = 0; i < runs + 1; i++) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', './tests/bench/maxrss.mjs', 'lib/cli/bin.js', 'build', dir, '-o', out, '-q'], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  if (i === 0) {
    firstRun = ms; // also warms the file system cache
    continue;
  }
  times.push(ms);
  rss.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
}
rmSync(work, { recursive: true, force: true });

const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
console.log(`deck build ${dir}: ${runs} runs in fresh processes`);
console.log(`  wall time  median ${median.toFixed(0)} ms  (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)})`);
console.log(`  peak memory (max RSS)  ${Math.max(...rss).toFixed(0)} MB`);
if (bundled) console.log(`  first run after install (no code cache yet)  ${firstRun.toFixed(0)} ms`);
