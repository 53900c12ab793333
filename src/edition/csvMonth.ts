/**
 * `deck new-month` for a monthly chart whose numbers are in a CSV file (`data:`): the same as for
 * `years:` in a slide file, done on the CSV file's lines so that everything else stays as it was.
 *
 *   the new month    an empty cell in its year's row (the row is padded with `;` up to the month's
 *                    column); a column for the month when the header lacks it; a row for a new year
 *   the oldest year  leaves a chart that shows four years or more when a new year comes
 *   empty cells      left from an earlier month: listed to be filled in too
 *   # kontrollert    cells taken out, as in slide files (the new month is checked anew)
 *
 * The file's separator, line endings and byte order mark are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeCsv, parseCsv, type CsvRow } from '../load/csv.js';
import { acknowledgementIn } from '../validate/acknowledged.js';
import { monthOf, MONTH_KEYS } from '../validate/months.js';

export interface CsvSlot {
  line: number;
  col: number;
  /** The month (year × 12 + month index). */
  t: number;
  /** Added now, or left empty from an earlier month. */
  added: boolean;
}

export interface CsvMonthResult {
  slots: CsvSlot[];
  /** Years whose rows were taken out, and how many the chart keeps. */
  dropped: string[];
  kept: number;
  /** `# kontrollert` cells taken out (the new month is checked anew), where they stood. */
  acknowledgements: { line: number; col: number; reason: string }[];
}

/** Adds the months after `source` up to `target` to the CSV file at `path`; undefined when the file cannot be read as a chart's CSV. */
export function addCsvMonths(path: string, source: number, target: number, yearsKept: number): CsvMonthResult | undefined {
  const decoded = decodeCsv(readFileSync(path));
  if ('kind' in decoded) return undefined;
  const parsed = parseCsv(decoded.text, decoded.bom);
  if ('kind' in parsed) return undefined;
  const sep = parsed.separator;
  const lines = decoded.text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  /** The rows (by year; '' for the header) whose `# kontrollert` was taken out. */
  const acknowledged: { year: string; reason: string }[] = [];
  for (const row of parsed.rows) {
    const cell = row.cells.find((c) => c.text.startsWith('#'));
    const reason = cell && acknowledgementIn(row.source.slice(cell.col - 1));
    if (!cell || reason === undefined) continue;
    // The comment and the separator before it.
    lines[row.line - 1] = row.source.slice(0, cell.col - 1).replace(/ *$/, '').slice(0, -sep.length);
    row.cells.splice(row.cells.indexOf(cell));
    acknowledged.push({ year: row === parsed.rows[0] ? '' : row.cells[0]!.text, reason });
  }
  const header = parsed.rows[0]!;
  const columnOf = (key: string) => header.cells.findIndex((c, i) => i > 0 && monthOf(c.text) !== undefined && MONTH_KEYS[monthOf(c.text)!] === key);
  const yearOfRow = (r: CsvRow) => r.cells[0]!.text;
  /** Line index (0-based) of each year's row. */
  const rowLine = new Map(parsed.rows.slice(1).map((r) => [yearOfRow(r), r.line - 1]));
  const cellsOn = (i: number) => lines[i]!.split(sep).length;
  const yearsBefore = rowLine.size;

  const added = new Set<number>();
  for (let t = source + 1; t <= target; t++) {
    const year = String(Math.floor(t / 12));
    const key = MONTH_KEYS[t % 12]!;
    let col = columnOf(key);
    if (col < 0) {
      lines[header.line - 1] += `${sep}${key}`;
      header.cells.push({ text: key, col: 0 });
      col = header.cells.length - 1;
    }
    let at = rowLine.get(year);
    if (at === undefined) {
      // A new year: its row after the last year before it.
      const earlier = [...rowLine].filter(([y]) => Number(y) < Number(year)).map(([, i]) => i);
      at = (earlier.length ? Math.max(...earlier) : header.line - 1) + 1;
      lines.splice(at, 0, year);
      for (const [y, i] of rowLine) if (i >= at) rowLine.set(y, i + 1);
      rowLine.set(year, at);
    }
    while (cellsOn(at) < col + 1) lines[at] += sep;
    if (lines[at]!.split(sep)[col]!.trim() === '') added.add(t);
  }

  // A chart of four years (or more) keeps its number of years: the oldest leaves when a new one comes.
  const dropped: string[] = [];
  const keep = Math.max(yearsKept, yearsBefore);
  while (rowLine.size > keep) {
    const [oldest, i] = [...rowLine].sort(([a], [b]) => Number(a) - Number(b))[0]!;
    lines.splice(i, 1);
    rowLine.delete(oldest);
    for (const [y, j] of rowLine) if (j > i) rowLine.set(y, j - 1);
    dropped.push(oldest);
  }

  writeFileSync(path, `${decoded.bom ? '\ufeff' : ''}${lines.join(parsed.newline)}${parsed.newline}`);

  // Every empty cell up to the new month, where it now stands.
  const slots: CsvSlot[] = [];
  const months = header.cells.map((c, i) => (i > 0 && monthOf(c.text) !== undefined ? monthOf(c.text)! : undefined));
  for (const [year, i] of [...rowLine].sort(([a], [b]) => Number(a) - Number(b))) {
    const cells = lines[i]!.split(sep);
    let col = 1;
    cells.forEach((text, c) => {
      const month = months[c];
      const t = Number(year) * 12 + (month ?? 0);
      if (c > 0 && month !== undefined && text.trim() === '' && t <= target) slots.push({ line: i + 1, col, t, added: added.has(t) });
      col += text.length + sep.length;
    });
  }
  // Where those rows are now (a row that left the chart is not listed).
  const acknowledgements = acknowledged.flatMap(({ year, reason }) => {
    const i = year ? rowLine.get(year) : header.line - 1;
    return i === undefined ? [] : [{ line: i + 1, col: lines[i]!.length + 1, reason }];
  });
  return { slots, dropped, kept: keep, acknowledgements };
}
