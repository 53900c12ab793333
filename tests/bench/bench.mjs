// npm run bench [-- DIR] [--runs N] [--against CHECKOUT]
// Builds the deck N times, each in a fresh Node process (as a user or CI runs it), and prints
// the median, min and max wall time, the CPU time and the peak memory (max RSS) of the build
// process, and the size of the PDF. With --against, runs alternate with the CLI of another checkout (npm ci'd, e.g.
// main's) so that both see the same load on a shared machine, and the ratios are printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const runs = Number(option('--runs') ?? 10);
const against = option('--against');
const dir = resolve(args[0] ?? 'content/2025-11');
const work = mkdtempSync(join(tmpdir(), 'deck-bench-'));
const rssFile = join(work, 'rss');
const maxrss = resolve('tests/bench/maxrss.mjs');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One fresh-process build with the CLI of `checkout`: wall time, peak memory, PDF size. */
function buildOnce(checkout, out) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', maxrss, join(checkout, 'lib/cli/bin.js'), 'build', dir, '-o', out, '-q'], {
    cwd: checkout,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
  return { ms, cpu: usage.cpuMs, rss: usage.maxRSS / 1024, size: statSync(out).size };
}

const checkouts = [resolve('.'), ...(against ? [resolve(against)] : [])];
const results = checkouts.map(() => []);
// The first run after an install has no V8 code cache yet (src/cli/fastStart.ts): time it apart.
const firstRuns = checkouts.map((c) => {
  rmSync(join(c, 'node_modules/.cache/deck/deck.cjs.v8'), { force: true });
  return existsSync(join(c, 'lib/deck.cjs')) ? buildOnce(c, join(work, 'first.pdf')).ms : undefined; // also warms the file cache
});
for (let i = 0; i < runs; i++) {
  // Alternate which goes first, so that neither always follows the other.
  const order = i % 2 ? [...checkouts.keys()].reverse() : [...checkouts.keys()];
  for (const k of order) results[k].push(buildOnce(checkouts[k], join(work, `deck-${k}.pdf`)));
}
rmSync(work, { recursive: true, force: true });

const summary = (rs) => ({ ms: median(rs.map((r) => r.ms)), cpu: median(rs.map((r) => r.cpu)), min: Math.min(...rs.map((r) => r.ms)), max: Math.max(...rs.map((r) => r.ms)), rss: Math.max(...rs.map((r) => r.rss)), size: rs[0].size });
const s = results.map(summary);
console.log(`deck build ${args[0] ?? 'content/2025-11'}: ${runs} runs in fresh processes${against ? `, interleaved with ${against}` : ''}`);
checkouts.forEach((c, k) => {
  console.log(`  ${k === 0 ? 'this checkout' : c}`);
  console.log(`    wall time  median ${s[k].ms.toFixed(0)} ms  (min ${s[k].min.toFixed(0)}, max ${s[k].max.toFixed(0)})`);
  console.log(`    CPU time   median ${s[k].cpu.toFixed(0)} ms`);
  console.log(`    peak memory (max RSS)  ${s[k].rss.toFixed(0)} MiB`);
  console.log(`    PDF  ${(s[k].size / 1024).toFixed(0)} KiB`);
  if (firstRuns[k] !== undefined) console.log(`    first run after install (no code cache yet)  ${firstRuns[k].toFixed(0)} ms`);
});
if (against) {
  const ratio = (key) => median(results[0].map((r, i) => r[key] / results[1][i][key])).toFixed(2);
  console.log(`  this checkout / ${against}: wall time ×${ratio('ms')}, CPU time ×${ratio('cpu')} (medians of per-run ratios), peak memory ×${(s[0].rss / s[1].rss).toFixed(2)}, PDF ×${(s[0].size / s[1].size).toFixed(2)}`);
}
