/**
 * Uptime chart: uptime per month in percent as a line with points, and the requirement as a dashed
 * red line labelled "Krav 99,90 %" (templates/charts/uptime.vl.json).
 */
import type { UptimeChart } from '../../validate/schema.js';
import { textWidth } from '../fonts.js';
import { formatNumber, formatPercent, MONTH_SHORT } from '../format.js';
import { labelled, PADDING, plotWidth, tickCountFor, tickStep, widest, X_LABELS_HEIGHT, xLabelLayout } from './layout.js';
import { baseConfig, COLORS, SIZES } from './theme.js';
import { chartPalette, REQUIREMENT_LABEL } from './palette.js';
import type { ChartSpec } from './types.js';

export { REQUIREMENT_LABEL, UPTIME_LABEL } from './palette.js';

/** Label of the requirement line in the palette. */

/**
 * The y axis, up to 100 %: from `axisMin` when the chart sets it (validation has made sure that no
 * value or requirement lies below it), else from a nice step below the lowest of values and requirement.
 */
export function uptimeAxis(
  values: readonly number[],
  requirement: number,
  tickCount = 5,
  axisMin?: number,
): { domain: [number, number]; ticks: number[] } {
  const lowest = Math.min(requirement, ...values);
  const highest = Math.max(100, requirement, ...values);
  const pad = Math.max((highest - lowest) * 0.12, 0.02);
  const bottom = axisMin ?? lowest - pad;
  const step = tickStep(bottom, highest, tickCount);
  // Work in whole steps so that 99.4 + 0.1 + … does not drift.
  const lo = axisMin === undefined ? Math.floor(bottom / step + 1e-9) : Math.ceil(bottom / step - 1e-9);
  const hi = Math.ceil(highest / step - 1e-9);
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)) + 1;
  const ticks: number[] = [];
  for (let i = lo; i <= hi; i++) ticks.push(Number((i * step).toFixed(decimals)));
  // An axisMin between two ticks still gets its label, unless it would crowd the next one.
  if (axisMin !== undefined && ticks[0]! - axisMin > step / 2) ticks.unshift(axisMin);
  return { domain: [axisMin ?? ticks[0]!, ticks[ticks.length - 1]!], ticks: ticks.filter((t) => t >= (axisMin ?? -Infinity)) };
}

interface LabelPlace {
  align: 'center' | 'left' | 'right';
  baseline: 'bottom' | 'top';
  dx: number;
  dy: number;
}
const LABEL_ABOVE: LabelPlace = { align: 'center', baseline: 'bottom', dx: 0, dy: -5 };
const LABEL_BELOW: LabelPlace = { align: 'center', baseline: 'top', dx: 0, dy: 5 };
const LABEL_UP_RIGHT: LabelPlace = { align: 'left', baseline: 'bottom', dx: 4, dy: -3 };
const LABEL_UP_LEFT: LabelPlace = { align: 'right', baseline: 'bottom', dx: -4, dy: -3 };

/**
 * Puts each value label where the line does not run: above its point, unless a neighbouring segment
 * climbs through that spot; then under it (at a dip), or beside it on the open side of a slope.
 * A label that would sit on the requirement line moves past it. `ptsPerValue` converts percent
 * points to points on the page.
 */
export function placeValueLabels(
  points: (LabelPlace & { value: number })[],
  step: number,
  ptsPerValue: number,
  labelWidth: number,
  requirement?: number,
): void {
  const reach = labelWidth / 2 / step; // how far along a segment the label's half-width reaches
  const height = SIZES.valueLabel; // a label's height, near enough
  points.forEach((p, i) => {
    const rise = (q: { value: number } | undefined) => (q ? (q.value - p.value) * ptsPerValue * reach : 0);
    const prev = rise(points[i - 1]);
    const next = rise(points[i + 1]);
    let place = LABEL_ABOVE;
    if (Math.max(prev, next) >= 4) {
      if (Math.min(prev, next) > -4) place = LABEL_BELOW;
      else place = prev > next ? LABEL_UP_RIGHT : LABEL_UP_LEFT;
    }
    place = { ...place };
    if (requirement !== undefined) {
      // The rule's offset from the point, in points downwards, and the label's extent.
      const rule = (p.value - requirement) * ptsPerValue;
      const [top, bottom] = place.baseline === 'top' ? [place.dy, place.dy + height] : [place.dy - height, place.dy];
      if (rule >= top - 1.5 && rule <= bottom + 1.5) {
        if (place.baseline === 'top') place.dy = Math.round(rule + 3);
        else place.dy = Math.round(rule - 3);
      }
    }
    Object.assign(p, place);
  });
}

