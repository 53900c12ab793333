// The comparison with Marp CLI (npm run bench -- --marp PATH-TO-MARP): a browser-based tool on an
// equivalent deck (tests/bench/marp-deck.mjs writes it: the same 40 slides, their text, every chart
// as the SVG picture our renderer makes). Marp is not a dependency of this project: install it
// anywhere (see README.md, «Speed») and give the path of its `marp` command. Runs alternate with
// fresh deck builds so that both see the same load, and the ratio is the median of per-run ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function compareWithMarp({ marp, dir, runs, work, deckBuild, median }) {
  const deckDir = join(work, 'marp');
  const made = spawnSync(process.execPath, [resolve('tests/bench/marp-deck.mjs'), dir, deckDir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`marp-deck.mjs failed:\n${made.stderr}`);
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const marpOnce = () => {
    const out = join(deckDir, 'deck.pdf');
    const start = process.hrtime.bigint();
    const r = spawnSync(resolve(marp), ['--no-stdin', '--pdf', '--allow-local-files', '--browser', 'chrome', 'deck.md', '-o', out], {
      cwd: deckDir,
      env: { ...process.env, CHROME_PATH: chrome },
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0 || !existsSync(out)) throw new Error(`marp failed:\n${r.stderr}`);
    return { ms, size: statSync(out).size };
  };
  marpOnce(); // Chromium's first start reads its files from disk: not timed
  const deckRuns = [];
  const marpRuns = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      marpRuns.push(marpOnce());
      deckRuns.push(deckBuild());
    } else {
      deckRuns.push(deckBuild());
      marpRuns.push(marpOnce());
    }
  }
  const ratio = median(marpRuns.map((m, i) => m.ms / deckRuns[i].ms));
  console.log(`Marp CLI (${marp}) on the equivalent deck (${made.stdout.trim().split(': ')[1]}), ${runs} runs interleaved with fresh deck builds`);
  console.log(`  Marp CLI    wall time median ${median(marpRuns.map((r) => r.ms)).toFixed(0)} ms  (min ${Math.min(...marpRuns.map((r) => r.ms)).toFixed(0)}, max ${Math.max(...marpRuns.map((r) => r.ms)).toFixed(0)}), PDF ${(marpRuns[0].size / 1024).toFixed(0)} KiB`);
  console.log(`  deck build  wall time median ${median(deckRuns.map((r) => r.ms)).toFixed(0)} ms  (min ${Math.min(...deckRuns.map((r) => r.ms)).toFixed(0)}, max ${Math.max(...deckRuns.map((r) => r.ms)).toFixed(0)})`);
  console.log(`  Marp CLI / deck build: wall time ×${ratio.toFixed(2)} (median of per-run ratios)`);
}
