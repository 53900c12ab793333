/** Monthly chart: columns per month (jan–des), one colour per year (templates/charts/monthly.vl.json). */
import { MONTH_KEYS, type MonthlyChart } from '../../validate/schema.js';
import { MONTH_SHORT } from '../format.js';
import { labelled, legendColumns, legendHeight, PADDING, plotWidth, tickCountFor, valueAxisWidth, widest, X_LABELS_HEIGHT, xLabelLayout } from './layout.js';
import { baseConfig, COLORS, seriesColors } from './theme.js';
import { chartPalette } from './palette.js';
import type { ChartSpec } from './types.js';

export const NO_DATA_TEXT = 'Ingen tall for denne perioden';

/** The month groups' share of a month (paddingInner 0.22 of the month scale in the template). */
const GROUP_SHARE = 1 - 0.22;
/** The white gap between neighbouring bars of a month, in pt: at least this, at most a third of a bar's step. */
const BAR_GAP = 1.5;

/** The year scale's paddingInner that leaves a white gap of about BAR_GAP pt between neighbouring bars. */
export function barGap(monthStep: number, years: number): number {
  const barStep = (monthStep * GROUP_SHARE) / Math.max(1, years);
  return Math.round(Math.min(1 / 3, Math.max(0.06, BAR_GAP / barStep)) * 1000) / 1000;
}

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
  const plotW = plotWidth(box.width, yAxis);
  const { every, twoLines: _, ...x } = xLabelLayout(MONTH_SHORT, plotW / 12);
  const columns = legendColumns(years, plotW);
  const legendRows = columns ? Math.ceil(years.length / columns) : 1;
  const xLabelsH = x.labelAngle ? widest(MONTH_SHORT) * Math.SQRT1_2 + 12 : X_LABELS_HEIGHT;
  const plotH = box.height - legendHeight(legendRows) - xLabelsH - PADDING.top - PADDING.bottom;

  const spec = {
    width: box.width,
    height: box.height,
    padding: PADDING,
    config: baseConfig(),
    viewFill: noData ? COLORS.plotEmpty : undefined,
    values,
    months: MONTH_KEYS.map((_, i) => i),
    xValues: labelled(MONTH_KEYS.map((_, i) => i), every),
    ...x,
    years,
    colors,
    barGap: barGap(plotW / 12, years.length),
    yDomain: noData ? [0, 1] : undefined,
    tickMinStep: integers ? 1 : undefined,
    yLabels: noData ? false : undefined,
    yGrid: noData ? false : undefined,
    legendColumns: columns,
    tickCount: tickCountFor(plotH),
    notes: noData ? [{ text: NO_DATA_TEXT }] : [],
  };
  return {
    kind: 'monthly',
    vars: spec,
    noData,
    palette: chartPalette(chart),
  };
}
