/**
 * Tables drawn as SVG: the data table under each chart (rows = years, columns = months) and the
 * free tables of the `table` layout. Numbers are right-aligned in tabular columns; a cell that
 * does not fit its column at the smallest allowed size is a FitError naming the cell's field.
 */
import { textWidth } from './fonts.js';
import { msg } from '../messages/index.js';
import { COLORS } from './theme.js';
import { esc, FitError, num, type FieldPath } from './text/textSvg.js';
import { FONT_FAMILY } from './fonts.js';

/** What the tables print and say themselves (to move into the message catalogue). */
export const TABLE_TEXT = {
  /** Shown in a cell without a value, so that no cell is empty (viewers drop empty cells and shift the rest). */
  emptyCell: '–',
  /** What a screen reader says for such a cell, unless the table says otherwise (TableSpec.emptySpoken). */
  emptySpoken: 'ingen verdi',
} as const;

export interface TableRow {
  cells: string[];
  /** What a screen reader says for a cell instead of its text (set for cells without a value). */
  spoken?: (string | undefined)[];
  /** Field path of each cell in the slide file (for fit errors). */
  fields: FieldPath[];
  /** Colour key drawn before the first cell (chart series). */
  swatch?: string;
}

export interface TableSpec {
  header: string[];
  rows: TableRow[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  /** Width of the first column as a share of the table; the rest share the remainder equally. */
  firstColumnShare?: number;
  /** Or exact insets: the first column's width and a margin after the last column, in pt. */
  insets?: { left: number; right: number };
  field: FieldPath;
  /** What a screen reader says for a cell without a value (shown as TABLE_TEXT.emptyCell). */
  emptySpoken?: string;
  /** The message for a cell too wide for its column at the smallest size, if not the general one. */
  tooWide?: (text: string, size: number) => string;
}

export interface TableStyle {
  sizes: number[];
  rowHeight: number;
  headerBold?: boolean;
  /**
   * The least space between the texts of neighbouring right-aligned cells, in cell paddings: 1 (the
   * default) is the least that still reads; 2 is comfortable.
   */
  numberGap?: number;
}

export function tableSvg(spec: TableSpec, box: { x: number; y: number; width: number; maxHeight: number }, style: TableStyle): { svg: string; height: number } {
  spec = withoutEmptyCells(spec);
  const cols = spec.header.length;
  // Cell padding grows with the type: 4 pt in the small data tables, more in a slide-size table.
  const pad = Math.max(4, style.sizes[0]! * 0.6);
  const swatchSpace = spec.rows.some((r) => r.swatch) ? 12 : 0;
  // The first column holds the row labels: as wide as they need (at the largest size), or exactly
  // the chart's inset when that is enough, so the other columns line up with the chart above.
  const labelsNeed = Math.max(...[spec.header[0] ?? '', ...spec.rows.map((r) => r.cells[0] ?? '')].map((t) => textWidth(t, style.sizes[0]!, 'bold'))) + 2 * pad + swatchSpace;
  const insets = spec.insets && spec.insets.left >= labelsNeed ? spec.insets : undefined;
  const firstWidth = insets ? insets.left : spec.firstColumnShare !== undefined ? box.width * spec.firstColumnShare : labelsNeed;
  const rest = box.width - firstWidth - (insets?.right ?? 0);
  const widths = Array.from({ length: cols }, (_, i) => (i === 0 ? firstWidth : rest / Math.max(1, cols - 1)));
  let size = style.sizes[0]!;
  let overflow: { field: FieldPath; text: string } | undefined;
  for (const candidate of style.sizes) {
    size = candidate;
    overflow = findOverflow(spec, widths, candidate, pad, swatchSpace, style.numberGap ?? 1);
    if (!overflow) break;
  }
  if (overflow) {
    throw new FitError(overflow.field, spec.tooWide?.(overflow.text, size) ?? msg().render.tooWideForColumn(overflow.text, size));
  }
  const rowH = Math.max(style.rowHeight, size * 1.8);
  const height = rowH * (spec.rows.length + 1);
  if (height > box.maxHeight + 0.5) {
    throw new FitError(spec.field, msg().render.tableTooTall(Math.round(height), Math.round(box.maxHeight)));
  }
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), box.x);
  const cell = (text: string, col: number, y: number, bold: boolean, role: string, spoken?: string) => {
    const right = spec.numeric[col];
    const tx = right ? xs[col]! + widths[col]! - pad : xs[col]! + pad + (col === 0 ? swatchSpace : 0);
    const anchor = right ? ' text-anchor="end"' : '';
    const baseline = y + rowH / 2 + size * 0.36;
    // aria-label: what a screen reader says instead of the shown text (compose makes it the cell's /Alt).
    const label = spoken ? ` aria-label="${esc(spoken)}"` : '';
    return `<g data-role="${role}"${label}><text font-family="${FONT_FAMILY}" font-size="${num(size)}" fill="${bold ? COLORS.heading : spoken ? COLORS.subtle : COLORS.text}"${bold ? ' font-weight="bold"' : ''}${anchor} x="${num(tx)}" y="${num(baseline)}">${esc(text)}</text></g>`;
  };
  const parts: string[] = [];
  parts.push(`<rect data-role="decoration" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(rowH)}" fill="${COLORS.tintBg}"/>`);
  parts.push(`<g data-role="table-row">${spec.header.map((h, c) => cell(h, c, box.y, true, 'table-header-cell')).join('')}</g>`);
  spec.rows.forEach((row, r) => {
    const y = box.y + rowH * (r + 1);
    parts.push(`<rect data-role="decoration" x="${num(box.x)}" y="${num(y + rowH - 0.5)}" width="${num(box.width)}" height="0.5" fill="${COLORS.rule}"/>`);
    if (row.swatch) {
      parts.push(`<rect data-role="decoration" x="${num(xs[0]! + pad)}" y="${num(y + rowH / 2 - 3.5)}" width="7" height="7" fill="${row.swatch}"/>`);
    }
    parts.push(`<g data-role="table-row">${row.cells.map((t, c) => cell(t, c, y, c === 0, c === 0 ? 'table-header-cell' : 'table-cell', row.spoken?.[c])).join('')}</g>`);
  });
  // data-box: the table's area on the page, which the tagged PDF gives its Table element (BBox).
  return { svg: `<g data-role="table" data-box="${[box.x, box.y, box.width, height].map(num).join(' ')}">${parts.join('')}</g>`, height };
}

