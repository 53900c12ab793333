/**
 * `deck new-month 2025-12`: the next edition, made from the latest one, ready for the editor.
 *
 *   copy the folder (not SOURCE-NOTES.md or other notes about the old month's source); pictures
 *                    and folders of pictures keep their names, since slides name them
 *   deck.yaml        month advances; «november 2025» in the title or footer becomes «desember 2025»
 *   slide titles     «november 2025» in a title or subtitle becomes «desember 2025»
 *   monthly charts   an empty slot for the new month (`des: ~ # fyll inn`); when a new year starts,
 *                    a row for it, and the oldest year leaves a chart that shows four years or more
 *   uptime chart     a slot for the new month; the oldest months leave so that the chart keeps the
 *                    window its title names («siste 2 år» = 24 months), or its present length
 *   everything else  kept as it is: dated text is for the editor to revise, and is listed
 *
 * Files are edited through the YAML document model, so comments, quotes and layout stay as they
 * were; a file with nothing to change is copied byte for byte. The result is a checklist with the
 * file:line:col of every number to fill in and every text to revise.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, visit, type Document, type YAMLMap } from 'yaml';
import { checkEdition } from '../build.js';
import { ContentError, UsageError, type Problem, type SourcePos } from '../errors.js';
import { DECK_FILE, isSlideFile } from '../load/editionFiles.js';
import { isInside } from '../load/safeRead.js';
import { posOfPath } from '../load/sourceFile.js';
import { withoutAcknowledgements } from '../validate/acknowledged.js';
import { addCsvMonths } from './csvMonth.js';
import { msg } from '../messages/index.js';
import { ROOT } from '../paths.js';
import { MONTH_LONG } from '../render/format.js';
import { monthOf } from '../validate/months.js';
import { MONTH_KEYS } from '../validate/schema.js';

export const SLOT_COMMENT = ' fyll inn';
/** A chart with this many years or more keeps its number of years when a new year starts. */
export const YEARS_KEPT = 4;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YAML_OUT = { lineWidth: 0, flowCollectionPadding: false, nullStr: '~' } as const;

export interface ChecklistItem extends SourcePos {
  text: string;
}

export interface NewMonthResult {
  from: string;
  dir: string;
  slides: number;
  /** What was advanced or dropped automatically. */
  changed: ChecklistItem[];
  /** Every empty slot: a number the editor must fill in. */
  fill: ChecklistItem[];
  /** Text and numbers that are probably dated: for the editor to check. */
  revise: ChecklistItem[];
  /** Files not copied. */
  skipped: string[];
}

export interface NewMonthOptions {
  /** The new edition's month, "YYYY-MM". */
  month: string;
  /** The edition to start from; default: the latest edition before `month` in `contentRoot`. */
  from?: string;
  /** Where editions live; default content/. */
  contentRoot?: string;
  /** The new folder; default: next to `from`, named after the month. */
  out?: string;
}

/** A month as one number: year × 12 + month index (0 = January). */
const index = (year: number, month: number) => year * 12 + month - 1;
const yearOf = (t: number) => Math.floor(t / 12);
const monthKey = (t: number) => MONTH_KEYS[t % 12]!;
const isoMonth = (t: number) => `${yearOf(t)}-${String((t % 12) + 1).padStart(2, '0')}`;
const label = (t: number) => `${MONTH_LONG[t % 12]} ${yearOf(t)}`;

