/**
 * A monthly chart's numbers from a CSV file beside the slide (`data: 09-meldingstjeneste.csv`), in
 * the form a spreadsheet exports (load/csv.ts):
 *
 *   År;jan;feb;mars;apr;mai;juni;juli;aug;sep;okt;nov;des      a header row of months (any name months.ts
 *   2024;6 463 278;6 939 740;12 464 299;…;8 644 804            knows; the first cell is free)
 *   2025;7 120 449;5 214 812;…;4 951 197;                     one row per year
 *
 * A number is read as in a slide file (numbers.ts: `7 120 449`, `99,97`). An empty cell is a number
 * still to come (like `~`), or nothing at all for a month after the edition month. A cell that
 * starts with # is a comment to the end of its line (`# kontrollert: …` acknowledges the line's
 * warnings). Every mistake names the CSV file, line and column.
 */
import { join } from 'node:path';
import type { Problem, SourcePos } from '../errors.js';
import { decodeCsv, parseCsv, type CsvMistake } from '../load/csv.js';
import { acknowledgementIn, type Acknowledgement } from './acknowledged.js';
import { inFolder } from '../load/editionFiles.js';
import { safeRead } from '../load/safeRead.js';
import { msg } from '../messages/index.js';
import { found } from '../messages/types.js';
import { guessMonth, monthOf, MONTH_KEYS } from './months.js';
import { NUMBER_TEXT, numberMistake, readNumber } from './numbers.js';

/** The largest CSV file read: a chart's table is a few hundred bytes. */
export const MAX_CSV_BYTES = 1024 * 1024;

export interface ChartData {
  /** The CSV file, as shown in messages. */
  file: string;
  /** Year → month key → number (null: an empty cell, a number still to come). */
  years: Record<string, Record<string, number | null>>;
  /** Where a value of the chart stands in the CSV file, by its path in the slide (`['chart', 'years', '2025', 'des']`). */
  at(path: readonly PropertyKey[]): SourcePos;
  /** `# kontrollert: …` cells: the warnings of their line are checked (validate/acknowledged.ts). */
  acknowledgements: Acknowledgement[];
}

export interface ReadChartData {
  /** The edition folder; the CSV file must lie in it. */
  dir: string;
  /** The file name as written after `data:`. */
  written: string;
  /** Where `data:` stands, for the problems that concern the file as a whole. */
  field: SourcePos;
  /** Turns a path into the form shown in messages. */
  shown: (path: string) => string;
  /** The edition month (year × 12 + month index); empty cells after it are no numbers at all. */
  editionMonth?: number;
}

