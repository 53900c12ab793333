/**
 * The Handlebars helpers that layouts use to place content. Geometry lives in the templates;
 * measuring, wrapping and fit checks live here. Helpers return SVG markup (use triple braces).
 *
 * Charts render asynchronously (Vega), so `chart` and `chartTable` leave a placeholder and a
 * request in the render state; renderSlide fills them in after the template has run.
 */
import Handlebars from 'handlebars';
import type { Block, Chart, ContactGroup } from '../validate/schema.js';
import { contactLayout } from './contact.js';
import { formatNumber } from './format.js';
import { chartTableSpec } from './chartTable.js';
import { tableSvg, type TableSpec } from './tables.js';
import { FitError, flowSvg, textBox, esc, num, type FieldPath, type TextStyle } from './text/textSvg.js';
import { COLORS, PAGE, TYPE } from './theme.js';
import { FONT_FAMILY } from './fonts.js';
import { createPictureHelpers } from './pictures/helpers.js';
import type { PictureUse } from './pictures/place.js';
import type { SlidePicture } from '../validate/pictures/checkPictures.js';

export interface Deferred {
  id: number;
  kind: 'chart' | 'chartTable';
  chart: Chart;
  box: { x: number; y: number; width: number; height: number };
  field: FieldPath;
  /** For a data table: the box of the same chart drawn on this slide, if any. */
  alignWith?: { x: number; width: number };
}

/** Mutable state of one slide's render: the vertical cursor and the deferred chart work. */
export interface RenderState {
  /** y below the last placed element; `y="auto"` in a helper means "here". */
  cursor: number;
  /** Named y positions saved with {{mark "name"}} and used as y="@name". */
  marks: Record<string, number>;
  deferred: Deferred[];
  /** The slide's checked pictures, and the pictures placed so far (render/pictures/). */
  pictures: SlidePicture[];
  pictureUses: PictureUse[];
}

type Hash = Record<string, unknown>;

/** The lowest y that content may reach; the footer lies below. */
export const CONTENT_BOTTOM = PAGE.height - 46;
export const TABLE_ROW = 16;
/** Space between a note at the bottom of a slide and what is above it. */
const NOTE_GAP = 8;
type Options = Handlebars.HelperOptions;

const state = (o: Options): RenderState => (o.data as { state: RenderState }).state;

const field = (h: Hash, fallback: string): FieldPath =>
  String(h.field ?? fallback)
    .split('.')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

function box(h: Hash, o: Options, defaults: { width?: number; height?: number } = {}) {
  const st = state(o);
  const gap = Number(h.gap ?? 0);
  const y =
    h.y === undefined || h.y === 'auto' ? st.cursor + gap
    : typeof h.y === 'string' && h.y.startsWith('@') ? (st.marks[h.y.slice(1)] ?? st.cursor) + gap
    : Number(h.y);
  const bottom = Number(h.bottom ?? CONTENT_BOTTOM);
  const x = Number(h.x ?? PAGE.margin);
  const width = Number(h.w ?? defaults.width ?? PAGE.width - 2 * PAGE.margin);
  const height = h.h !== undefined ? Number(h.h) : defaults.height ?? bottom - y;
  return { x, y, width, height };
}

function style(h: Hash): TextStyle {
  const size = typeof h.size === 'string' && h.size in TYPE ? TYPE[h.size as keyof typeof TYPE] : Number(h.size ?? TYPE.body);
  const color = typeof h.color === 'string' ? (COLORS as Record<string, string>)[h.color] ?? h.color : undefined;
  return { size, bold: h.bold === true, color, leading: h.leading === undefined ? undefined : Number(h.leading), align: h.align as TextStyle['align'] };
}

/**
 * Body text shrinks in half-point steps, down to `minSize`, before it counts as not fitting:
 * one long slide then stays one slide, and the type scale stays within set bounds.
 */
function fitFlow(blocks: Block[], b: { x: number; y: number; width: number; height: number }, size: number, minSize: number, f: FieldPath) {
  for (let s = size; ; s -= 0.5) {
    try {
      return flowSvg(blocks, b, { size: s }, f);
    } catch (err) {
      if (!(err instanceof FitError) || s - 0.5 < minSize) throw err;
    }
  }
}