export function newMonth(opts: NewMonthOptions): NewMonthResult {
  const m = MONTH.exec(opts.month);
  if (!m) throw new UsageError(msg().newMonth.notAMonth(opts.month));
  const target = index(Number(m[1]), Number(m[2]));
  const from = opts.from ?? latestEdition(opts.contentRoot ?? 'content', opts.month);

  const { edition, problems } = checkEdition(from);
  // A file in the old folder that no slide uses (load/editionFiles.ts: a problem of the whole file,
  // not a YAML file) does not stop the new month: it is copied (a link out of the folder is not), and
  // the new edition's check names it where the editor now works.
  const unused = (p: Problem) => p.line === 0 && !/\.ya?ml$/i.test(p.file);
  const errors = problems.filter((p) => p.severity === 'error' && !unused(p));
  if (!edition || errors.length) throw new ContentError(errors);
  const source = index(edition.year, edition.month);
  if (target <= source) throw new UsageError(msg().newMonth.notAfter(opts.month, from, edition.deck.month));
  const dir = opts.out ?? join(dirname(from), opts.month);
  if (existsSync(dir)) throw new UsageError(msg().newMonth.exists(dir));

  const ctx: Ctx = { source, target, csv: [], changed: [], fill: [], revise: [] };
  const skipped: string[] = [];
  mkdirSync(dir, { recursive: true });
  // Pictures and other files are copied as they are, under the same names (slides name them). A
  // link is copied as the file it leads to, when that lies in the edition; a link out is not copied.
  const inside = realpathSync(from);
  const copyable = (src: string) => {
    if (!lstatSync(src).isSymbolicLink()) return true;
    try {
      if (isInside(inside, realpathSync(src))) return true;
    } catch {
      // a link that leads nowhere
    }
    skipped.push(relative(from, src));
    return false;
  };
  try {
    for (const name of readdirSync(from).sort()) {
      const path = join(from, name);
      if (/\.md$/i.test(name)) {
        skipped.push(name);
        continue;
      }
      if (name === DECK_FILE || isSlideFile(name)) {
        const newName = renamed(name, source, target);
        const out = join(dir, newName);
        writeEdited(readFileSync(path, 'utf8'), out, name === DECK_FILE ? 'deck' : 'slide', ctx);
        if (newName !== name) ctx.changed.push({ file: out, line: 0, col: 0, text: msg().newMonth.renamed(name) });
      } else if (copyable(path)) {
        cpSync(path, join(dir, name), { recursive: true, dereference: true, filter: copyable });
      }
    }
    for (const { name, title } of ctx.csv) addCsvSlots(join(dir, name), title, ctx);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const byPlace = (a: ChecklistItem, b: ChecklistItem) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
  return {
    from,
    dir,
    slides: edition.slides.length,
    changed: ctx.changed.sort(byPlace),
    fill: ctx.fill.sort(byPlace),
    revise: ctx.revise.sort(byPlace),
    skipped,
  };
}

/** The newest edition folder (YYYY-MM with a deck.yaml) before `month`. */
export function latestEdition(root: string, month: string): string {
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    // reported below
  }
  const earlier = names.filter((n) => MONTH.test(n) && n < month && existsSync(join(root, n, 'deck.yaml'))).sort();
  if (!earlier.length) throw new UsageError(msg().newMonth.noEarlier(month, root));
  return join(root, earlier[earlier.length - 1]!);
}

interface Ctx {
  source: number;
  target: number;
  /** The CSV files of monthly charts (`data:`), edited once the folder is copied. */
  csv: { name: string; title: string }[];
  changed: ChecklistItem[];
  fill: ChecklistItem[];
  revise: ChecklistItem[];
}

/** Where a found item is, in the file as written. */
type Pending = { path: (string | number)[]; text: string; key?: boolean; list: 'changed' | 'fill' | 'revise' };

function writeEdited(source: string, out: string, kind: 'deck' | 'slide', ctx: Ctx): void {
  let text = source;
  // Acknowledged warnings are for the month that was checked: the new month is checked anew.
  const before = new LineCounter();
  const original = parseDocument(text, { lineCounter: before });
  const stripped = withoutAcknowledgements({ path: out, text, lines: before });
  const pending: Pending[] = stripped.removed.map((a) => ({ path: pathAtLine(original, a.line, before), text: msg().newMonth.acknowledgementRemoved(a.reason), list: 'changed' }));
  text = stripped.text;
  const doc = parseDocument(text);
  const edited = kind === 'deck' ? editDeck(doc, ctx, pending) : editSlide(doc, ctx, pending);
  let result = edited ? doc.toString(YAML_OUT) : text;
  result = withSchemaLine(result, out, kind);
  writeFileSync(out, result);

  // Positions in the file as written, and the dated text that is left for the editor.
  const lines = new LineCounter();
  const written = parseDocument(result, { lineCounter: lines });
  const file = { path: out, text: result, doc: written, lines };
  for (const p of pending) ctx[p.list].push({ ...posOfPath(file, p.path, { key: p.key }), text: p.text });
  // Slots left empty in an earlier month are still to be filled in: on the list too.
  const listed = new Set(pending.filter((p) => p.list === 'fill').map((p) => p.path.join('\u0000')));
  for (const slot of emptySlots(written)) {
    if (!listed.has(slot.path.join('\u0000'))) ctx.fill.push({ ...posOfPath(file, slot.path), text: msg().newMonth.fillEarlier(slot.title, slot.t) });
  }
  for (const r of datedText(written, ctx)) {
    const at = lines.linePos(r.offset);
    ctx.revise.push({ file: out, line: at.line, col: at.col, text: r.text });
  }
}

