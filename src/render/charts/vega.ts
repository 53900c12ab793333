/**
 * Vega-Lite spec → SVG `<g>` markup, in Node without a browser or canvas:
 *
 *   Vega-Lite spec ─compile→ Vega spec ─parse→ View(renderer 'none', nb-NO locale) ─toSVG→ markup ─clean→ <g>
 *
 * A chart template's compile and parse happen once per shape of chart (reuse.ts).
 * Text is measured with Inter's real advance widths (fonts.ts), so Vega's layout matches what PDFKit
 * draws. The markup is cleaned for the compose drawer: no outer <svg>, no clip paths, bold as "bold".
 */
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { textWidth, type Weight } from '../fonts.js';
import { NB_NUMBER_LOCALE, NB_TIME_LOCALE } from '../format.js';
import { timed } from '../../timings.js';
import { collectingLogger, parsedChart, parseVegaLite, type Logger } from './reuse.js';
import type { ChartKind } from './template.js';

/** The subset of a Vega scenegraph text item that text measuring reads. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

type WidthFn = (item: TextItem, text: unknown) => number;
const metrics = (vega as unknown as { textMetrics: { width: WidthFn; height: (item: TextItem) => number } }).textMetrics;

/** Vega's font weight → the face we embed. */
export function weightOf(fontWeight: unknown): Weight {
  if (fontWeight === 'bold' || fontWeight === 'bolder') return 'bold';
  const n = typeof fontWeight === 'number' ? fontWeight : Number(fontWeight);
  return Number.isFinite(n) && n >= 600 ? 'bold' : 'regular';
}

function fontSizeOf(item: TextItem): number {
  return item.fontSize != null ? Number(item.fontSize) || 0 : 11;
}

/**
 * Inter's width of `text` as Vega would draw it. Vega truncates text with a `limit` by calling this
 * function on prefixes; clamping to the limit keeps its binary search correct and the item's bounds
 * no wider than the truncated text.
 */
const interWidth: WidthFn = (item, text) => {
  const size = fontSizeOf(item);
  if (size <= 0 || text == null) return 0;
  const weight = weightOf(item.fontWeight);
  const lines = Array.isArray(text) ? text : [text];
  const w = Math.max(0, ...lines.map((line) => textWidth(String(line).trim(), size, weight)));
  const limit = Number(item.limit) || 0;
  return limit > 0 ? Math.min(w, limit) : w;
};

// Vega keeps its text measurer in one module-level object; every chart uses Inter, so set it once.
metrics.width = interWidth;

/** The locale of every chart view (per view, not Vega's global default). */
const VIEW_LOCALE = { number: NB_NUMBER_LOCALE, time: NB_TIME_LOCALE };

export interface SvgResult {
  /** One `<g>` element, origin at 0,0. */
  svg: string;
  width: number;
  height: number;
  /** Warnings from Vega-Lite and Vega; a well-made chart has none. */
  warnings: string[];
  /** The box Vega's layout says the marks, axes and legends take, in the `<g>`'s coordinates. */
  bounds: { x1: number; y1: number; x2: number; y2: number };
}

interface ViewInternals {
  scenegraph(): { root: { bounds: { x1: number; y1: number; x2: number; y2: number } } };
  origin(): [number, number];
  padding(): { left?: number; top?: number };
}

/** Render a Vega-Lite spec to SVG markup. Deterministic: the same spec gives the same bytes. */
export async function renderVegaLite(spec: TopLevelSpec): Promise<SvgResult> {
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  return renderParsed(parseVegaLite(spec, logger), warnings, logger);
}

/** Render a chart template filled with `vars`; compiled and parsed once per shape of chart (reuse.ts). */
export async function renderTemplate(kind: ChartKind, vars: Record<string, unknown>): Promise<SvgResult> {
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  return renderParsed(parsedChart(kind, vars, logger), warnings, logger);
}

async function renderParsed(runtime: vega.Runtime, warnings: string[], logger: Logger): Promise<SvgResult> {
  const view = timed('vega view', () => new vega.View(runtime, { renderer: 'none', logger: logger as never, locale: VIEW_LOCALE as never }));
  try {
    vega.resetSVGDefIds();
    const markup = await view.toSVG();
    const v = view as unknown as ViewInternals;
    const [ox, oy] = v.origin();
    const pad = v.padding();
    const b = v.scenegraph().root.bounds;
    const dx = ox + (pad.left ?? 0);
    const dy = oy + (pad.top ?? 0);
    const bounds = { x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy };
    return { ...cleanSvg(markup), warnings, bounds };
  } finally {
    view.finalize();
  }
}

/** Round a coordinate to 1/100 pt and print it short ("4.716666666669132" → "4.72", "3.10" → "3.1"). */
function round(num: string): string {
  const r = Math.round(Number(num) * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * Vega's `<svg …>…</svg>` → `<g>…</g>` for the compose drawer: keeps the content, drops the outer element,
 * clip paths, empty defs and empty background paths, strips attributes only a browser reads (class,
 * role, aria-*, pointer-events), rounds coordinates to 1/100 pt, and writes bold as the literal "bold".
 */
export function cleanSvg(markup: string): { svg: string; width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(markup);
  if (!open || !markup.endsWith('</svg>')) throw new Error('Vega returned no SVG element');
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open[0])?.[1] ?? NaN);
  const width = attr('width');
  const height = attr('height');
  let body = markup.slice(open[0].length, -'</svg>'.length);
  body = body
    .replace(/<defs>[\s\S]*?<\/defs>/g, (defs) => (/<clipPath/.test(defs) ? '' : defs))
    .replace(/<defs><\/defs>/g, '')
    // Inside tags only (text content is left alone): attributes and numbers.
    .replace(/<[^>]+>/g, (tag) =>
      tag
        .replace(/\s(?:class|role|aria-[a-z]+|pointer-events|clip-path)="[^"]*"/g, '')
        .replace(/\sfont-weight="(?:bold|bolder|[6-9]00)"/g, ' font-weight="bold"')
        .replace(/\sfont-weight="(?:normal|lighter|[1-5]00)"/g, '')
        .replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, round),
    )
    // Backgrounds and foregrounds of groups that Vega draws empty.
    .replace(/<path d="M0,0h0v0h0Z"\/>/g, '')
    .replace(/<path d="" display="none"\/>/g, '')
    .replace(/<path d="M0,0h[\d.]+v[\d.]+h-[\d.]+Z"\/>/g, '');
  if (/<clipPath|clip-path|<filter|<foreignObject|<image/.test(body)) {
    throw new Error('chart SVG uses a feature the compose drawer does not draw');
  }
  return { svg: `<g>${body}</g>`, width, height };
}
