/**
 * Data sanity: warnings for chart numbers that are valid but probably wrong (numbers that cannot be
 * right, such as an uptime above 100 %, are errors: chartValues.ts): a typing or copying
 * error, a forgotten month, a number for a month that has not happened yet. They point at the
 * value (file:line:col) and never stop a build, unless `--strict`.
 *
 * A series is all the numbers of one chart in calendar order (a monthly chart's year rows one after
 * another, or an uptime chart's months). The edition month comes from deck.yaml.
 *
 *   slot        `des: ~`: a number still to be filled in (left by `deck new-month`)
 *   report      the edition month has no number at all
 *   gap         a month missing between two months that have numbers
 *   same        a number identical to the month before (counts only: uptimes repeat by nature)
 *   outlier     more than 5× or less than 1/5 of the median of the months around it, unless a
 *               neighbouring month confirms the new level (a service starting small, a real drop)
 *   future      a number for a month after the edition month, or a year row after its year
 */
import type { Problem } from '../errors.js';
import { msg } from '../messages/index.js';
import { posOfPath } from '../load/sourceFile.js';
import { monthOf } from './months.js';
import { valueOf } from './numbers.js';
import { MONTH_KEYS, type DeckContent } from './schema.js';
import type { Slide } from './validate.js';

/** How far from its surroundings a number must be to be flagged, as a factor either way. */
export const OUTLIER_FACTOR = 5;
/** The months on either side of a value that make its surroundings. */
export const OUTLIER_WINDOW = 12;
/** At least this many numbers around a value before it is judged. */
export const OUTLIER_MIN_NEIGHBOURS = 4;
/** A neighbouring month within this factor confirms a value as a new level rather than a typo. */
export const CONFIRM_FACTOR = 3;
/** Repeated numbers below this are common (small counts) and not flagged. */
export const SAME_MIN = 100;

/** A month as a number: year × 12 + month index (0 = January). */
type MonthIndex = number;

interface Entry {
  t: MonthIndex;
  value: number | null;
  path: PropertyKey[];
  /** The key as written in the file (`des`, `2025-12`). */
  key: string;
}

export function sanityChecks(deck: DeckContent, slides: readonly Slide[]): Problem[] {
  const [year, month] = deck.month.split('-').map(Number) as [number, number];
  const edition = year * 12 + month - 1;
  const problems: Problem[] = [];
  for (const slide of slides) {
    const c = slide.content;
    if (c.layout !== 'chart' && c.layout !== 'text-chart') continue;
    if (c.chart.kind === 'categories') continue;
    // The values as written, for their keys and places: the validated content has the empty slots
    // (null) already left out. Each value is read as the content model reads it (numbers.ts).
    // A chart whose numbers come from a CSV file (slide.data) has its values and places there.
    const raw = slide.data
      ? { years: slide.data.years }
      : (slide.file.doc.toJS() as { chart: { years?: Record<string, Record<string, unknown> | null>; months?: Record<string, unknown> } }).chart;
    const found: Problem[] = [];
    const warn = (path: PropertyKey[], message: string, key = false) =>
      found.push({ ...(slide.data ? slide.data.at(path) : posOfPath(slide.file, path, { key })), severity: 'warning', message });
    if (c.chart.kind === 'monthly') checkMonthly(raw.years ?? {}, edition, warn);
    else checkUptime(raw.months ?? {}, edition, warn);
    problems.push(...found.sort((a, b) => a.line - b.line || a.col - b.col));
  }
  return problems;
}

type Warn = (path: PropertyKey[], message: string, key?: boolean) => void;

function checkMonthly(years: Record<string, Record<string, unknown> | null>, edition: MonthIndex, warn: Warn): void {
  const entries: Entry[] = [];
  for (const [y, months] of Object.entries(years)) {
    if (Number(y) > Math.floor(edition / 12)) {
      warn(['chart', 'years', y], msg().sanity.futureYear(Number(y), edition), true);
      continue;
    }
    for (const [key, value] of Object.entries(months ?? {})) {
      entries.push({ t: Number(y) * 12 + monthOf(key)!, value: valueOf(value), path: ['chart', 'years', y, key], key });
    }
  }
  const series = checkSeries(entries, edition, warn, { same: true });
  if (series && !series.some((e) => e.t === edition)) {
    const y = String(Math.floor(edition / 12));
    const key = MONTH_KEYS[edition % 12]!;
    if (y in years) warn(['chart', 'years', y], msg().sanity.reportMissingMonthly(edition, key), true);
    else warn(['chart', 'years'], msg().sanity.reportMissingYear(edition, key), true);
  }
}

function checkUptime(months: Record<string, unknown>, edition: MonthIndex, warn: Warn): void {
  const entries: Entry[] = Object.entries(months).map(([key, value]) => {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return { t: y * 12 + m - 1, value: valueOf(value), path: ['chart', 'months', key], key };
  });
  const series = checkSeries(entries, edition, warn, { same: false });
  if (series && !series.some((e) => e.t === edition)) {
    const key = `${Math.floor(edition / 12)}-${String((edition % 12) + 1).padStart(2, '0')}`;
    warn(['chart', 'months'], msg().sanity.reportMissingUptime(edition, key), true);
  }
}

/**
 * The rules every series shares. Returns the series up to the edition month (numbers and slots,
 * in calendar order), or undefined when it has no numbers at all (the render stage warns then).
 */
function checkSeries(entries: Entry[], edition: MonthIndex, warn: Warn, opts: { same: boolean }): Entry[] | undefined {
  const series: Entry[] = [];
  for (const e of entries) {
    if (e.t > edition) warn(e.path, msg().sanity.futureMonth(e.t, edition));
    else series.push(e);
  }
  series.sort((a, b) => a.t - b.t);
  for (const e of series) if (e.value === null) warn(e.path, msg().sanity.slot(e.t, e.key.includes('-') ? `"${e.key}"` : e.key));
  for (let i = 1; i < series.length; i++) {
    const a = series[i - 1]!;
    const b = series[i]!;
    if (b.t - a.t > 1) warn(b.path, msg().sanity.gap(a.t + 1, b.t - 1));
  }
  const numbers = series.filter((e): e is Entry & { value: number } => e.value !== null);
  if (numbers.length === 0) return undefined;
  const at = new Map(numbers.map((e) => [e.t, e.value]));
  for (const e of numbers) {
    const before = at.get(e.t - 1);
    if (opts.same && before !== undefined && before === e.value && Math.abs(e.value) >= SAME_MIN) warn(e.path, msg().sanity.same(e.t, e.value));
    const around = numbers.filter((o) => o !== e && Math.abs(o.t - e.t) <= OUTLIER_WINDOW).map((o) => o.value);
    if (around.length < OUTLIER_MIN_NEIGHBOURS) continue;
    const med = median(around);
    if (!(med > 0) || e.value < 0) continue;
    if (e.value <= med * OUTLIER_FACTOR && e.value * OUTLIER_FACTOR >= med) continue;
    const confirmed = [before, at.get(e.t + 1)].some((n) => n !== undefined && n > 0 && e.value > 0 && Math.max(n, e.value) / Math.min(n, e.value) <= CONFIRM_FACTOR);
    if (!confirmed) warn(e.path, msg().sanity.outlier(e.value, round(med), OUTLIER_WINDOW));
  }
  return series;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Number(n.toFixed(2));
}