/** The path of the value that starts on `line` (1-based), or [] (the whole file). */
function pathAtLine(doc: Document, line: number, lines: LineCounter): (string | number)[] {
  let found: (string | number)[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (found.length) return;
    if (isMap(node) || isSeq(node)) {
      node.items.forEach((item, i) => {
        const pair = isMap(node) ? (item as Pair) : undefined;
        const value = pair ? pair.value : item;
        const at = pair ? [...path, keyOf(pair)] : [...path, i];
        const range = (value as { range?: number[] } | null)?.range ?? (pair?.key as { range?: number[] } | null)?.range;
        if (range && lines.linePos(range[0]!).line === line && !isMap(value) && !isSeq(value)) found = at;
        else walk(value, at);
      });
    }
  };
  walk(doc.contents, []);
  return found;
}

function editDeck(doc: Document, ctx: Ctx, pending: Pending[]): boolean {
  let edited = false;
  const month = doc.get('month', true);
  if (isScalar(month)) {
    month.value = isoMonth(ctx.target);
    pending.push({ path: ['month'], text: msg().newMonth.monthSet(isoMonth(ctx.target)), list: 'changed' });
    edited = true;
  }
  for (const field of ['title', 'footer']) edited = advanceTitle(doc, [field], ctx, pending) || edited;
  return edited;
}

function editSlide(doc: Document, ctx: Ctx, pending: Pending[]): boolean {
  let edited = false;
  for (const path of [['title'], ['subtitle'], ['chart', 'title']]) edited = advanceTitle(doc, path, ctx, pending) || edited;
  const kind = doc.getIn(['chart', 'kind']);
  const title = String(doc.get('title') ?? 'chart');
  const data = doc.getIn(['chart', 'data']);
  if (kind === 'monthly' && typeof data === 'string') ctx.csv.push({ name: data, title });
  else if (kind === 'monthly') edited = addMonthlySlots(doc, ctx, pending, title) || edited;
  if (kind === 'uptime') edited = addUptimeSlots(doc, ctx, pending, title) || edited;
  if (kind === 'categories') {
    pending.push({ path: ['chart', 'series'], key: true, text: msg().newMonth.reviseCategories(title, ctx.target), list: 'revise' });
  }
  const table = doc.getIn(['table', 'rows']);
  if (isSeq(table) && table.items.some((row) => isSeq(row) && row.items.some((c) => isScalar(c) && typeof c.value === 'number'))) {
    pending.push({ path: ['table'], key: true, text: msg().newMonth.reviseTable(title, ctx.target), list: 'revise' });
  }
  return edited;
}

/** Every `~` in a monthly or uptime chart: where it is, and which month it stands for. */
function emptySlots(doc: Document): { path: (string | number)[]; t: number; title: string }[] {
  const kind = doc.getIn(['chart', 'kind']);
  const title = String(doc.get('title') ?? 'chart');
  const found: { path: (string | number)[]; t: number; title: string }[] = [];
  const isEmpty = (v: unknown) => v === null || (isScalar(v) && v.value === null);
  if (kind === 'monthly') {
    const years = doc.getIn(['chart', 'years'], true);
    if (!isMap(years)) return found;
    for (const row of years.items) {
      if (!isMap(row.value)) continue;
      for (const cell of row.value.items) {
        const m = monthOf(keyOf(cell));
        if (m !== undefined && isEmpty(cell.value)) found.push({ path: ['chart', 'years', keyOf(row), keyOf(cell)], t: index(Number(keyOf(row)), m + 1), title });
      }
    }
  } else if (kind === 'uptime') {
    const months = doc.getIn(['chart', 'months'], true);
    if (!isMap(months)) return found;
    for (const cell of months.items) {
      const m = MONTH.exec(keyOf(cell));
      if (m && isEmpty(cell.value)) found.push({ path: ['chart', 'months', keyOf(cell)], t: index(Number(m[1]), Number(m[2])), title });
    }
  }
  return found;
}

