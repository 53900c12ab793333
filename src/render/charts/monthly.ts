/** Monthly chart: columns per month (jan–des), one colour per year (templates/charts/monthly.vl.json). */
import { MONTH_KEYS, type MonthlyChart } from '../../validate/schema.js';
import { MONTH_SHORT } from '../format.js';
import { legendColumns, PADDING, plotWidth, valueAxisWidth, xLabelLayout } from './layout.js';
import { baseConfig, COLORS, seriesColors } from './theme.js';
import type { ChartSpec } from './types.js';

export const NO_DATA_TEXT = 'Ingen tall for denne perioden';

export function monthlySpec(chart: MonthlyChart, box: { width: number; height: number }): ChartSpec {
  const years = Object.keys(chart.years).sort();
  const colors = seriesColors(years.length);
  const values: { month: number; year: string; value: number }[] = [];
  for (const year of years) {
    const months = chart.years[year] ?? {};
    MONTH_KEYS.forEach((key, month) => {
      const value = months[key];
      if (value !== undefined) values.push({ month, year, value });
    });
  }
  const noData = values.length === 0;
  const max = Math.max(0, ...values.map((v) => v.value));
  const min = Math.min(0, ...values.map((v) => v.value));
  const integers = values.every((v) => Number.isInteger(v.value));
  const yAxis = noData ? 0 : valueAxisWidth(min, max);
  const x = xLabelLayout(MONTH_SHORT, plotWidth(box.width, yAxis) / 12);

  const spec = {
    width: box.width,
    height: box.height,
    padding: PADDING,
    config: baseConfig(),
    viewFill: noData ? COLORS.plotEmpty : undefined,
    values,
    months: MONTH_KEYS.map((_, i) => i),
    ...x,
    years,
    colors,
    yDomain: noData ? [0, 1] : undefined,
    tickMinStep: integers ? 1 : undefined,
    yLabels: noData ? false : undefined,
    yGrid: noData ? false : undefined,
    legendColumns: legendColumns(years, box.width),
    notes: noData ? [{ text: NO_DATA_TEXT }] : [],
  };
  return {
    kind: 'monthly',
    vars: spec,
    noData,
    palette: years.map((label, i) => ({ label, color: colors[i]! })),
  };
}
