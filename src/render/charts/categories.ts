/**
 * Categories chart: grouped bars, one group per category, one colour per series, values above the
 * bars (templates/charts/categories.vl.json). Long category names wrap onto several lines.
 */
import type { CategoriesChart } from '../../validate/schema.js';
import { formatNumber } from '../format.js';
import { allFit, decimalsOf, legendColumns, legendHeight, PADDING, plotWidth, tickCountFor, tickStep, valueAxisWidth, widest, wrapText } from './layout.js';
import { baseConfig, SIZES, seriesColors } from './theme.js';
import { chartPalette } from './palette.js';
import type { ChartSpec } from './types.js';

const PADDING_INNER = 0.25;
const PADDING_OUTER = 0.12;
const OFFSET_PADDING = 0.06;
/** Most lines a category label should take; a longer name first gets a smaller size. */
const MAX_LABEL_LINES = 3;

/** Natural decimals of a value, at most 2 (99.9 → 1). */
function decimalsIn(v: number): number {
  for (let d = 0; d < 2; d++) if (Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) < 1e-6) return d;
  return 2;
}

/**
 * A Vega expression string literal. Everything but printable ASCII is written as \uXXXX: Vega's
 * expression parser rejects some characters that JSON leaves as they are (U+2028).
 */
export function literal(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c ? s[i] : `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

interface CategoryLabels {
  lines: string[][];
  fontSize: number;
  angle: number;
}

/**
 * Category names under their group, in the first way that fits the step: wrapped at the axis label
 * size, then at the smallest chart size (at most three lines), then with long words hyphenated at that
 * size (four lines); failing that, slanted at −45° and wrapped at a wider measure. Never truncated,
 * never below SIZES.minimum.
 */
export function categoryLabels(categories: readonly string[], step: number): CategoryLabels {
  const width = Math.max(12, step - 6);
  for (const size of [SIZES.axisLabel, SIZES.minimum]) {
    const lines = categories.map((c) => wrapText(c, width, size));
    if (lines.every((l) => l.length <= MAX_LABEL_LINES) && allFit(lines, width, size)) return { lines, fontSize: size, angle: 0 };
  }
  const size = SIZES.minimum;
  if (width >= 36) {
    const lines = categories.map((c) => wrapText(c, width, size, true));
    if (lines.every((l) => l.length <= MAX_LABEL_LINES + 1)) return { lines, fontSize: size, angle: 0 };
  }
  return { lines: categories.map((c) => wrapText(c, 110, size)), fontSize: size, angle: -45 };
}

export function categoriesSpec(chart: CategoriesChart, box: { width: number; height: number }): ChartSpec {
  const series = Object.keys(chart.series);
  const colors = seriesColors(series.length);
  const values: { category: number; series: string; value: number }[] = [];
  for (const name of series) {
    (chart.series[name] ?? []).forEach((value, category) => {
      if (category < chart.categories.length) values.push({ category, series: name, value });
    });
  }

  const max = Math.max(0, ...values.map((v) => v.value));
  const min = Math.min(0, ...values.map((v) => v.value));
  const decimals = Math.max(0, ...values.map((v) => decimalsIn(v.value)));
  const labels = values.map((v) => formatNumber(v.value, decimals));

  // Horizontal room: the y axis, then one step per category.
  const yAxis = valueAxisWidth(min, max * 1.15);
  const plotW = plotWidth(box.width, yAxis);
  const n = chart.categories.length;
  const step = plotW / (n - PADDING_INNER + 2 * PADDING_OUTER);
  const bar = ((step * (1 - PADDING_INNER)) / series.length) * (1 - OFFSET_PADDING);

  const names = categoryLabels(chart.categories, step);
  const lines = Math.max(...names.lines.map((l) => l.length));

  // Value labels: side by side above the bars if they fit, else turned upright, else left out.
  const labelWidth = widest(labels, SIZES.valueLabel);
  const gap = ((step * (1 - PADDING_INNER)) / series.length) * OFFSET_PADDING;
  let mode: 'horizontal' | 'vertical' | 'none' = labelWidth <= bar + gap - 1 ? 'horizontal' : bar >= SIZES.valueLabel + 1 ? 'vertical' : 'none';

  // Vertical room: legend, x labels, and headroom above the highest bar for its label.
  const legendCols = legendColumns(series, plotW);
  const legendRows = legendCols ? Math.ceil(series.length / legendCols) : 1;
  const legendH = legendHeight(legendRows);
  const xLabelsH = names.angle
    ? Math.max(...names.lines.map((l) => widest(l, names.fontSize))) * Math.SQRT1_2 + lines * SIZES.lineHeight + 6
    : lines * SIZES.lineHeight + 6;
  const plotH = Math.max(20, box.height - legendH - xLabelsH - PADDING.top - PADDING.bottom);
  // Upright labels that would take more than a third of the plot's height are left out (the data
  // table under the chart has every value).
  if (mode === 'vertical' && labelWidth + 6 > plotH / 3) mode = 'none';
  const headroom = mode === 'horizontal' ? SIZES.valueLabel + 5 : mode === 'vertical' ? labelWidth + 6 : 0;
  const fraction = Math.min(0.6, headroom / plotH);
  const ends = (max > 0 ? 1 : 0) + (min < 0 ? 1 : 0);
  const span = (max - min) / (1 - fraction * ends) || 1;
  const top0 = max > 0 ? max + fraction * span : min < 0 ? 0 : 1;
  const bottom0 = min < 0 ? min - fraction * span : 0;
  // Whole numbers get whole-number ticks (no "0,5" on an axis of counts).
  const ystep = Math.max(tickStep(bottom0, top0, tickCountFor(plotH)), decimals === 0 ? 1 : 0);
  const top = Math.ceil(top0 / ystep - 1e-9) * ystep;
  const bottom = Math.floor(bottom0 / ystep + 1e-9) * ystep;
  const ticks: number[] = [];
  for (let i = 0, t = bottom; t <= top + ystep * 1e-6; i++, t = bottom + i * ystep) ticks.push(Number(t.toFixed(decimalsOf(ystep) + 2)));

  const vertical = mode === 'vertical';
  const vars = {
    width: box.width,
    height: box.height,
    padding: PADDING,
    config: baseConfig(),
    values,
    categories: chart.categories.map((_, i) => i),
    categoryLabelExpr: `[${names.lines.map((l) => `[${l.map(literal).join(',')}]`).join(',')}][datum.value]`,
    categoryFontSize: names.fontSize,
    categoryAngle: names.angle,
    categoryAlign: names.angle ? 'right' : 'center',
    series,
    colors,
    legendColumns: legendCols,
    yDomain: [bottom, top],
    yTicks: ticks,
    yTickCount: ticks.length,
    valueFontSize: SIZES.valueLabel,
    // Above a bar's end, or under it for a negative value.
    valueAngle: vertical ? -90 : 0,
    valueAlign: vertical ? { expr: "datum.value < 0 ? 'right' : 'left'" } : 'center',
    valueBaseline: vertical ? 'middle' : { expr: "datum.value < 0 ? 'top' : 'bottom'" },
    valueDx: vertical ? { expr: 'datum.value < 0 ? -3 : 3' } : 0,
    valueDy: vertical ? 0 : { expr: 'datum.value < 0 ? 3 : -3' },
    valueFormat: `,.${decimals}f`,
    valueFilter: mode === 'none' ? 'false' : 'true',
    zeroLine: min < 0 ? [{ value: 0 }] : [],
  };
  return {
    kind: 'categories',
    vars,
    noData: values.length === 0,
    palette: chartPalette(chart),
  };
}
