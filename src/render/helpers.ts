/**
 * The Handlebars helpers that layouts use to place content. Geometry lives in the templates;
 * measuring, wrapping and fit checks live here. Helpers return SVG markup (use triple braces).
 *
 * Charts render asynchronously (Vega), so `chart` and `chartTable` leave a placeholder and a
 * request in the render state; renderSlide fills them in after the template has run.
 */
import type Handlebars from 'handlebars';
import { msg } from '../messages/index.js';
import type { Block, Chart, ContactGroup } from '../validate/schema.js';
import { contactLayout } from './contact.js';
import { formatNumber } from './format.js';
import { dataTableFits, dataTableHeight } from './chartTable.js';
import { tableSvg, type TableSpec } from './tables.js';
import { FitError, flowSvg, headingSvg, textBox, wrapBox, esc, num, type FieldPath, type HeadingPart, type TextStyle } from './text/textSvg.js';
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
      return { ...flowSvg(blocks, b, { size: s }, f), size: s };
    } catch (err) {
      if (!(err instanceof FitError) || s - 0.5 < minSize) throw err;
    }
  }
}

function noteSpace(note: string | null, width: number): number {
  return note ? textBox(note, { x: 0, y: 0, width }, { size: TYPE.small }, ['note']).height + NOTE_GAP : 0;
}

/** A text-chart slide's body: its size, the smallest it may shrink to, and how far below the header it starts. */
export const TEXT_CHART_BODY = { size: TYPE.body, minSize: 10, gap: 18 } as const;
/** The text column's widths to choose from when the data table runs under both columns; the chart takes the rest. */
const TEXT_COLUMN_WIDTHS = [318, 350, 382, 414];
const COLUMN_GUTTER = 24;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * The geometry of a text-chart slide. The data table goes under the chart when it fits there at
 * full size; else (twelve months of six-digit numbers) it runs under both columns, and the text
 * column, now shorter, gets the width at which the body is set largest (the narrowest of those, so
 * that the chart keeps as much width as it can).
 */
export function textChartLayout(body: Block[] | null, chart: Chart, note: string | null, top: number) {
  const tableHeight = dataTableHeight(chart);
  const chartColumn = CONTENT_WIDTH - TEXT_COLUMN_WIDTHS[0]! - COLUMN_GUTTER;
  const underChart = dataTableFits(chart, chartColumn);
  const tableWidth = underChart ? chartColumn : CONTENT_WIDTH;
  const tableX = PAGE.margin + CONTENT_WIDTH - tableWidth;
  const tableY = CONTENT_BOTTOM - tableHeight - noteSpace(note, tableWidth);
  const bodyBottom = underChart ? CONTENT_BOTTOM : tableY - 14;
  let bodyWidth = TEXT_COLUMN_WIDTHS[0]!;
  if (!underChart && body) {
    const y = top + TEXT_CHART_BODY.gap;
    let best = 0;
    for (const w of TEXT_COLUMN_WIDTHS) {
      const size = fittedSize(body, { x: 0, y, width: w, height: bodyBottom - y });
      if (size > best + 0.01) [best, bodyWidth] = [size, w];
      if (size >= TEXT_CHART_BODY.size) break;
    }
  }
  const chartX = PAGE.margin + bodyWidth + COLUMN_GUTTER;
  return {
    body: TEXT_CHART_BODY,
    bodyWidth,
    bodyBottom,
    chartX,
    chartWidth: PAGE.margin + CONTENT_WIDTH - chartX,
    chartBottom: tableY - 10,
    tableX,
    tableY,
    tableWidth,
    tableHeight,
    noteY: CONTENT_BOTTOM + NOTE_GAP - noteSpace(note, tableWidth),
  };
}

/** The size fitFlow sets a text-chart body at in `b` (0 when it does not fit even at the smallest). */
function fittedSize(blocks: Block[], b: { x: number; y: number; width: number; height: number }): number {
  try {
    return fitFlow(blocks, b, TEXT_CHART_BODY.size, TEXT_CHART_BODY.minSize, []).size;
  } catch (err) {
    if (err instanceof FitError) return 0;
    throw err;
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

  /** (part value x= y= gap= w= size= bold= color= leading= maxLines= field=): one piece of a {{{heading}}}. */
  hb.registerHelper('part', function (value: unknown, o: Options) {
    return { value, hash: o.hash as Hash };
  });

  /**
   * {{{heading (part …) (part …)}}}: one heading set in several pieces placed like {{{text}}} boxes
   * (a section's big number above its title; the title page's title and subtitle) and read as one,
   * the pieces joined by a space. A piece whose value is absent takes no room.
   */
  hb.registerHelper('heading', function (...args: unknown[]) {
    const o = args.pop() as Options;
    const parts: HeadingPart[] = [];
    for (const { value, hash } of args as { value: unknown; hash: Hash }[]) {
      if (value === null || value === undefined || value === '') continue;
      const b = box(hash, o);
      const st = style(hash);
      const maxLines = hash.maxLines === undefined ? undefined : Number(hash.maxLines);
      const { lines, height } = wrapBox(String(value), { width: b.width, maxLines }, st, field(hash, 'title'), false);
      parts.push({ lines, x: b.x, top: b.y, width: b.width, style: st });
      state(o).cursor = b.y + height;
    }
    return new hb.SafeString(parts.length ? `<g data-role="heading">${headingSvg(parts)}</g>` : '');
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
      throw new FitError(f, msg().render.listTooTall(Math.round(r.height), Math.round(b.height), min));
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
  hb.registerHelper('noteSpace', (note: string | null, width: number) => noteSpace(note, Number(width)));

  /**
   * (textChartLayout body chart note): where the pieces of a text-chart slide go (see textChartLayout);
   * for {{#with}} in templates/layouts/text-chart.hbs.
   */
  hb.registerHelper('textChartLayout', function (body: Block[] | null, chart: Chart, note: string | null, o: Options) {
    return textChartLayout(body, chart, note, state(o).marks.top ?? state(o).cursor);
  });

  /** (contactLayout groups): the contact slide's groups and cards with their positions. */
  hb.registerHelper('contactLayout', (groups: ContactGroup[]) => contactLayout(groups));

  /** (chartTableHeight chart): the height of a chart's data table, for placing it in a template. */
  hb.registerHelper('chartTableHeight', (chart: Chart) => dataTableHeight(chart));

  /** (chartTableFits chart width): whether the chart's data table fits `width` at full size. */
  hb.registerHelper('chartTableFits', (chart: Chart, width: number) => dataTableFits(chart, Number(width)));

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
