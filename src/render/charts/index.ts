/**
 * The chart renderer: chart content (validate/schema.ts) → one SVG `<g>` that fits a box.
 *
 *   chart ─<kind>.ts→ template values ─template.ts→ Vega-Lite spec ─vega.ts→ <g> markup
 *
 * The markup is drawn with its origin at 0,0, in points, within box.width × box.height; the caller
 * wraps it in `<g transform="translate(x,y)">` inside the slide's SVG.
 */
import type { Chart } from '../../validate/schema.js';
import { categoriesSpec } from './categories.js';
import { monthlySpec } from './monthly.js';
import type { ChartSpec, PaletteEntry } from './types.js';
import { uptimeSpec } from './uptime.js';
import { renderTemplate } from './vega.js';

export { NO_DATA_TEXT } from './monthly.js';
export type { PaletteEntry } from './types.js';

export interface RenderedChart {
  /** Markup of one `<g>` element (no outer `<svg>`), origin 0,0, 1 unit = 1 pt. */
  svg: string;
  width: number;
  height: number;
  /** True when the chart has no values at all; the svg then shows an empty, marked plot. */
  noData: boolean;
  /** Series label → colour, in legend order (oldest year first), for the data table's colour key. */
  palette: PaletteEntry[];
}

export interface RenderedChartWithWarnings extends RenderedChart {
  warnings: string[];
  /** Where Vega's layout put everything (for tests: inside 0,0 – width,height). */
  bounds: { x1: number; y1: number; x2: number; y2: number };
}

export function chartSpec(chart: Chart, box: { width: number; height: number }): ChartSpec {
  switch (chart.kind) {
    case 'monthly':
      return monthlySpec(chart, box);
    case 'categories':
      return categoriesSpec(chart, box);
    case 'uptime':
      return uptimeSpec(chart, box);
  }
}

/** Like renderChart, with the warnings Vega-Lite and Vega gave (none for a well-made chart). */
export async function renderChartWithWarnings(chart: Chart, box: { width: number; height: number }): Promise<RenderedChartWithWarnings> {
  if (!(box.width > 0 && box.height > 0)) throw new Error(`chart box must have a positive size, got ${box.width}×${box.height}`);
  const spec = chartSpec(chart, box);
  const out = await renderTemplate(spec.kind, spec.vars);
  return {
    svg: out.svg,
    width: out.width,
    height: out.height,
    noData: spec.noData,
    palette: spec.palette,
    warnings: out.warnings,
    bounds: out.bounds,
  };
}

export async function renderChart(chart: Chart, box: { width: number; height: number }): Promise<RenderedChart> {
  const { svg, width, height, noData, palette } = await renderChartWithWarnings(chart, box);
  return { svg, width, height, noData, palette };
}
