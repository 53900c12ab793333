/**
 * Charts of one shape share one Vega-Lite compile and Vega parse (src/render/charts/reuse.ts): the
 * values it fills in after parsing must go through compile and parse unchanged, and every chart
 * drawn that way must be the same bytes as the chart compiled on its own.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEdition } from '../../src/build.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { chartSpec } from '../../src/render/charts/index.js';
import { FILLED_AFTER_PARSE } from '../../src/render/charts/reuse.js';
import { fillTemplate, type ChartKind } from '../../src/render/charts/template.js';
import { renderTemplate, renderVegaLite } from '../../src/render/charts/vega.js';
import { layoutSlide } from '../../src/render/renderSlide.js';
import { useTemplates } from '../../src/render/templates.js';
import type { Chart } from '../../src/validate/schema.js';

type Box = { width: number; height: number };

/** Every chart of the November edition with its box, and charts of other shapes: no data, small boxes, negative values, few months. */
function charts(): [string, Chart, Box][] {
  const { edition } = checkEdition('content/2025-11');
  const november = edition!.slides.flatMap((s) => layoutSlide(edition!, s).charts.map((d) => [`november p. ${s.page}`, d.chart, d.box] as [string, Chart, Box]));
  const others: [string, Chart, Box][] = [
    ['monthly without numbers', { kind: 'monthly', years: { '2024': {}, '2025': {} } }, { width: 420, height: 280 }],
    ['monthly, small, decimals', { kind: 'monthly', years: { '2025': { jan: 1.5, feb: 2.25, mar: 0.75 } } }, { width: 240, height: 200 }],
    ['monthly, five years', { kind: 'monthly', years: Object.fromEntries(['2021', '2022', '2023', '2024', '2025'].map((y, i) => [y, { jan: 100 * (i + 1), jun: 50 }])) }, { width: 420, height: 280 }],
    ['categories, negative', { kind: 'categories', categories: ['Ned', 'Opp'], series: { Endring: [-1500.5, 2300.25] } }, { width: 420, height: 280 }],
    ['categories, two series', { kind: 'categories', categories: ['A', 'B', 'C'], series: { '2024': [10, 20, 30], '2025': [15, 25, 35] } }, { width: 880, height: 330 }],
    ['uptime, four months', { kind: 'uptime', requirement: 99.9, months: { '2025-08': 100, '2025-09': 99.97, '2025-10': 99.85, '2025-11': 99.99 } }, { width: 420, height: 280 }],
    ['uptime, axis from 99', { kind: 'uptime', requirement: 99.9, axisMin: 99, months: { '2025-10': 99.5, '2025-11': 99.99 } }, { width: 880, height: 330 }],
  ];
  return [...november, ...others];
}

const cases = charts();

describe('charts of one shape drawn from one compile', () => {
  it('draws every chart byte for byte as compiling it on its own does, with the same warnings', async () => {
    expect(cases.filter(([name]) => name.startsWith('november')).length).toBeGreaterThanOrEqual(13);
    for (const [name, chart, box] of cases) {
      const { kind, vars } = chartSpec(chart, box);
      const shared = await renderTemplate(kind, vars);
      const own = await renderVegaLite(fillTemplate(kind, vars));
      expect({ name, svg: shared.svg, warnings: shared.warnings }).toEqual({ name, svg: own.svg, warnings: own.warnings });
    }
  });

  it('fills in only values that compile and parse copy unchanged: two stand-ins give dataflows that differ only where they are', () => {
    const seen = new Set<string>();
    for (const [, chart, box] of cases) {
      const { kind, vars } = chartSpec(chart, box);
      for (const name of FILLED_AFTER_PARSE[kind]) {
        const value = vars[name];
        if (!(typeof value === 'number' || typeof value === 'string' || Array.isArray(value))) continue;
        const [a, b] = [1, 2].map((n) => (typeof value === 'number' ? 5_000_000 + n + 0.25 : typeof value === 'string' ? `stand-in ${n}` : [`stand-in ${n}`]));
        const parsed = (v: unknown) => vega.parse(compile(fillTemplate(kind, { ...vars, [name]: v }), { logger: quiet }).spec);
        const withA = JSON.stringify(replaceWhole(parsed(a), a, b));
        expect(withA, `${kind}: ${name}`).toContain(JSON.stringify(b));
        expect(withA, `${kind}: ${name}`).toBe(JSON.stringify(parsed(b)));
        seen.add(`${kind}.${name}`);
      }
    }
    // Every listed value was tried with a chart that has it.
    const listed = (Object.keys(FILLED_AFTER_PARSE) as ChartKind[]).flatMap((k) => FILLED_AFTER_PARSE[k].map((n) => `${k}.${n}`));
    expect(listed.filter((n) => !seen.has(n))).toEqual([]);
  });
});

describe('a chart template edited so that a filled-in value is used in another way', () => {
  const work = mkdtempSync(join(tmpdir(), 'deck-chart-reuse-'));
  beforeAll(() => {
    cpSync(TEMPLATES_DIR, work, { recursive: true });
    // The bar gap now also rounds the bars' corners: Vega writes it into the generated drawing code.
    const file = join(work, 'charts', 'monthly.vl.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"mark": { "type": "bar", "clip": false }', '"mark": { "type": "bar", "clip": false, "cornerRadiusEnd": "$barGap" }'));
    useTemplates(work);
  });
  afterAll(() => useTemplates(TEMPLATES_DIR));

  it('is compiled chart by chart, and drawn as compiling it on its own does', async () => {
    const monthly = cases.filter(([, c]) => c.kind === 'monthly').slice(0, 3);
    for (const [name, chart, box] of monthly) {
      const { kind, vars } = chartSpec(chart, box);
      const shared = await renderTemplate(kind, vars);
      expect({ name, svg: shared.svg }).toEqual({ name, svg: (await renderVegaLite(fillTemplate(kind, vars))).svg });
    }
  });
});

const quiet = { level: () => 0, warn: () => quiet, info: () => quiet, debug: () => quiet, error: (e: unknown) => { throw new Error(String(e)); } };

/** A copy of `node` with every value equal to `from` (compared as JSON) replaced by `to`. */
function replaceWhole(node: unknown, from: unknown, to: unknown): unknown {
  const key = JSON.stringify(from);
  const walk = (x: unknown): unknown => {
    if (JSON.stringify(x) === key) return to;
    if (Array.isArray(x)) return x.map(walk);
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]));
    return x;
  };
  return walk(node);
}