/** «november 2025» → «desember 2025» in a title, keeping a capital first letter. */
function advanceTitle(doc: Document, path: string[], ctx: Ctx, pending: Pending[]): boolean {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'string') return false;
  const pattern = new RegExp(`(?<!\\p{L})(${MONTH_LONG[ctx.source % 12]})(\\s+)${yearOf(ctx.source)}(?!\\d)`, 'giu');
  const next = node.value.replace(pattern, (_all, name: string, space: string) => {
    const month = MONTH_LONG[ctx.target % 12]!;
    return `${name[0] === name[0]!.toUpperCase() ? month[0]!.toUpperCase() + month.slice(1) : month}${space}${yearOf(ctx.target)}`;
  });
  if (next === node.value) return false;
  node.value = next;
  pending.push({ path, text: msg().newMonth.titleSet(path.join('.'), next), list: 'changed' });
  return true;
}

function keyOf(p: unknown): string {
  const k = (p as Pair).key;
  return String(isScalar(k) ? k.value : k);
}

function quoted(value: string): Scalar {
  const s = new Scalar(value);
  s.type = Scalar.QUOTE_DOUBLE;
  return s;
}

function slotValue(): Scalar {
  const s = new Scalar(null);
  s.comment = SLOT_COMMENT;
  return s;
}

/** Puts the pair where its key belongs in calendar order (`order` gives the month index of a key). */
function insertInOrder(map: YAMLMap, pair: Pair, order: (key: string) => number): void {
  const t = order(keyOf(pair));
  const at = map.items.findIndex((p) => order(keyOf(p)) > t);
  if (at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
  map.flow = false;
}

/** The new month's empty cell in a chart's CSV file, and every empty cell left from before, on the checklist. */
function addCsvSlots(path: string, title: string, ctx: Ctx): void {
  if (!existsSync(path)) return;
  const r = addCsvMonths(path, ctx.source, ctx.target, YEARS_KEPT);
  if (!r) return;
  for (const slot of r.slots) {
    ctx.fill.push({ file: path, line: slot.line, col: slot.col, text: slot.added ? msg().newMonth.fillNumber(title, slot.t) : msg().newMonth.fillEarlier(title, slot.t) });
  }
  if (r.dropped.length) ctx.changed.push({ file: path, line: 0, col: 0, text: msg().newMonth.yearsLeftOut(title, r.dropped, r.kept) });
  for (const a of r.acknowledgements) ctx.changed.push({ file: path, line: a.line, col: a.col, text: msg().newMonth.acknowledgementRemoved(a.reason) });
}

function addMonthlySlots(doc: Document, ctx: Ctx, pending: Pending[], title: string): boolean {
  const years = doc.getIn(['chart', 'years'], true);
  if (!isMap(years)) return false;
  const before = years.items.length;
  let edited = false;
  for (let t = ctx.source + 1; t <= ctx.target; t++) {
    const y = String(yearOf(t));
    let row = years.items.find((p) => keyOf(p) === y)?.value;
    if (!isMap(row)) {
      row = doc.createNode({}) as YAMLMap;
      insertInOrder(years as YAMLMap, new Pair(quoted(y), row), Number);
      edited = true;
    }
    const key = monthKey(t);
    // The month may be there under another of its names (`desember`, `Des`).
    if ((row as YAMLMap).items.some((p) => monthOf(keyOf(p)) === t % 12)) continue;
    insertInOrder(row as YAMLMap, new Pair(new Scalar(key), slotValue()), (k) => monthOf(k) ?? -1);
    pending.push({ path: ['chart', 'years', y, key], text: msg().newMonth.fillNumber(title, t), list: 'fill' });
    edited = true;
  }
  // A chart of four years (or more) keeps its number of years: the oldest leaves when a new one comes.
  const keep = Math.max(YEARS_KEPT, before);
  const dropped: string[] = [];
  while (years.items.length > keep) {
    const oldest = [...years.items].sort((a, b) => Number(keyOf(a)) - Number(keyOf(b)))[0]!;
    years.items.splice(years.items.indexOf(oldest), 1);
    dropped.push(keyOf(oldest));
  }
  if (dropped.length) pending.push({ path: ['chart', 'years'], key: true, text: msg().newMonth.yearsLeftOut(title, dropped, keep), list: 'changed' });
  return edited;
}

const NUMBER_WORDS: Record<string, number> = { ett: 1, en: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12 };

/** The window an uptime chart's title names: «siste 2 år» = 24, «siste tolv måneder» = 12. */
export function windowFromTitle(text: string): number | undefined {
  const m = /siste\s+(\d+|[a-zæøå]+)\s+(år|måneder|mnd)/i.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()];
  if (!n) return undefined;
  return m[2]!.toLowerCase() === 'år' ? n * 12 : n;
}

