/**
 * Which SVG elements and attributes the drawer reads, and the inherited drawing state (fill,
 * stroke, font, transform, clip) as it passes from a group to what the group holds. An element
 * or attribute missing from SUPPORTED is an error when drawn, never ignored.
 */
import type { Matrix } from './geometry.js';
import type { Segment } from './pathData.js';

/** Presentation attributes any drawn element may carry. */
const PRESENTATION = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'font-family', 'font-size', 'font-weight',
  'text-anchor', 'display', 'visibility', 'transform', 'clip-path',
];
/** Attributes for the structure (tagPlan.ts) and for people: read elsewhere, nothing to draw. */
const SEMANTIC = ['data-role', 'data-level', 'data-box', 'aria-label', 'id'];

const GEOMETRY: Record<string, string[]> = {
  svg: ['xmlns', 'xmlns:xlink', 'width', 'height', 'viewBox'],
  g: [],
  a: ['href', 'xlink:href'],
  defs: [],
  clipPath: ['clipPathUnits'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  circle: ['cx', 'cy', 'r'],
  line: ['x1', 'y1', 'x2', 'y2'],
  path: ['d'],
  text: ['x', 'y', 'dx', 'dy'],
  tspan: ['x', 'y', 'dx', 'dy'],
  image: ['x', 'y', 'width', 'height', 'href', 'xlink:href', 'preserveAspectRatio'],
};

/** Element name → the attributes the drawer understands on it. */
export const SUPPORTED: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(GEOMETRY).map(([tag, own]) => [tag, new Set([...own, ...SEMANTIC, ...(tag === 'defs' ? [] : PRESENTATION)])]),
);

export type Rgb = readonly [number, number, number];

export interface Style {
  /** User space → the page (SVG units, y down). */
  m: Matrix;
  fill: Rgb | null;
  fillOpacity: number;
  evenOdd: boolean;
  stroke: Rgb | null;
  strokeOpacity: number;
  strokeWidth: number;
  dash: number[] | null;
  dashOffset: number;
  lineCap: 0 | 1 | 2;
  lineJoin: 0 | 1 | 2;
  miterLimit: number;
  fontSize: number;
  bold: boolean;
  anchor: 'start' | 'middle' | 'end';
  hidden: boolean;
  /** Clip paths in page coordinates, all of which apply. */
  clips: Segment[][];
}

export const INITIAL: Omit<Style, 'm'> = {
  fill: [0, 0, 0],
  fillOpacity: 1,
  evenOdd: false,
  stroke: null,
  strokeOpacity: 1,
  strokeWidth: 1,
  dash: null,
  dashOffset: 0,
  lineCap: 0,
  lineJoin: 0,
  miterLimit: 4,
  fontSize: 16,
  bold: false,
  anchor: 'start',
  hidden: false,
  clips: [],
};

const NAMED: Record<string, Rgb> = { black: [0, 0, 0], white: [1, 1, 1] };

export function parseColor(v: string): Rgb | null {
  const s = v.trim();
  if (s === 'none' || s === 'transparent') return null;
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s);
  if (m) {
    const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as unknown as Rgb;
  }
  m = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(s);
  if (m) return [m[1], m[2], m[3]].map((c) => Math.min(255, Number(c)) / 255) as unknown as Rgb;
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  throw new Error(`colour "${v}" is not one the drawer knows (write #rrggbb)`);
}

/** A length: a number, optionally in px or pt (the same here), or em of the font size. */
export function length(v: string, fontSize: number): number {
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(px|pt|em)?\s*$/i.exec(v);
  if (!m) throw new Error(`"${v}" is not a length`);
  const n = Number(m[1]);
  return m[2]?.toLowerCase() === 'em' ? n * fontSize : n;
}

function oneOf<T extends string>(name: string, v: string, options: readonly T[]): T {
  if (!(options as readonly string[]).includes(v)) throw new Error(`${name}="${v}": write one of ${options.join(', ')}`);
  return v as T;
}

function opacity(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name}="${v}" is not a number`);
  return Math.min(1, Math.max(0, n));
}

/** The inherited state inside an element whose presentation attributes are `a` (transform and clip apart). */
export function inherit(s: Style, a: Readonly<Record<string, string>>): Style {
  const out: Style = { ...s };
  for (const [name, v] of Object.entries(a)) {
    switch (name) {
      case 'fill':
        out.fill = parseColor(v);
        break;
      case 'stroke':
        out.stroke = parseColor(v);
        break;
      case 'fill-opacity':
        out.fillOpacity = opacity(name, v);
        break;
      case 'stroke-opacity':
        out.strokeOpacity = opacity(name, v);
        break;
      case 'fill-rule':
        out.evenOdd = oneOf(name, v, ['nonzero', 'evenodd']) === 'evenodd';
        break;
      case 'stroke-width':
        out.strokeWidth = length(v, s.fontSize);
        break;
      case 'stroke-dasharray': {
        const d = v.trim() === 'none' ? [] : v.split(/[\s,]+/).filter(Boolean).map((x) => length(x, s.fontSize));
        out.dash = d.length && d.some((x) => x > 0) ? (d.length % 2 ? [...d, ...d] : d) : null;
        break;
      }
      case 'stroke-dashoffset':
        out.dashOffset = length(v, s.fontSize);
        break;
      case 'stroke-linecap':
        out.lineCap = (['butt', 'round', 'square'] as const).indexOf(oneOf(name, v, ['butt', 'round', 'square'])) as 0 | 1 | 2;
        break;
      case 'stroke-linejoin':
        out.lineJoin = (['miter', 'round', 'bevel'] as const).indexOf(oneOf(name, v, ['miter', 'round', 'bevel'])) as 0 | 1 | 2;
        break;
      case 'stroke-miterlimit':
        out.miterLimit = Number(v);
        break;
      case 'font-size':
        out.fontSize = length(v, s.fontSize);
        break;
      case 'font-weight': {
        const n = Number(v);
        if (v === 'bold' || v === 'bolder' || n >= 600) out.bold = true;
        else if (v === 'normal' || v === 'lighter' || (n > 0 && n < 600)) out.bold = false;
        else throw new Error(`font-weight="${v}": write bold or normal`);
        break;
      }
      case 'font-family':
        if (!v.split(',').some((f) => f.trim().replace(/['"]/g, '') === 'Inter')) throw new Error(`font-family="${v}": only Inter is embedded`);
        break;
      case 'text-anchor':
        out.anchor = oneOf(name, v, ['start', 'middle', 'end']);
        break;
      case 'visibility':
        out.hidden = oneOf(name, v, ['visible', 'hidden', 'collapse']) !== 'visible';
        break;
    }
  }
  return out;
}

/** Throws when an element or one of its attributes is not in SUPPORTED. */
export function checkSupported(tag: string, attrs: Readonly<Record<string, string>>): void {
  const known = SUPPORTED.get(tag);
  if (!known) throw new Error(`<${tag}> is not an element the drawer draws`);
  for (const name of Object.keys(attrs)) if (!known.has(name)) throw new Error(`<${tag} ${name}="…">: the drawer does not support ${name}`);
}
