/** The data table shown under every chart: every value of the chart, formatted the Norwegian way. */
import { MONTH_KEYS, type Chart } from '../validate/schema.js';
import { formatNumber, formatPercent, MONTH_SHORT } from './format.js';
import type { FieldPath } from './text/textSvg.js';
import type { TableSpec } from './tables.js';

/** What the data tables print and say (to move into the message catalogue). */
export const CHART_TABLE_TEXT = {
  /** The corner cell: what the rows are. */
  years: 'År',
  categories: 'Kategori',
  /** What a screen reader says for a month without a number (shown as a dash). */
  noNumber: 'ingen tall',
} as const;

export function chartTableSpec(chart: Chart, palette: { label: string; color: string }[], field: FieldPath): TableSpec {
  const colour = (label: string) => palette.find((p) => p.label === label)?.color;
  switch (chart.kind) {
    case 'monthly': {
      const years = Object.keys(chart.years).sort();
      return {
        header: [CHART_TABLE_TEXT.years, ...MONTH_SHORT],
        numeric: [false, ...MONTH_KEYS.map(() => true)],
        field,
        emptySpoken: CHART_TABLE_TEXT.noNumber,
        rows: years.map((year) => ({
          swatch: colour(year),
          cells: [year, ...MONTH_KEYS.map((m) => fmt(chart.years[year]![m]))],
          fields: [[...field, 'years', year], ...MONTH_KEYS.map((m) => [...field, 'years', year, m])],
        })),
      };
    }
    case 'categories': {
      const names = Object.keys(chart.series);
      return {
        header: [CHART_TABLE_TEXT.categories, ...names],
        numeric: [false, ...names.map(() => true)],
        firstColumnShare: 0.5,
        field,
        emptySpoken: CHART_TABLE_TEXT.noNumber,
        rows: chart.categories.map((cat, i) => ({
          cells: [cat, ...names.map((n) => fmt(chart.series[n]![i]))],
          fields: [[...field, 'categories', i], ...names.map((n) => [...field, 'series', n, i])],
        })),
      };
    }
    case 'uptime': {
      const byYear = new Map<string, Map<number, string>>();
      for (const [key, value] of Object.entries(chart.months)) {
        const [y, m] = key.split('-');
        if (!byYear.has(y!)) byYear.set(y!, new Map());
        byYear.get(y!)!.set(Number(m) - 1, key);
      }
      const years = [...byYear.keys()].sort();
      return {
        header: [CHART_TABLE_TEXT.years, ...MONTH_SHORT],
        numeric: [false, ...MONTH_KEYS.map(() => true)],
        field,
        emptySpoken: CHART_TABLE_TEXT.noNumber,
        rows: years.map((year) => ({
          cells: [year, ...MONTH_KEYS.map((_, i) => {
            const key = byYear.get(year)!.get(i);
            return key === undefined ? '' : formatPercent(chart.months[key]!, 2);
          })],
          fields: [[...field, 'months'], ...MONTH_KEYS.map((_, i) => [...field, 'months', byYear.get(year)!.get(i) ?? ''])],
        })),
      };
    }
  }
}

function fmt(v: number | undefined): string {
  if (v === undefined) return '';
  return formatNumber(v, Number.isInteger(v) ? 0 : 2);
}
