/**
 * CSV files as a spreadsheet with Norwegian settings writes them: cells separated by `;` (Excel's
 * «CSV (semikolondelt)», since the comma is the decimal sign) or by tabs (cells copied from a
 * spreadsheet and pasted into a text file), UTF-8 with or without a byte order mark, lines ending in
 * CRLF or LF, a cell in double quotes when it holds the separator (`""` for a quote inside).
 *
 * Every cell keeps its line and column, for messages that point into the CSV file. What the cells
 * mean (months, years, numbers) is for the caller (validate/chartData.ts).
 */

export interface CsvCell {
  /** The cell's text, without its quotes and the spaces around it. */
  text: string;
  /** 1-based column where the cell starts (after the separator). */
  col: number;
}

export interface CsvRow {
  /** 1-based line number. */
  line: number;
  cells: CsvCell[];
  /** The line as written. */
  source: string;
}

export interface CsvText {
  rows: CsvRow[];
  separator: ';' | '\t';
  /** The line ending the file uses, and whether it starts with a byte order mark (kept when the file is edited). */
  newline: '\r\n' | '\n';
  bom: boolean;
}

export type CsvMistake =
  | { kind: 'notUtf8'; line: number; col: number }
  | { kind: 'empty' }
  | { kind: 'separator'; commas: boolean }
  | { kind: 'unclosedQuote'; line: number; col: number };

/** The text of a CSV file's bytes, or where it stops being UTF-8. */
export function decodeCsv(bytes: Uint8Array): { text: string; bom: boolean } | CsvMistake {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.startsWith('\ufeff') ? { text: text.slice(1), bom: true } : { text, bom: false };
  } catch {
    // The first byte that is not UTF-8: decode up to it to say where it is.
    const good = new TextDecoder('utf-8').decode(bytes).split('\ufffd')[0]!.replace(/^\ufeff/, '');
    const lines = good.split('\n');
    return { kind: 'notUtf8', line: lines.length, col: lines[lines.length - 1]!.length + 1 };
  }
}

/** Splits the text into rows and cells. Blank lines are left out. */
export function parseCsv(text: string, bom = false): CsvText | CsvMistake {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined) return { kind: 'empty' };
  const separator = first.includes(';') ? ';' : first.includes('\t') ? '\t' : undefined;
  if (!separator) return { kind: 'separator', commas: first.includes(',') };
  const rows: CsvRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cells = splitLine(line, separator);
    if ('unclosed' in cells) return { kind: 'unclosedQuote', line: i + 1, col: cells.unclosed };
    rows.push({ line: i + 1, cells, source: line });
  }
  return { rows, separator, newline, bom };
}

function splitLine(line: string, separator: string): CsvCell[] | { unclosed: number } {
  const cells: CsvCell[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    while (line[i] === ' ') i++;
    const textStart = i;
    let text: string;
    if (line[i] === '"') {
      const quote = i;
      let value = '';
      i++;
      for (;;) {
        if (i >= line.length) return { unclosed: quote + 1 };
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      const end = line.indexOf(separator, i);
      text = (value + line.slice(i, end < 0 ? line.length : end)).trim();
      i = end < 0 ? line.length : end;
    } else {
      const end = line.indexOf(separator, i);
      text = line.slice(i, end < 0 ? line.length : end).trim();
      i = end < 0 ? line.length : end;
    }
    cells.push({ text, col: (text ? textStart : start) + 1 });
    if (i >= line.length) return cells;
    i++; // the separator
  }
}