/** Every cell without a value shows a dash that a screen reader hears as spec.emptySpoken. */
function withoutEmptyCells(spec: TableSpec): TableSpec {
  const empty = (t: string) => t.trim() === '';
  if (!spec.rows.some((r) => r.cells.some(empty))) return spec;
  const spoken = spec.emptySpoken ?? TABLE_TEXT.emptySpoken;
  return {
    ...spec,
    rows: spec.rows.map((r) => ({
      ...r,
      cells: r.cells.map((t) => (empty(t) ? TABLE_TEXT.emptyCell : t)),
      spoken: r.cells.map((t, c) => (empty(t) ? spoken : r.spoken?.[c])),
    })),
  };
}

function findOverflow(spec: TableSpec, widths: number[], size: number, pad: number, swatchSpace: number, numberGap: number): { field: FieldPath; text: string } | undefined {
  // A right-aligned number may reach into its column's left padding: the text before it ends at
  // least a padding earlier, so `numberGap` paddings separate neighbouring cells.
  const room = (col: number) => widths[col]! - (spec.numeric[col] ? Math.max(1, numberGap) * pad : 2 * pad) - (col === 0 ? swatchSpace : 0);
  const fits = (text: string, col: number, bold: boolean) => textWidth(text, size, bold ? 'bold' : 'regular') <= room(col);
  for (let c = 0; c < spec.header.length; c++) {
    if (!fits(spec.header[c]!, c, true)) return { field: [...spec.field, 'columns', c], text: spec.header[c]! };
  }
  for (const row of spec.rows) {
    for (let c = 0; c < row.cells.length; c++) {
      if (!fits(row.cells[c]!, c, c === 0)) return { field: row.fields[c] ?? spec.field, text: row.cells[c]! };
    }
  }
  return undefined;
}
