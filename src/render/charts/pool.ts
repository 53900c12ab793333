/**
 * The chart renderer the build uses. One implementation today (in-process); the build only talks to
 * this interface, so a cache (watch mode) or another thread can stand in without touching the stages.
 *
 * Measured here: a worker thread for the charts did not shorten a build on a 2-core machine (V8's
 * own compiler and GC threads already keep the second core busy) and raised peak memory by 50 MB.
 */
import type { Chart } from '../../validate/schema.js';
import type { RenderedChart } from './index.js';

export interface ChartRenderer {
  render(chart: Chart, box: { width: number; height: number }): Promise<RenderedChart>;
  close(): Promise<void>;
}

export function startChartRenderer(): ChartRenderer {
  // Vega loads on first use: a deck without charts never pays for it.
  let mod: Promise<typeof import('./index.js')> | undefined;
  return {
    render: async (chart, box) => (await (mod ??= import('./index.js'))).renderChart(chart, box),
    close: async () => {},
  };
}
