/**
 * Chart templates: one Vega-Lite spec per chart kind in templates/charts/<kind>.vl.json.
 *
 * A template marks the places the data goes with strings of the form "$name"; `fillTemplate` puts a
 * value in each. A placeholder without a value is an error (not a blank), a value without a placeholder
 * too, and the value `undefined` removes the property that holds the placeholder.
 */
import type { TopLevelSpec } from 'vega-lite';
import { templateJson, templatesGeneration } from '../templates.js';

export type ChartKind = 'monthly' | 'categories' | 'uptime';

const cache = new Map<ChartKind, unknown>();
let cacheOf = -1;

function loadTemplate(kind: ChartKind): unknown {
  if (cacheOf !== templatesGeneration()) {
    cache.clear();
    cacheOf = templatesGeneration();
  }
  let t = cache.get(kind);
  if (t === undefined) {
    t = templateJson(`charts/${kind}.vl.json`);
    cache.set(kind, t);
  }
  return t;
}

const PLACEHOLDER = /^\$[A-Za-z][A-Za-z0-9]*$/;

/** The template of `kind` with every "$name" replaced by `vars.name`. */
export function fillTemplate(kind: ChartKind, vars: Record<string, unknown>): TopLevelSpec {
  const used = new Set<string>();
  const fill = (node: unknown, where: string): unknown => {
    if (typeof node === 'string' && PLACEHOLDER.test(node)) {
      const name = node.slice(1);
      if (!Object.hasOwn(vars, name)) throw new Error(`Chart template "${kind}": no value for ${node} (at ${where})`);
      used.add(name);
      return vars[name];
    }
    if (Array.isArray(node)) return node.map((n, i) => fill(n, `${where}[${i}]`)).filter((n) => n !== undefined);
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        const filled = fill(v, `${where}.${k}`);
        if (filled !== undefined) out[k] = filled;
      }
      return out;
    }
    return node;
  };
  const spec = fill(loadTemplate(kind), kind);
  const unused = Object.keys(vars).filter((k) => !used.has(k));
  if (unused.length) throw new Error(`Chart template "${kind}" has no place for ${unused.map((k) => `$${k}`).join(', ')}`);
  return spec as TopLevelSpec;
}
