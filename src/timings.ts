/**
 * `DECK_TIMINGS=1 deck build …`: where a run's time goes, printed to stderr when the process ends.
 * Off by default, and then each timed() is one function call.
 *
 * Synchronous stages are timed exactly (the time spent inside them, summed over editions and slides).
 * The charts are not all synchronous: Vega runs each chart's dataflow in steps, interleaved with the
 * other charts and with the drawing of finished pages. So the wait for charts and pages is timed as
 * a whole, and what is left of it after the timed parts inside it is shown as «dataflow and SVG».
 * Garbage collection happens inside the stages; its total is shown apart.
 */

// performance and PerformanceObserver are Node's globals: importing node:perf_hooks would cost every run.
const nodeTiming = () => (performance as unknown as { nodeTiming: { bootstrapComplete: number } }).nodeTiming;

export const TIMINGS_ON = process.env.DECK_TIMINGS === '1';

/** Stage → milliseconds, in the order the stages were first seen. */
const spent = new Map<string, number>();
let startedAt: number | undefined;
let gcMs = 0;

function add(stage: string, ms: number): void {
  spent.set(stage, (spent.get(stage) ?? 0) + ms);
}

/** Runs `fn`, adding the time spent inside it to `stage`. */
export function timed<T>(stage: string, fn: () => T): T {
  if (!TIMINGS_ON) return fn();
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    add(stage, performance.now() - t0);
  }
}

/** Runs `fn` and awaits its promise, adding the wall time until it settles to `stage`. */
export async function waited<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  if (!TIMINGS_ON) return fn();
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    add(stage, performance.now() - t0);
  }
}

/** Called when the first edition starts: what came before is Node's start and the loading of the modules. */
export function timingsBegin(): void {
  if (!TIMINGS_ON || startedAt !== undefined) return;
  startedAt = performance.now();
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  process.once('exit', () => {
    gc.disconnect();
    process.stderr.write(timingsReport(performance.now()));
  });
}

/**
 * The table: Node's own start, loading our modules, then every stage, and the rest (argument
 * parsing, messages, what runs after the last stage until exit). Stages whose name starts with two
 * spaces are parts of the stage above and are not counted again.
 */
function timingsReport(total: number): string {
  const node = nodeTiming().bootstrapComplete;
  const rows: [string, number][] = [
    ['Node start', node],
    ['loading modules', (startedAt ?? total) - node],
  ];
  for (const [stage, ms] of spent) rows.push([stage, ms]);
  const inside = (outer: string, parts: string[]) => {
    const i = rows.findIndex(([s]) => s === outer);
    if (i < 0) return;
    const rest = rows[i]![1] - parts.reduce((sum, p) => sum + (spent.get(p) ?? 0), 0);
    rows[i] = [`${outer}: the rest (Vega dataflow, SVG, …)`, Math.max(0, rest)];
  };
  inside('charts and pages', ['vega-lite compile', 'vega parse', 'vega parsed shape copied', 'vega view', 'draw pages']);
  const counted = rows.reduce((sum, [s, ms]) => (s.startsWith('  ') ? sum : sum + ms), 0);
  rows.push(['other (arguments, exit, …)', Math.max(0, total - counted)]);
  const width = Math.max(...rows.map(([s]) => s.length));
  const line = ([s, ms]: [string, number]) => `  ${s.padEnd(width)}  ${ms.toFixed(1).padStart(7)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)} %\n`;
  return `deck timings (DECK_TIMINGS=1), wall time ${total.toFixed(0)} ms:\n${rows.map(line).join('')}  of all this, garbage collection ${gcMs.toFixed(1)} ms\n`;
}