export function readChartData(opts: ReadChartData): { data?: ChartData; problems: Problem[] } {
  const m = msg().data;
  const atField = (message: string): { problems: Problem[] } => ({ problems: [{ ...opts.field, severity: 'error', message }] });
  const name = inFolder(opts.written);
  if (!name) return atField(m.outside(opts.written));
  const path = join(opts.dir, name);
  const read = safeRead({ roots: [opts.dir], path, maxBytes: MAX_CSV_BYTES });
  if (!read.ok) {
    switch (read.reason) {
      case 'missing': return atField(m.notFound(opts.written));
      case 'outside': return atField(m.outside(opts.written));
      case 'directory': return atField(m.folder(opts.written));
      case 'tooLarge': return atField(m.tooLarge(opts.written, read.size, read.maxBytes));
      case 'special': return atField(m.notAFile(opts.written));
      case 'unreadable': return atField(m.unreadable(opts.written, read.code));
    }
  }
  const file = opts.shown(path);
  const problems: Problem[] = [];
  const at = (line: number, col: number, message: string) => problems.push({ file, line, col, severity: 'error', message });
  const decoded = decodeCsv(read.bytes);
  const parsed = 'kind' in decoded ? decoded : parseCsv(decoded.text, decoded.bom);
  if ('kind' in parsed) {
    csvMistake(parsed, file, problems);
    return { problems };
  }

  // A cell that starts with # is a comment, to the end of its line; `# kontrollert: …` acknowledges
  // the warnings of the line. A line that is only a comment is left out.
  const acknowledgements: Acknowledgement[] = [];
  const withoutComments = parsed.rows.flatMap((row) => {
    const k = row.cells.findIndex((c) => c.text.startsWith('#'));
    if (k < 0) return [row];
    const col = row.cells[k]!.col;
    const reason = acknowledgementIn(row.source.slice(col - 1));
    if (reason !== undefined) acknowledgements.push({ file, line: row.line, col, reason, start: 0, end: 0 });
    return k === 0 ? [] : [{ ...row, cells: row.cells.slice(0, k) }];
  });
  if (withoutComments.length === 0) {
    csvMistake({ kind: 'empty' }, file, problems);
    return { problems };
  }
  const [header, ...rows] = withoutComments;
  const months: (string | undefined)[] = [];
  const seen = new Map<string, string>();
  header!.cells.slice(1).forEach((cell) => {
    const month = monthOf(cell.text);
    if (month === undefined) {
      // An empty header cell (Excel writes them for columns after the table) is a column without numbers.
      months.push(undefined);
      if (cell.text) at(header!.line, cell.col, msg().validate.unknownMonth(cell.text, guessMonth(cell.text)));
      return;
    }
    const key = MONTH_KEYS[month]!;
    if (seen.has(key)) at(header!.line, cell.col, msg().validate.sameMonth(cell.text, seen.get(key)!));
    seen.set(key, cell.text);
    months.push(key);
  });
  if (rows.length === 0) at(header!.line, 1, m.noYears());

  const years: ChartData['years'] = {};
  const places = new Map<string, SourcePos>();
  const place = (path: readonly PropertyKey[]) => path.join('\u0000');
  places.set(place(['chart', 'years']), { file, line: header!.line, col: 1 });
  const rowOf = new Map<string, number>();
  for (const row of rows) {
    // A row of empty cells (`;;;`) is a blank row of the spreadsheet.
    if (row.cells.every((c) => c.text === '')) continue;
    const [yearCell, ...cells] = row.cells;
    // A year formatted as a number in the spreadsheet: «2 024».
    const year = yearCell!.text.replace(/^(\d)[ \u00a0\u202f](\d{3})$/, '$1$2');
    if (!/^\d{4}$/.test(year)) {
      at(row.line, yearCell!.col, m.badYear(year));
      continue;
    }
    if (rowOf.has(year)) {
      at(row.line, yearCell!.col, m.sameYear(year, rowOf.get(year)!));
      continue;
    }
    rowOf.set(year, row.line);
    places.set(place(['chart', 'years', year]), { file, line: row.line, col: yearCell!.col });
    const values: Record<string, number | null> = {};
    cells.forEach((cell, i) => {
      if (i >= months.length) {
        if (cell.text) at(row.line, cell.col, m.extraCell(months.length));
        return;
      }
      const key = months[i];
      if (!key) {
        if (cell.text && header!.cells[i + 1]?.text === '') at(row.line, cell.col, m.emptyMonth());
        return;
      }
      places.set(place(['chart', 'years', year, key]), { file, line: row.line, col: cell.col });
      if (cell.text === '') {
        const t = Number(year) * 12 + MONTH_KEYS.indexOf(key as (typeof MONTH_KEYS)[number]);
        if (opts.editionMonth === undefined || t <= opts.editionMonth) values[key] = null;
        return;
      }
      if (NUMBER_TEXT.test(cell.text)) values[key] = readNumber(cell.text);
      else at(row.line, cell.col, numberMistake(cell.text) ?? m.notANumber(found(cell.text)));
    });
    years[year] = values;
  }
  if (problems.length) return { problems };
  return {
    problems,
    data: {
      file,
      years,
      acknowledgements,
      at: (path) => places.get(place(path)) ?? places.get(place(path.slice(0, -1))) ?? { file, line: header!.line, col: 1 },
    },
  };
}

function csvMistake(mistake: CsvMistake, file: string, problems: Problem[]): void {
  const m = msg().data;
  const error = (line: number, col: number, message: string): void => void problems.push({ file, line, col, severity: 'error', message });
  switch (mistake.kind) {
    case 'notUtf8': return error(mistake.line, mistake.col, m.notUtf8());
    case 'empty': return error(1, 1, m.empty());
    case 'separator': return error(1, 1, m.separator(mistake.commas));
    case 'unclosedQuote': return error(mistake.line, mistake.col, m.unclosedQuote());
  }
}
