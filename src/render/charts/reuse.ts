/**
 * Vega-Lite compile and Vega parse once per chart shape, not once per chart.
 *
 *   template + values ─compile→ Vega spec ─parse→ dataflow ─View→ SVG
 *
 * Compiling and parsing took about 8 ms a chart once warm, 40 % of a chart's time. Most of a
 * template's values go through both steps unchanged, into one place of the parsed dataflow: the
 * data, the chart's size, colours, bar gap, tick count (FILLED_AFTER_PARSE). The other values
 * decide what the compiler writes (label angles, legend columns, which properties are left out,
 * label expressions …) and make the chart's shape. A shape is compiled and parsed once, with a
 * stand-in for each value filled after parsing, and every chart of that shape gets a copy of that
 * dataflow with its own values in place of the stand-ins.
 *
 * The list is checked two ways. tests/render/chartReuse.test.ts compiles each kind with two
 * different stand-ins and checks that the dataflows differ only where the stand-ins are (a value the
 * compiler computed with would differ elsewhere), and that charts drawn this way are the same bytes as
 * charts compiled on their own. Here, each new shape is checked for stand-ins that ended up inside
 * generated code or merged into other values; such a shape (a template edited so that one of these
 * values is used differently) is compiled chart by chart, as before.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { timed } from '../../timings.js';
import { templatesGeneration } from '../templates.js';
import { fillTemplate, type ChartKind } from './template.js';

/** Per kind, the template values that compile and parse copy unchanged into the dataflow. */
export const FILLED_AFTER_PARSE: Record<ChartKind, readonly string[]> = {
  monthly: ['width', 'height', 'values', 'months', 'colors', 'barGap', 'tickMinStep', 'tickCount', 'notes'],
  categories: ['width', 'height', 'values', 'categories', 'colors', 'yDomain', 'yTickCount', 'zeroLine'],
  uptime: ['width', 'height', 'values', 'yDomain', 'yTickCount', 'requirement'],
};

/** Vega's and Vega-Lite's logger: warnings are collected, an error is thrown. */
export type Logger = ReturnType<typeof collectingLogger>;

export function collectingLogger(warnings: string[]) {
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

/** Vega-Lite spec → parsed Vega dataflow (what `new vega.View` takes). */
export function parseVegaLite(spec: TopLevelSpec, logger: Logger): vega.Runtime {
  const vgSpec = timed('vega-lite compile', () => compile(spec, { logger: logger as never }).spec);
  return timed('vega parse', () => vega.parse(vgSpec));
}

interface Shape {
  /** The dataflow with stand-ins; undefined when this shape cannot be filled in (compiled chart by chart). */
  runtime?: vega.Runtime;
  /** Stand-in → the name of the value it stands for. */
  standIns: Map<unknown, string>;
  /** What Vega-Lite said while compiling the shape: said again for each chart of it. */
  warnings: string[];
}

const shapes = new Map<string, Shape>();
let shapesOf = -1;
/** Plenty for one edition's shapes (November has 4 for its 13 charts); a long watch session that exceeds it starts over. */
const MAX_SHAPES = 200;

/** The template of `kind` filled with `vars`, compiled and parsed, or a copy of its shape's dataflow with `vars` filled in. */
export function parsedChart(kind: ChartKind, vars: Record<string, unknown>, logger: Logger): vega.Runtime {
  if (shapesOf !== templatesGeneration() || shapes.size >= MAX_SHAPES) {
    shapes.clear();
    shapesOf = templatesGeneration();
  }
  const filled = FILLED_AFTER_PARSE[kind].filter((name) => standInFor(kind, name, vars[name]) !== undefined);
  const key = shapeKey(kind, vars, filled);
  let shape = shapes.get(key);
  if (!shape) {
    shape = makeShape(kind, vars, filled);
    shapes.set(key, shape);
  }
  for (const w of shape.warnings) logger.warn(w);
  const { runtime, standIns } = shape;
  if (!runtime) return parseVegaLite(fillTemplate(kind, vars), logger);
  return timed('vega parsed shape copied', () => fillIn(runtime, standIns, vars) as vega.Runtime);
}

function makeShape(kind: ChartKind, vars: Record<string, unknown>, filled: string[]): Shape {
  const standIns = new Map<unknown, string>();
  const withStandIns = { ...vars };
  for (const name of filled) {
    const s = standInFor(kind, name, vars[name])!;
    withStandIns[name] = s;
    standIns.set(Array.isArray(s) ? s[0] : s, name);
  }
  const warnings: string[] = [];
  const runtime = parseVegaLite(fillTemplate(kind, withStandIns), collectingLogger(warnings));
  return { runtime: fillsCleanly(runtime, standIns) ? runtime : undefined, standIns, warnings };
}

/**
 * A stand-in of the value's own type that no template or chart would hold: a number, a string, or
 * an array of one string. Other values (objects, booleans, undefined) are part of the shape.
 */
function standInFor(kind: ChartKind, name: string, value: unknown): unknown {
  if (typeof value === 'number') return 7_000_000 + 1000 * FILLED_AFTER_PARSE[kind].indexOf(name) + 0.375;
  if (typeof value === 'string') return `\u2063deck:${name}`;
  if (Array.isArray(value)) return [`\u2063deck:${name}`];
  return undefined;
}

/** The kind, the template's generation, and every value that is not filled in after parsing. */
function shapeKey(kind: ChartKind, vars: Record<string, unknown>, filled: string[]): string {
  const parts = Object.keys(vars)
    .sort()
    .map((name) => [name, filled.includes(name) ? `\u2063${Array.isArray(vars[name]) ? 'array' : typeof vars[name]}` : vars[name] === undefined ? '\u2063undefined' : vars[name]]);
  return JSON.stringify([kind, parts]);
}

/** A copy of `node` with every stand-in replaced by its value in `vars`; counts the replacements. */
function fillIn(node: unknown, standIns: Map<unknown, string>, vars: Record<string, unknown>, count?: { n: number }): unknown {
  if (typeof node === 'number' || typeof node === 'string') {
    const name = standIns.get(node);
    if (name === undefined) return node;
    if (count) count.n++;
    return vars[name];
  }
  if (Array.isArray(node)) {
    const name = node.length === 1 ? standIns.get(node[0]) : undefined;
    if (name !== undefined) {
      if (count) count.n++;
      return vars[name];
    }
    // Plain loops: a chart's dataflow has some thousand nodes, copied for every chart.
    const out = new Array<unknown>(node.length);
    for (let i = 0; i < node.length; i++) out[i] = fillIn(node[i], standIns, vars, count);
    return out;
  }
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const k in node) out[k] = fillIn((node as Record<string, unknown>)[k], standIns, vars, count);
    return out;
  }
  return node;
}

/** Every stand-in is found whole (not inside generated code or merged into another value), at least once. */
function fillsCleanly(runtime: vega.Runtime, standIns: Map<unknown, string>): boolean {
  const json = JSON.stringify(runtime);
  let inText = 0;
  for (const s of standIns.keys()) {
    const found = json.split(typeof s === 'number' ? String(s) : JSON.stringify(s)).length - 1;
    if (found === 0) return false;
    inText += found;
  }
  const count = { n: 0 };
  const names = Object.fromEntries([...standIns.values()].map((n) => [n, null]));
  fillIn(runtime, standIns, names, count);
  return count.n === inText;
}
