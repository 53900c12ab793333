/**
 * Numbers as editors type them, read in one place for the content model (schema.ts) and the data
 * sanity checks (sanity.ts).
 *
 *   7120449 · 7 120 449   digits, grouped by threes with a space, a no-break space (U+00A0) or a
 *                         narrow no-break space (U+202F), as Norwegian Excel and Word write them
 *   99,97 · 7 120,5       a decimal comma
 *   99.97                 a decimal point (YAML's own number, here also when it is in quotes)
 *   −5 · -5               a minus sign
 *
 * What can be read two ways, or is written the way of another language, is a mistake that says
 * how to write it: `1,530` (1530 or 1,53?), `7.120.449`, `7,120,449`, `7.120,5`, `99,97 %`.
 */
import { msg } from '../messages/index.js';

const SPACE = '[ \\u00a0\\u202f]';
const SIGN = '[-\\u2212]?';

/** A number as text that deck reads (a chart value in quotes, or with spaces or a comma). */
export const NUMBER_TEXT = new RegExp(`^(?!${SIGN}[1-9]\\d{0,2},\\d{3}$)${SIGN}(?:\\d+(?:[.,]\\d+)?|\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?)$`);

/** In a table a text of digits stays text ("2024"): only digit groups or a decimal comma make a number. */
const TABLE_NUMBER_TEXT = new RegExp(`^(?!${SIGN}[1-9]\\d{0,2},\\d{3}$)${SIGN}(?:\\d+,\\d+|\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?)$`);

/** The number a text matching NUMBER_TEXT stands for. */
export function readNumber(text: string): number {
  return Number(text.replace(new RegExp(SPACE, 'g'), '').replace(',', '.').replace('\u2212', '-'));
}

/** A chart value as the model has it, or as it stands in the file (a number, a number as text, or ~). */
export function valueOf(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && NUMBER_TEXT.test(v)) return readNumber(v);
  return null;
}

/** A table cell: a number when it is written as one with digit groups or a decimal comma. */
export function tableCell(text: string): string | number {
  return TABLE_NUMBER_TEXT.test(text.trim()) ? readNumber(text.trim()) : text;
}

/** Why a text that looks like a number cannot be read as one, in the catalogue's words; undefined if it can (or is not a number at all). */
export function numberMistake(text: string): string | undefined {
  const m = msg().validate.number;
  const t = text.trim();
  const sign = /^[-\u2212]/.test(t) ? '-' : '';
  const digits = t.replace(/^[-\u2212]/, '');
  if (/^[1-9]\d{0,2},\d{3}$/.test(digits)) {
    return m.ambiguous(t, Number(`${sign}${digits.replace(',', '')}`), Number(`${sign}${digits.replace(',', '.')}`));
  }
  const groups = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:([.,])(\d+))?$/.exec(digits);
  if (groups && (groups[2] === undefined ? digits.split(groups[1]!).length > 2 : groups[2] !== groups[1])) {
    const [int, dec] = groups[2] ? [digits.slice(0, digits.lastIndexOf(groups[2])), digits.slice(digits.lastIndexOf(groups[2]) + 1)] : [digits, undefined];
    const n = Number(`${sign}${int.split(groups[1]!).join('')}${dec ? `.${dec}` : ''}`);
    return m.separators(t, groups[1]!, n);
  }
  const spaced = new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+\\.\\d+$`).exec(digits);
  if (spaced) {
    const n = Number(`${sign}${digits.replace(new RegExp(SPACE, 'g'), '')}`);
    return m.pointWithSpaces(t, n);
  }
  const percent = /^(.*\d)\s*%$/.exec(t);
  if (percent && NUMBER_TEXT.test(percent[1]!)) return m.percent(t, readNumber(percent[1]!));
  return undefined;
}

/** Whether a table cell is a number written in a way that must not pass as text. */
export function tableCellMistake(text: string): string | undefined {
  return /^[-\u2212]?\d[\d.,]*$/.test(text.trim()) ? numberMistake(text) : undefined;
}

/** Whether an issue of the content model comes from the pattern of number texts. */
export function isNumberPattern(pattern: unknown): boolean {
  return pattern === NUMBER_TEXT.source || (pattern instanceof RegExp && pattern.source === NUMBER_TEXT.source);
}
