/**
 * What a chart looks like from outside, without rendering it: its series colours (for the data
 * table's colour key) and whether it has any numbers. Pure and cheap, so the layout stage can place
 * and fit-check the data table before the chart itself is drawn (possibly in another thread).
 */
import type { Chart } from '../../validate/schema.js';
import { PADDING, valueAxisWidth } from './layout.js';
import { COLORS, seriesColors } from './theme.js';
import type { PaletteEntry } from './types.js';

export const UPTIME_LABEL = 'Oppetid';
export const REQUIREMENT_LABEL = 'Krav';

export function chartPalette(chart: Chart): PaletteEntry[] {
  switch (chart.kind) {
    case 'monthly':
      return withColors(Object.keys(chart.years).sort());
    case 'categories':
      return withColors(Object.keys(chart.series));
    case 'uptime':
      return [
        { label: UPTIME_LABEL, color: COLORS.digdirBlue },
        { label: REQUIREMENT_LABEL, color: COLORS.danger },
      ];
  }
}

function withColors(labels: string[]): PaletteEntry[] {
  const colors = seriesColors(labels.length);
  return labels.map((label, i) => ({ label, color: colors[i]! }));
}

export function chartHasData(chart: Chart): boolean {
  switch (chart.kind) {
    case 'monthly':
      return Object.values(chart.years).some((m) => Object.values(m).some((v) => v !== undefined));
    case 'categories':
      return Object.values(chart.series).some((vs) => vs.slice(0, chart.categories.length).length > 0);
    case 'uptime':
      return Object.keys(chart.months).length > 0;
  }
}

/**
 * Where the plot area of a monthly chart lies inside its box (from the left and right edges), so
 * that a data table of the same width can put each month's column under that month's columns.
 */
export function monthlyPlotInsets(chart: Chart): { left: number; right: number } | undefined {
  if (chart.kind !== 'monthly' || !chartHasData(chart)) return undefined;
  const values = Object.values(chart.years).flatMap((m) => Object.values(m).filter((v): v is number => v !== undefined));
  const yAxis = valueAxisWidth(Math.min(0, ...values), Math.max(0, ...values));
  return { left: PADDING.left + yAxis, right: PADDING.right };
}
