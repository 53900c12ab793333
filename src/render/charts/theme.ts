/**
 * The look of every chart: Digdir's colours (design.md), Inter, small calm axes.
 * The chart templates (templates/charts/*.vl.json) hold the structure of each kind; this file holds
 * what they share, as a Vega-Lite `config`.
 */
import { FONT_FAMILY } from '../fonts.js';

export const COLORS = {
  text: '#1F2C3D',
  subtle: '#545E6B',
  grid: '#E6E9ED',
  baseline: '#8A939E',
  plotEmpty: '#F3F4F4',
  digdirBlue: '#0062BA',
  danger: '#C01B1B',
} as const;

/**
 * Series colours, oldest → newest. A chart with k series takes the LAST k, so the newest year is
 * always Digdir blue and the year before it coral. Neighbouring series differ in lightness (CIELAB L*)
 * by 18 or more, so that neighbouring bars stay apart in greyscale print and for red-green colour
 * deficiency; no two of the last four are alike under simulated deuteranopia or protanopia
 * (tests/render/charts.test.ts computes all of it). Contrast against white and L*:
 *   #068718 success green 4.68, L* 49 · #022F51 Altinn blue darker 13.74, L* 18 ·
 *   #F45F63 Digdir coral 3.15, L* 60 · #0062BA Digdir blue 6.08, L* 42.
 * (Digdir grey #848D98, L* 58, is left out: it has the lightness of coral.) Beyond four series, extra
 * colours go in front, the fifth-newest first, each 15 L* or more from its neighbour: #3F3161 Altinn
 * purple 11.52, L* 24; #848D98 grey 3.36, L* 58; #545E6B subtle text 6.58, L* 39; #008FD6 Altinn blue
 * medium 3.56, L* 57. Bars of one group also stand apart by a white gap (monthly.ts, barGap).
 */
export const SERIES_COLORS: readonly string[] = Object.freeze(['#068718', '#022F51', '#F45F63', '#0062BA']);
const EXTRA_COLORS: readonly string[] = Object.freeze(['#008FD6', '#545E6B', '#848D98', '#3F3161']);

/** Colours for `count` series, oldest → newest (the newest is Digdir blue). */
export function seriesColors(count: number): string[] {
  const all = [...EXTRA_COLORS, ...SERIES_COLORS];
  if (count <= all.length) return all.slice(all.length - count);
  // More series than colours: repeat the cycle (the legend order and the data table still tell them apart).
  const n = all.length;
  const shift = (((n - count) % n) + n) % n;
  return Array.from({ length: count }, (_, i) => all[(shift + i) % n]!);
}

/**
 * Font sizes in points. Nothing is set below 9 pt (design.md: a slide printed on A4 is scaled to about
 * 0.87, and 9 pt becomes about 8 pt on paper, the smallest a reader can be asked to read).
 */
export const SIZES = {
  axisLabel: 10,
  legendLabel: 10,
  valueLabel: 9,
  /** The smallest size any chart text may take (long category names first shrink to it). */
  minimum: 9,
  lineHeight: 12,
} as const;

/** The Vega-Lite config shared by every chart. */
export function baseConfig(): Record<string, unknown> {
  return {
    font: FONT_FAMILY,
    background: null,
    padding: 0,
    aria: false,
    view: { stroke: null, continuousWidth: 300, continuousHeight: 200 },
    axis: {
      labelFont: FONT_FAMILY,
      labelFontSize: SIZES.axisLabel,
      labelColor: COLORS.subtle,
      labelPadding: 5,
      labelLimit: 0,
      labelOverlap: false,
      labelBound: false,
      labelFlush: false,
      labelLineHeight: SIZES.lineHeight,
      titleFont: FONT_FAMILY,
      titleColor: COLORS.subtle,
      titleFontSize: SIZES.axisLabel,
      titleFontWeight: 'normal',
      ticks: false,
      domain: false,
      grid: false,
      gridColor: COLORS.grid,
      gridWidth: 0.75,
      title: null,
    },
    axisX: { domain: true, domainColor: COLORS.baseline, domainWidth: 0.75, labelAngle: 0 },
    axisY: { grid: true, labelPadding: 6 },
    legend: {
      orient: 'top',
      direction: 'horizontal',
      title: null,
      labelFont: FONT_FAMILY,
      labelFontSize: SIZES.legendLabel,
      labelColor: COLORS.text,
      labelLimit: 0,
      symbolType: 'square',
      symbolSize: 64,
      symbolStrokeWidth: 0,
      columnPadding: 14,
      rowPadding: 4,
      padding: 0,
      offset: 10,
    },
    title: { font: FONT_FAMILY, color: COLORS.text, fontWeight: 'bold' },
    text: { font: FONT_FAMILY, color: COLORS.text },
    bar: { cornerRadius: 0 },
    mark: { clip: false },
  };
}
