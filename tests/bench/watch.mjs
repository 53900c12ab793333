// npm run bench:watch [-- DIR] [--runs N]
// How fast `deck watch` rebuilds after a one-slide edit, against a full build. Works on a copy of
// the edition (default content/2025-11) in a temp folder and prints medians of N runs:
//
//   full build, fresh process        what `npm run build` costs (Node start, module loading, everything)
//   full build, warm process         build() again in a process that has built once, without the cache
//   watch: one text slide edited     save → new PDF in place (or the check done, when it stays the same), and the build's own time
//   watch: one chart value edited    the same, with that chart drawn again
//   watch: a comment edited          nothing laid out or drawn: the floor (load, check, write the PDF)
//
// Uses lib/ (run `npm run prepare` or `npx tsc -p tsconfig.build.json` after changing src/).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../lib/build.js';
import { DEBOUNCE_MS, watch } from '../../lib/watch/watch.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 10;
const source = args[0] ?? 'content/2025-11';
const work = mkdtempSync(join(tmpdir(), 'deck-bench-watch-'));
const dir = join(work, 'edition');
cpSync(source, dir, { recursive: true });
const out = join(work, 'deck.pdf');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`.padStart(8);

// 1. Full builds in fresh processes.
const fresh = [];
for (let i = 0; i <= runs; i++) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['lib/cli/bin.js', 'build', dir, '-o', out, '-q'], { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  if (i > 0) fresh.push(Number(process.hrtime.bigint() - start) / 1e6); // the first run warms the file cache
}

// 2. Watch: the first build, then edits.
const ac = new AbortController();
let resolveBuild;
let slides = 0;
let charts = 0;
const watching = watch({
  dir,
  out,
  signal: ac.signal,
  note: () => {},
  problem: () => {},
  onBuild: (b) => {
    if (!b.ok) {
      console.error('deck watch: a build failed', b.problems);
      process.exit(1);
    }
    resolveBuild?.(b);
  },
});
const nextBuild = () => new Promise((r) => (resolveBuild = r));
const first = await nextBuild();
slides = first.pages;
charts = first.stats.chartsDrawn;

async function edits(file, change) {
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  const saveToPdf = [];
  const buildMs = [];
  let stats;
  for (let i = 0; i < runs; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const built = nextBuild();
    const start = performance.now();
    writeFileSync(path, change(original, i));
    const b = await built;
    saveToPdf.push(performance.now() - start);
    buildMs.push(b.ms);
    stats = b.stats;
  }
  writeFileSync(path, original);
  await nextBuild();
  return { save: median(saveToPdf), build: median(buildMs), stats };
}

const text = await edits('06-planlagte-endringer.yaml', (t, i) => t.replace('Endringer gjøres løpende', `Endringer gjøres løpende (${i + 1})`));
const chart = await edits('09-meldingstjeneste.yaml', (t, i) => t.replace('jan: 7120449', `jan: ${7120449 + i + 1}`));
const comment = await edits('06-planlagte-endringer.yaml', (t, i) => `${t}# kommentar ${i + 1}\n`);
ac.abort();
await watching;

// 3. Full builds in this (now warm) process, without the cache.
const warm = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  await build({ dir, out });
  warm.push(performance.now() - start);
}
rmSync(work, { recursive: true, force: true });

const freshMs = median(fresh);
const share = (x) => `1/${Math.round(freshMs / x)}`.padStart(5);
const row = (label, r) =>
  `  ${label.padEnd(36)}${ms(r.build)} ${share(r.build)}   save → done ${ms(r.save).trim()} (${share(r.save).trim()}, with ${DEBOUNCE_MS} ms of quiet time)`;
const rowStats = (r) =>
  `        ${r.stats.slidesLaidOut} slide laid out, ${r.stats.chartsDrawn} chart and ${r.stats.pagesDrawn} pages drawn; ${r.stats.slidesFromCache} slides, ${r.stats.chartsFromCache} charts and ${r.stats.pagesReused} pages from the cache`;
console.log(`deck watch on ${source} (${slides} slides, ${charts} charts); medians of ${runs} runs; build time, its share of a fresh build`);
console.log(`  ${'full build, fresh process'.padEnd(36)}${ms(freshMs)}   (npm run build)`);
console.log(`  ${'full build, warm process, no cache'.padEnd(36)}${ms(median(warm))} ${share(median(warm))}`);
for (const [label, r] of [['watch: one text slide edited', text], ['watch: one chart value edited', chart], ['watch: a comment edited', comment]]) {
  console.log(row(label, r));
  console.log(rowStats(r));
}
