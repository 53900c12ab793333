/**
 * Vega-Lite spec → SVG `<g>` markup, in Node without a browser or canvas:
 *
 *   Vega-Lite spec ─compile→ Vega spec ─parse→ View(renderer 'none', nb-NO locale) ─toSVG→ markup ─clean→ <g>
 *
 * Text is measured with Inter's real advance widths (fonts.ts), so Vega's layout matches what PDFKit
 * draws. The markup is cleaned for svg-to-pdfkit: no outer <svg>, no clip paths, bold as "bold".
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { textWidth, type Weight } from '../fonts.js';
import { NB_NUMBER_LOCALE, NB_TIME_LOCALE } from '../format.js';

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
}

function collectingLogger(warnings: string[]) {
  let level = 2; // vega.Warn
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: unknown[]): never {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/** Render a Vega-Lite spec to SVG markup. Deterministic: the same spec gives the same bytes. */
export async function renderVegaLite(spec: TopLevelSpec): Promise<SvgResult> {
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const vgSpec = compile(spec, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(vgSpec), {
    renderer: 'none',
    logger: logger as never,
    locale: VIEW_LOCALE as never,
  });
  try {
    vega.resetSVGDefIds();
    const markup = await view.toSVG();
    return { ...cleanSvg(markup), warnings };
  } finally {
    view.finalize();
  }
}

/**
 * Vega's `<svg …>…</svg>` → `<g>…</g>` for svg-to-pdfkit: keeps the content, drops the outer element,
 * the background, clip paths and empty defs, and writes bold as the literal "bold".
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
    .replace(/\sclip-path="[^"]*"/g, '')
    .replace(/<defs><\/defs>/g, '')
    .replace(/\sfont-weight="(?:bold|bolder|[6-9]00)"/g, ' font-weight="bold"')
    .replace(/\sfont-weight="(?:normal|[1-5]00)"/g, '');
  if (/<clipPath|clip-path|<filter|<foreignObject/.test(body)) {
    throw new Error('chart SVG uses a feature svg-to-pdfkit cannot draw');
  }
  return { svg: `<g>${body}</g>`, width, height };
}