function listColumnsSvg(items: string[], cols: number, b: { x: number; y: number; width: number }, size: number, f: FieldPath) {
  const gutter = 20;
  const colWidth = (b.width - gutter * (cols - 1)) / cols;
  const gap = size * 0.3;
  const style = { size, leading: 1.2 };
  const heights = items.map((t, i) => textBox(t, { x: 0, y: 0, width: colWidth }, style, [...f, i], 'list-item').height + gap);
  // Columns are filled in reading order and balanced by height, not by count (some names wrap).
  const target = heights.reduce((a, h) => a + h, 0) / cols;
  const parts: string[] = [];
  let col = 0;
  let y = b.y;
  let tallest = 0;
  items.forEach((item, i) => {
    const h = heights[i]!;
    if (col < cols - 1 && y > b.y && y - b.y + h / 2 > target) {
      col++;
      y = b.y;
    }
    parts.push(textBox(item, { x: b.x + col * (colWidth + gutter), y, width: colWidth }, style, [...f, i], 'list-item').svg);
    y += h;
    tallest = Math.max(tallest, y - b.y - gap);
  });
  return { svg: `<g data-role="list">${parts.join('')}</g>`, height: tallest };
}

export function createHelpers(hb: typeof Handlebars): void {
  /**
   * {{{text value x= y= w= size= bold= color= maxLines= role= field= autolink=}}}: one wrapped text box.
   * Bare addresses become links in paragraphs and list items unless autolink=false.
   */
  hb.registerHelper('text', function (value: unknown, o: Options) {
    const h = o.hash as Hash;
    if (value === null || value === undefined || value === '') {
      // An absent optional text takes no room, but an explicit y still moves the cursor there.
      if (h.y !== undefined && h.y !== 'auto') state(o).cursor = box(h, o).y - Number(h.gap ?? 0);
      return '';
    }
    const b = box(h, o);
    const r = textBox(String(value), { x: b.x, y: b.y, width: b.width, maxLines: h.maxLines === undefined ? undefined : Number(h.maxLines), maxHeight: h.h === undefined && h.bottom === undefined ? undefined : b.height }, style(h), field(h, 'text'), String(h.role ?? 'paragraph'), h.autolink === undefined ? undefined : h.autolink !== false);
    state(o).cursor = b.y + r.height;
    return new hb.SafeString(r.svg);
  });

  /** {{{flow body x= y= w= h= size= minSize= field=}}}: headings, paragraphs and bullet lists, top down. */
  hb.registerHelper('flow', function (blocks: Block[] | null, o: Options) {
    if (!blocks) return '';
    const h = o.hash as Hash;
    const b = box(h, o);
    const r = fitFlow(blocks, b, style(h).size, h.minSize === undefined ? style(h).size : Number(h.minSize), field(h, 'body'));
    state(o).cursor = b.y + r.height;
    return new hb.SafeString(r.svg);
  });

  /** {{{chart chart x= y= w= h=}}}: a Vega-Lite chart, rendered after the template. */
  hb.registerHelper('chart', function (chart: Chart, o: Options) {
    return defer('chart', chart, o);
  });

  /** {{{chartTable chart x= y= w= h=}}}: the chart's data table (needs the chart's palette). */
  hb.registerHelper('chartTable', function (chart: Chart, o: Options) {
    return defer('chartTable', chart, o);
  });

  function defer(kind: Deferred['kind'], chart: Chart, o: Options) {
    const st = state(o);
    const h = o.hash as Hash;
    const id = st.deferred.length;
    const b = box(h, o);
    const drawn = kind === 'chartTable' ? st.deferred.find((d) => d.kind === 'chart' && d.chart === chart) : undefined;
    st.deferred.push({ id, kind, chart, box: b, field: field(h, 'chart'), alignWith: drawn?.box });
    st.cursor = b.y + b.height;
    return new hb.SafeString(`<!--deferred:${id}-->`);
  }

  /** {{{table table x= y= w= h= field=}}}: a table of the `table` layout. */
  hb.registerHelper('table', function (table: { columns: string[]; rows: (string | number)[][] }, o: Options) {
    const h = o.hash as Hash;
    const b = box(h, o);
    const f = field(h, 'table');
    const numeric = table.columns.map((_, c) => table.rows.every((r) => typeof r[c] === 'number' || /^[\d\s.,%]*$/.test(String(r[c]))));
    const spec: TableSpec = {
      header: table.columns,
      numeric,
      field: f,
      firstColumnShare: Number(h.firstColumn ?? 0.4),
      rows: table.rows.map((row, r) => ({
        cells: row.map((c) => (typeof c === 'number' ? formatNumber(c, Number.isInteger(c) ? 0 : 2) : c)),
        fields: row.map((_, c) => [...f, 'rows', r, c]),
      })),
    };
    const t = tableSvg(spec, { x: b.x, y: b.y, width: b.width, maxHeight: b.height }, { sizes: [Number(h.size ?? TYPE.body)], rowHeight: Number(h.rowHeight ?? 34) });
    state(o).cursor = b.y + t.height;
    return new hb.SafeString(t.svg);
  });

  /**
   * {{{listColumns items columns=3 x= y= w= h= size= minSize=}}}: a long list filled column by
   * column, at the largest size from `size` down to `minSize` that fits the box.
   */
  hb.registerHelper('listColumns', function (items: string[], o: Options) {
    const h = o.hash as Hash;
    const b = box(h, o);
    const cols = Number(h.columns ?? 3);
    const f = field(h, 'items');
    const max = style(h).size;
    const min = Number(h.minSize ?? max);
    let result: { svg: string; height: number } | undefined;
    for (let size = max; size >= min - 0.01 && !result; size -= 0.5) {
      const r = listColumnsSvg(items, cols, b, size, f);
      if (r.height <= b.height + 0.5) result = r;
    }
    if (!result) {
      const r = listColumnsSvg(items, cols, b, min, f);
      throw new FitError(f, `the list needs ${Math.round(r.height)} pt of height where ${Math.round(b.height)} pt are free, even at ${min} pt; use more columns or fewer entries`);
    }
    state(o).cursor = b.y + result.height;
    return new hb.SafeString(result.svg);
  });

  /** {{{rect x= y= w= h= fill=}}}: a decorative shape. */
  hb.registerHelper('rect', function (o: Options) {
    const h = o.hash as Hash;
    const fill = (COLORS as Record<string, string>)[String(h.fill)] ?? String(h.fill);
    return new hb.SafeString(`<rect data-role="decoration" x="${num(Number(h.x))}" y="${num(Number(h.y))}" width="${num(Number(h.w))}" height="${num(Number(h.h))}"${h.r ? ` rx="${num(Number(h.r))}"` : ''} fill="${esc(fill)}"/>`);
  });

  /** {{mark "name"}}: remember the current y as @name. */
  hb.registerHelper('mark', function (name: string, o: Options) {
    state(o).marks[name] = state(o).cursor;
    return '';
  });

  /**
   * (noteSpace note width): the room a note takes at the bottom of a slide, above the footer: its
   * height at the note size (TYPE.small) and the gap above it; 0 without a note.
   */
  hb.registerHelper('noteSpace', (note: string | null, width: number) =>
    note ? textBox(note, { x: 0, y: 0, width: Number(width) }, { size: TYPE.small }, ['note']).height + NOTE_GAP : 0,
  );

  /** (contactLayout groups): the contact slide's groups and cards with their positions. */
  hb.registerHelper('contactLayout', (groups: ContactGroup[]) => contactLayout(groups));

  /** (chartTableHeight chart): the height of a chart's data table, for placing it in a template. */
  hb.registerHelper('chartTableHeight', (chart: Chart) => (chartTableSpec(chart, [], []).rows.length + 1) * TABLE_ROW);

  /** {{{circle cx= cy= r= fill=}}}: a decorative circle. */
  hb.registerHelper('circle', function (o: Options) {
    const h = o.hash as Hash;
    const fill = (COLORS as Record<string, string>)[String(h.fill)] ?? String(h.fill);
    return new hb.SafeString(`<circle data-role="decoration" cx="${num(Number(h.cx))}" cy="${num(Number(h.cy))}" r="${num(Number(h.r))}" fill="${esc(fill)}"/>`);
  });

  /** {{{image path x= y= w= h=}}}: a logo file (checked to exist by validation), kept in proportion. */
  hb.registerHelper('image', function (path: string, o: Options) {
    const h = o.hash as Hash;
    return new hb.SafeString(`<image data-role="decoration" x="${num(Number(h.x))}" y="${num(Number(h.y))}" width="${num(Number(h.w))}" height="${num(Number(h.h))}" preserveAspectRatio="xMinYMid meet" href="${esc(path)}"/>`);
  });

  createPictureHelpers(hb, { state, box, field, bottom: CONTENT_BOTTOM });

  hb.registerHelper('color', (name: string) => (COLORS as Record<string, string>)[name] ?? name);
  hb.registerHelper('font', () => FONT_FAMILY);
  hb.registerHelper('add', (a: number, b: number) => Number(a) + Number(b));
  /** (pick cond a b): a when cond is set, else b. */
  hb.registerHelper('pick', (cond: unknown, a: unknown, b: unknown) => (cond ? a : b));
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  hb.registerHelper('sub', (a: number, b: number) => Number(a) - Number(b));
  hb.registerHelper('mul', (a: number, b: number) => Number(a) * Number(b));
  /** (cursor): the y below the last placed element. */
  hb.registerHelper('cursor', (o: Options) => state(o).cursor);
  hb.registerHelper('mod', (a: number, b: number) => Number(a) % Number(b));
  hb.registerHelper('div', (a: number, b: number) => Math.floor(Number(a) / Number(b)));
  hb.registerHelper('inc', (a: number) => Number(a) + 1);
  hb.registerHelper('esc', (s: string) => esc(String(s)));
}