/** The requirement line's label as the chart prints it (Vega formats it with the nb locale). */
export function requirementText(requirement: number): string {
  return `${REQUIREMENT_LABEL} ${formatPercent(requirement)}`;
}

/**
 * Where the requirement label goes: at an end of the line, under it or over it, where the uptime line
 * does not pass. `span` is how many points from the end the label covers; `labelValue` its height in
 * percent points.
 */
export function requirementPlacement(
  values: readonly number[],
  requirement: number,
  span: number,
  labelValue: number,
): { end: 'right' | 'left'; side: 'below' | 'above' } {
  const near = (end: 'right' | 'left') => (end === 'right' ? values.slice(-span - 1) : values.slice(0, span + 1));
  const clear = (end: 'right' | 'left', side: 'below' | 'above') =>
    near(end).every((v) => (side === 'below' ? v >= requirement : v < requirement || v > requirement + labelValue * 1.3));
  for (const side of ['below', 'above'] as const) {
    for (const end of ['right', 'left'] as const) if (clear(end, side)) return { end, side };
  }
  return { end: 'right', side: 'below' };
}

export function uptimeSpec(chart: UptimeChart, box: { width: number; height: number }): ChartSpec {
  const keys = Object.keys(chart.months).sort();
  const values = keys.map((key) => {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return { month: Date.UTC(y, m - 1, 1), value: chart.months[key]!, ...LABEL_ABOVE };
  });
  const numbers = values.map((v) => v.value);
  // The y labels' room, from the widest they can be (the top is 100 % or more).
  const yAxis = widest([formatPercent(Math.max(100, ...numbers)), formatPercent(Math.min(chart.requirement, chart.axisMin ?? Infinity, ...numbers))]) + 6;
  const plotW = plotWidth(box.width, yAxis);
  const step = plotW / Math.max(1, values.length);
  const xLabels = keys.map((key) => `${MONTH_SHORT[Number(key.slice(5)) - 1]} ${key.slice(2, 4)}`);
  const valueLabels = values.map((v) => formatNumber(v.value, 2));
  const showValues = widest(valueLabels, SIZES.valueLabel) + 3 <= step;
  const lineParts = [...MONTH_SHORT, ...keys.map((key) => key.slice(2, 4))];
  const { every, twoLines, ...xLayout } = xLabelLayout(xLabels, step, lineParts);
  const xLabelsH = xLayout.labelAngle ? widest(xLabels) * Math.SQRT1_2 + 12 : twoLines ? X_LABELS_HEIGHT + SIZES.lineHeight : X_LABELS_HEIGHT;
  const plotH = Math.max(40, box.height - xLabelsH - PADDING.top - PADDING.bottom);
  const axis = uptimeAxis(numbers, chart.requirement, tickCountFor(plotH), chart.axisMin);
  placeValueLabels(values, step, plotH / (axis.domain[1] - axis.domain[0]), widest(valueLabels, SIZES.valueLabel), chart.requirement);
  const placement = requirementPlacement(
    numbers,
    chart.requirement,
    Math.ceil((textWidth(requirementText(chart.requirement), 9, 'bold') + 4) / step) + 1,
    ((axis.domain[1] - axis.domain[0]) / plotH) * 16,
  );

  return {
    kind: 'uptime',
    vars: {
      width: box.width,
      height: box.height,
      padding: PADDING,
      config: baseConfig(),
      values,
      ...xLayout,
      xValues: labelled(values.map((v) => v.month), every),
      xLabelExpr: twoLines
        ? "[utcFormat(datum.value, '%b'), utcFormat(datum.value, '%y')]"
        : "utcFormat(datum.value, '%b %y')",
      yDomain: axis.domain,
      yTicks: axis.ticks,
      yTickCount: axis.ticks.length,
      valueFilter: showValues ? 'true' : 'false',
      valueFontSize: SIZES.valueLabel,
      lineColor: COLORS.digdirBlue,
      requirementColor: COLORS.danger,
      requirement: [{ requirement: chart.requirement }],
      requirementAlign: placement.end === 'right' ? 'right' : 'left',
      requirementX: placement.end === 'right' ? { expr: 'width' } : 0,
      requirementDx: placement.end === 'right' ? -2 : 2,
      requirementBaseline: placement.side === 'below' ? 'top' : 'bottom',
      requirementDy: placement.side === 'below' ? 4 : -4,
    },
    noData: values.length === 0,
    palette: chartPalette(chart),
  };
}