function addUptimeSlots(doc: Document, ctx: Ctx, pending: Pending[], title: string): boolean {
  const months = doc.getIn(['chart', 'months'], true);
  if (!isMap(months)) return false;
  const named = [doc.get('title'), doc.get('subtitle'), doc.getIn(['chart', 'title'])].map((s) => (typeof s === 'string' ? windowFromTitle(s) : undefined)).find((n) => n);
  const window = named ?? months.items.length;
  const order = (k: string) => {
    const m = MONTH.exec(k);
    return m ? index(Number(m[1]), Number(m[2])) : -1;
  };
  let edited = false;
  for (let t = ctx.source + 1; t <= ctx.target; t++) {
    const key = isoMonth(t);
    if (months.items.some((p) => keyOf(p) === key)) continue;
    insertInOrder(months as YAMLMap, new Pair(quoted(key), slotValue()), order);
    pending.push({ path: ['chart', 'months', key], text: msg().newMonth.fillUptime(title, t), list: 'fill' });
    edited = true;
  }
  const dropped: string[] = [];
  while (months.items.length > window) {
    const oldest = [...months.items].sort((a, b) => order(keyOf(a)) - order(keyOf(b)))[0]!;
    months.items.splice(months.items.indexOf(oldest), 1);
    dropped.push(keyOf(oldest));
  }
  if (dropped.length) pending.push({ path: ['chart', 'months'], key: true, text: msg().newMonth.monthsLeftOut(title, dropped, window, named !== undefined), list: 'changed' });
  return edited;
}

/**
 * Text that names the old month («november», also as «Endringer i november»), and when a new year
 * starts, the old year: probably dated, for the editor to revise. Keys and numbers are not text.
 */
function datedText(doc: Document, ctx: Ctx): { offset: number; text: string }[] {
  const found: { offset: number; text: string }[] = [];
  const month = MONTH_LONG[ctx.source % 12]!;
  const oldYear = String(yearOf(ctx.source));
  const newYear = yearOf(ctx.target) !== yearOf(ctx.source);
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const text = node.value;
      const names = [];
      if (new RegExp(`(^|[^\\p{L}])${month}($|[^\\p{L}])`, 'iu').test(text)) names.push(month);
      if (newYear && new RegExp(`(^|\\D)${oldYear}($|\\D)`).test(text)) names.push(oldYear);
      if (names.length) found.push({ offset: node.range[0], text: msg().newMonth.mentions(names, excerpt(text)) });
    },
  });
  return found;
}

function excerpt(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 70 ? `${one.slice(0, 67)}…` : one;
}

function renamed(name: string, source: number, target: number): string {
  return name
    .replace(new RegExp(MONTH_LONG[source % 12]!, 'g'), MONTH_LONG[target % 12]!)
    .replace(isoMonth(source), isoMonth(target));
}

/**
 * The first line points VS Code's YAML extension at the schema. It is kept when it leads to a schema
 * from the new folder too (a new month next to the old one), and otherwise points at the project's.
 */
function withSchemaLine(text: string, out: string, kind: 'deck' | 'slide'): string {
  const MODELINE = '# yaml-language-server: $schema=';
  const first = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  if (first.startsWith(MODELINE) && existsSync(resolve(dirname(out), first.slice(MODELINE.length).trim()))) return text;
  const schema = relative(dirname(resolve(out)), join(ROOT, 'content', 'schema', `${kind}.schema.json`)).split('\\').join('/');
  const rest = first.startsWith('# yaml-language-server:') ? text.slice(first.length + 1) : text;
  return `${MODELINE}${schema}\n${rest}`;
}
