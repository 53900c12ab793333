/** The data table shown under every chart: every value of the chart, formatted the Norwegian way. */
import { msg } from '../messages/index.js';
import { MONTH_KEYS, type Chart } from '../validate/schema.js';
import { chartPalette } from './charts/palette.js';
import { formatNumber, formatPercent, MONTH_SHORT } from './format.js';
import { FitError, type FieldPath } from './text/textSvg.js';
import { tableSvg, type TableSpec, type TableStyle } from './tables.js';
import { TYPE } from './theme.js';

/** What the data tables print and say: the report's own words (Norwegian whatever --lang says); the error is the catalogue's. */
export const CHART_TABLE_TEXT = {
  /** The corner cell: what the rows are. */
  years: 'År',
  categories: 'Kategori',
  /** What a screen reader says for a month without a number (shown as a dash). */
  noNumber: 'ingen tall',
  /** A number too wide for the data table (the layout has already given the table the slide's width). */
  tooWide: (shown: string, size: number) => msg().render.tooWideForChartTable(shown, size),
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
        tooWide: CHART_TABLE_TEXT.tooWide,
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
        tooWide: CHART_TABLE_TEXT.tooWide,
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

/** A data table's rows: as high as its largest type needs. */
export const DATA_TABLE_ROW = TYPE.table * 1.8;

/** A data table is set at TYPE.table and shrinks in half points to TYPE.minimum, never below. */
const DATA_TABLE_STYLE: TableStyle = {
  sizes: Array.from({ length: Math.round((TYPE.table - TYPE.minimum) * 2) + 1 }, (_, i) => TYPE.table - i / 2),
  rowHeight: DATA_TABLE_ROW,
};

/** The height of a chart's data table. */
export function dataTableHeight(chart: Chart): number {
  return (chartTableSpec(chart, [], []).rows.length + 1) * DATA_TABLE_ROW;
}

/**
 * A chart's data table in `box`; `insets` put the month columns under the months of a chart of the
 * same width. A cell that does not fit at TYPE.minimum is a FitError naming its field.
 */
export function dataTableSvg(chart: Chart, box: { x: number; y: number; width: number; maxHeight: number }, field: FieldPath, insets?: { left: number; right: number }): { svg: string; height: number } {
  const spec = chartTableSpec(chart, chartPalette(chart), field);
  if (insets) spec.insets = insets;
  return tableSvg(spec, box, DATA_TABLE_STYLE);
}

/**
 * Whether a chart's data table fits `width` at its full size (TYPE.table) with comfortable space
 * between the numbers, so that a layout can give it more room if not.
 */
export function dataTableFits(chart: Chart, width: number): boolean {
  try {
    tableSvg(chartTableSpec(chart, chartPalette(chart), []), { x: 0, y: 0, width, maxHeight: Infinity }, { ...DATA_TABLE_STYLE, sizes: [TYPE.table], numberGap: 2 });
    return true;
  } catch (err) {
    if (err instanceof FitError) return false;
    throw err;
  }
}
