// npm run bench [-- DIR] [--runs N] [--against CHECKOUT] [--editions N] [--edition-runs N] [--marp MARP]
// Builds the deck N times, each in a fresh Node process (as a user or CI runs it), and prints
// the median, min and max wall time, the CPU time and the peak memory (max RSS) of the build
// process, and the size of the PDF. With --against, runs alternate with the CLI of another checkout
// (npm ci'd, e.g. main's) so that both see the same load on a shared machine, and the ratios are printed.
//
// Then many editions (default 12, --editions 0 to skip): copies of DIR, one for each month of the
// year up to DIR's month, built by one process (deck build A B …) and by one process each, one
// after the other, alternating; prints the medians of both and of the per-run ratios.
//
// With --marp (the path of a Marp CLI's `marp` command; Marp is not a dependency), also builds an
// equivalent Marp deck alternately with fresh deck builds: tests/bench/marp.mjs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const runs = Number(option('--runs') ?? 10);
const against = option('--against');
const editions = Number(option('--editions') ?? 12);
const editionRuns = Number(option('--edition-runs') ?? 3);
const marp = option('--marp');
const dir = resolve(args[0] ?? 'content/2025-11');
const work = mkdtempSync(join(tmpdir(), 'deck-bench-'));
const rssFile = join(work, 'rss');
const maxrss = resolve('tests/bench/maxrss.mjs');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** `deck build …args -q` in a fresh process of the CLI of `checkout`: wall time, CPU time, peak memory. */
function deck(checkout, args, cwd = checkout) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', maxrss, join(checkout, 'lib/cli/bin.js'), 'build', ...args, '-q'], {
    cwd,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
  return { ms, cpu: usage.cpuMs, rss: usage.maxRSS / 1024 };
}

/** One fresh-process build with the CLI of `checkout`: wall time, CPU time, peak memory, PDF size. */
function buildOnce(checkout, out) {
  return { ...deck(checkout, [dir, '-o', out]), size: statSync(out).size };
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

if (marp) {
  const { compareWithMarp } = await import('./marp.mjs');
  compareWithMarp({ marp, dir, runs, work, median, deckBuild: () => buildOnce(checkouts[0], join(work, 'deck-marp.pdf')) });
}

if (editions > 1) {
  // Copies of DIR for the months up to its own, so that each has its own default output.
  const [year, month] = /^month:\s*"?(\d{4})-(\d{2})/m.exec(readFileSync(join(dir, 'deck.yaml'), 'utf8')).slice(1).map(Number);
  const root = join(work, 'editions');
  const names = [];
  for (let i = editions - 1; i >= 0; i--) {
    const t = year * 12 + month - 1 - i;
    const name = `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
    cpSync(dir, join(root, name), { recursive: true });
    const deckFile = join(root, name, 'deck.yaml');
    writeFileSync(deckFile, readFileSync(deckFile, 'utf8').replace(/^month:.*$/m, `month: "${name}"`));
    names.push(name);
  }
  mkdirSync(join(root, 'dist'), { recursive: true });
  const self = resolve('.');
  const one = [];
  const separate = [];
  for (let i = 0; i < editionRuns; i++) {
    const oneRun = () => one.push(deck(self, names, root));
    const separateRun = () => {
      const rs = names.map((n) => deck(self, [n], root));
      separate.push({ ms: rs.reduce((a, r) => a + r.ms, 0), cpu: rs.reduce((a, r) => a + r.cpu, 0), rss: Math.max(...rs.map((r) => r.rss)) });
    };
    if (i % 2) {
      separateRun();
      oneRun();
    } else {
      oneRun();
      separateRun();
    }
  }
  const ratio = (key) => median(one.map((r, i) => r[key] / separate[i][key])).toFixed(2);
  console.log(`deck build with ${editions} editions (copies of ${args[0] ?? 'content/2025-11'} for ${names[0]} … ${names.at(-1)}): ${editionRuns} runs, alternating`);
  console.log(`  one process      wall time median ${median(one.map((r) => r.ms)).toFixed(0)} ms, CPU time ${median(one.map((r) => r.cpu)).toFixed(0)} ms, peak memory ${Math.max(...one.map((r) => r.rss)).toFixed(0)} MiB`);
  console.log(`  ${editions} processes    wall time median ${median(separate.map((r) => r.ms)).toFixed(0)} ms, CPU time ${median(separate.map((r) => r.cpu)).toFixed(0)} ms (one after the other)`);
  console.log(`  one process / ${editions} processes: wall time ×${ratio('ms')}, CPU time ×${ratio('cpu')} (medians of per-run ratios)`);
}
rmSync(work, { recursive: true, force: true });
