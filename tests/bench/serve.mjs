// npm run bench:serve [-- DIR] [--runs N]
// How long `deck serve` takes from a save to the new text in the browser's page, on a copy of the
// edition (default content/2025-11), in Debian's chromium (/usr/bin/chromium or $CHROMIUM). Prints
// medians of N runs:
//
//   save → new title in the page   the file written → the edited slide's new SVG in the DOM
//   of which the build             deck watch's rebuild of that one slide (and the PDF)
//   save → a chart value           the same for a chart value (its chart drawn again)
//   first page load → all slides   the page opened → every slide shown
//
// Uses lib/ (run `npm run prepare` or `npx tsc -p tsconfig.build.json` after changing src/).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve } from '../../lib/serve/serve.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 10;
const source = args[0] ?? 'content/2025-11';
const work = mkdtempSync(join(tmpdir(), 'deck-bench-serve-'));
const dir = join(work, 'edition');
cpSync(source, dir, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`.padStart(8);

const ac = new AbortController();
let resolveBuild;
let listening;
const url = new Promise((r) => (listening = r));
const serving = serve({
  dir,
  out: join(work, 'deck.pdf'),
  port: 0,
  signal: ac.signal,
  note: () => {},
  problem: () => {},
  onListening: listening,
  onBuild: (b) => {
    if (!b.ok) {
      console.error('deck serve: a build failed', b.problems);
      process.exit(1);
    }
    resolveBuild?.(b);
  },
});
const nextBuild = () => new Promise((r) => (resolveBuild = r));
const first = await nextBuild();

const profile = mkdtempSync(join(tmpdir(), 'deck-bench-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`],
});
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 800 });
const allShown = `document.querySelectorAll('figure.lysbilde[data-hash] svg').length === ${first.pages}`;
const loads = [];
for (let i = 0; i < Math.min(runs, 5); i++) {
  const start = performance.now();
  await page.goto(await url, { waitUntil: 'load' });
  await page.waitForFunction(allShown, { polling: 'mutation', timeout: 60_000 });
  loads.push(performance.now() - start);
}

async function edits(file, slide, change, expected) {
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  const toPage = [];
  const builds = [];
  for (let i = 0; i < runs; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const want = expected(i);
    const shown = page.waitForFunction((n, text) => document.querySelector(`#lysbilde-${n} .flate svg`)?.textContent?.includes(text), { polling: 'mutation', timeout: 60_000 }, slide, want);
    const built = nextBuild();
    const start = performance.now();
    writeFileSync(path, change(original, i));
    builds.push((await built).ms);
    await shown;
    toPage.push(performance.now() - start);
  }
  writeFileSync(path, original);
  await nextBuild();
  return { page: median(toPage), build: median(builds), worst: Math.max(...toPage) };
}

const title = await edits('05-melde-inn-hendelser.yaml', 5, (t, i) => t.replace('title: Hvordan melde inn hendelser', `title: Hvordan melde inn hendelser ${i + 1}`), (i) => `Hvordan melde inn hendelser ${i + 1}`);
const chart = await edits('09-meldingstjeneste.yaml', 9, (t, i) => t.replace('jan: 7120449', `jan: ${7120450 + i}`), (i) => `7 120 ${450 + i}`.replace(/ /g, '\u00a0'));

await browser.close();
rmSync(profile, { recursive: true, force: true });
ac.abort();
await serving;
rmSync(work, { recursive: true, force: true });

console.log(`deck serve on ${source} (${first.pages} slides); medians of ${runs} runs`);
console.log(`  ${'save → new title in the page'.padEnd(34)}${ms(title.page)}   (slowest ${ms(title.worst).trim()}; the build ${ms(title.build).trim()})`);
console.log(`  ${'save → new chart value in the page'.padEnd(34)}${ms(chart.page)}   (slowest ${ms(chart.worst).trim()}; the build ${ms(chart.build).trim()})`);
console.log(`  ${'page opened → all slides shown'.padEnd(34)}${ms(median(loads))}`);
