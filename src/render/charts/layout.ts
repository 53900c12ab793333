/**
 * Layout decisions taken before Vega runs, measured with Inter (fonts.ts): how much room the
 * y axis needs, whether x labels fit side by side, how category labels wrap, how the legend breaks.
 */
import { textWidth } from '../fonts.js';
import { formatNumber } from '../format.js';
import { SIZES } from './theme.js';

/** Padding around the whole chart, inside the box. */
export const PADDING = { top: 1, right: 2, bottom: 1, left: 1 } as const;

/** Space between the y axis labels and the plot (config axisY.labelPadding). */
const Y_LABEL_PADDING = 6;

/** The step d3/Vega would choose for about `count` ticks between 0 and `max`. */
export function tickStep(min: number, max: number, count = 5): number {
  const span = Math.abs(max - min) || Math.abs(max) || 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/** The nice top of a zero-based value axis. */
export function niceMax(max: number, count = 5): number {
  if (max <= 0) return 0;
  const step = tickStep(0, max, count);
  return Math.ceil(max / step - 1e-9) * step;
}

/** Ticks to ask for on a value axis `plotHeight` points tall: about one per 40 pt, 2 to 5. */
export function tickCountFor(plotHeight: number): number {
  return Math.max(2, Math.min(5, Math.floor(plotHeight / 40)));
}

/** Height of a legend at the top with `rows` rows, including its offset (config legend). */
export function legendHeight(rows: number): number {
  return rows * (SIZES.legendLabel + 4) + 10;
}

/** Height of a row of horizontal x labels, with their padding (config axis labelPadding 5). */
export const X_LABELS_HEIGHT = SIZES.axisLabel + 7;

/** Width of the widest of `labels` at the axis label size. */
export function widest(labels: readonly string[], size: number = SIZES.axisLabel): number {
  return Math.max(0, ...labels.map((l) => textWidth(l, size)));
}

/** Room the y axis of a 0…max value axis takes (labels and padding). */
export function valueAxisWidth(min: number, max: number): number {
  const step = tickStep(min, max);
  const labels = [niceMax(max), min].map((v) => formatNumber(v, decimalsOf(step)));
  return widest(labels) + Y_LABEL_PADDING;
}

/** Decimals needed to print multiples of `step`. */
export function decimalsOf(step: number): number {
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}

export interface XLabelLayout {
  labelAngle: number;
  labelAlign: 'center' | 'right' | undefined;
  labelBaseline: 'top' | 'middle' | undefined;
  /** Label every n-th step only (1: all). */
  every: number;
  /** Labels are set in two lines (`twoLines` given and used). */
  twoLines: boolean;
}

/**
 * Horizontal labels when the widest fits its step, on one line or else on the two lines of
 * `twoLines` (e.g. "des." over "23"); otherwise slanted at −45° (the axis grows downwards, and the
 * chart's autosize keeps it inside the box); when even slanted labels would touch, only every n-th
 * is labelled.
 */
export function xLabelLayout(labels: readonly string[], step: number, twoLines?: readonly string[]): XLabelLayout {
  const flat = { labelAngle: 0, labelAlign: undefined, labelBaseline: undefined, every: 1 };
  if (widest(labels) + 4 <= step) return { ...flat, twoLines: false };
  if (twoLines && widest(twoLines) + 4 <= step) return { ...flat, twoLines: true };
  const slantedStep = SIZES.lineHeight * Math.SQRT2; // a slanted label's footprint along the axis
  return {
    labelAngle: -45,
    labelAlign: 'right',
    labelBaseline: 'top',
    every: Math.max(1, Math.ceil(slantedStep / step)),
    twoLines: false,
  };
}

/** The items of `all` that get a label: every n-th, counted back from the last. */
export function labelled<T>(all: readonly T[], every: number): T[] {
  return all.filter((_, i) => (all.length - 1 - i) % every === 0);
}

/**
 * Legend columns so that a horizontal legend at the top stays within `width`; undefined when all
 * entries fit on one line.
 */
export function legendColumns(labels: readonly string[], width: number): number | undefined {
  const symbol = 8 + 5; // square symbol and its gap (config legend symbolSize 64 → 8 pt)
  const entry = (l: string) => symbol + textWidth(l, SIZES.legendLabel) + 14; // + columnPadding
  const total = labels.reduce((s, l) => s + entry(l), 0);
  if (total <= width) return undefined;
  const column = Math.max(...labels.map(entry));
  const most = Math.max(1, Math.floor(width / column));
  // As few rows as that allows, filled evenly (4 entries in 2 × 2, not 3 + 1).
  return Math.ceil(labels.length / Math.ceil(labels.length / most));
}

/**
 * Break `text` into lines no wider than `maxWidth` at `size` pt, at spaces and after hyphens and
 * slashes. A word wider than the line stays whole (no "…"), unless `breakWords`: then it is split
 * with a hyphen, its first part filling the line it starts on.
 */
export function wrapText(text: string, maxWidth: number, size: number, breakWords = false): string[] {
  const fits = (s: string) => textWidth(s.trimEnd(), size) <= maxWidth;
  const tokens = text.trim().split(/(?<=[\s\-/–])/u).filter((t) => t.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (!breakWords || fits(token)) {
      if (line) lines.push(line.trimEnd());
      line = token.trimStart();
      continue;
    }
    let rest = [...token];
    while (!fits(line + rest.join(''))) {
      // The longest head (3 letters or more, leaving 4 or more) that fits on this line with a hyphen.
      let k = 0;
      for (let n = 3; n <= rest.length - 4; n++) if (fits(`${line}${rest.slice(0, n).join('')}-`)) k = n;
      if (k === 0 && line) {
        lines.push(line.trimEnd());
        line = '';
        continue;
      }
      if (k === 0) k = Math.min(3, rest.length); // not even three letters fit: overflow a little
      lines.push(`${line}${rest.slice(0, k).join('')}-`);
      line = '';
      rest = rest.slice(k);
      if (rest.length === 0) break;
    }
    line += rest.join('');
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [text];
}

/** True when every line of every label fits `maxWidth`. */
export function allFit(labels: readonly string[][], maxWidth: number, size: number): boolean {
  return labels.every((lines) => lines.every((l) => textWidth(l, size) <= maxWidth));
}

/** The plot's width inside a box of `boxWidth`, given the y axis room. */
export function plotWidth(boxWidth: number, yAxis: number): number {
  return Math.max(1, boxWidth - yAxis - PADDING.left - PADDING.right);
}
