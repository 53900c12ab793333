import * as vega from 'vega';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChart, renderChartWithWarnings, type RenderedChartWithWarnings } from '../../src/render/charts/index.js';
import { wrapText, xLabelLayout } from '../../src/render/charts/layout.js';
import { SERIES_COLORS, seriesColors } from '../../src/render/charts/theme.js';
import { barGap } from '../../src/render/charts/monthly.js';
import { placeValueLabels, requirementPlacement, uptimeAxis } from '../../src/render/charts/uptime.js';
import { textWidth } from '../../src/render/fonts.js';
import { contrastOnWhite, distance, lightness } from './colour.js';
import type { CategoriesChart, MonthlyChart, UptimeChart } from '../../src/validate/schema.js';

const NBSP = '\u00a0';

const monthly: MonthlyChart = {
  kind: 'monthly',
  years: {
    '2023': { jan: 6397333, feb: 5146606, mar: 13955995, apr: 5892005, mai: 5414871, jun: 6568696, jul: 3289794, aug: 4989486, sep: 4641921, okt: 4475651, nov: 4556908, des: 8385443 },
    '2022': { jan: 5375362, feb: 4690538, mar: 12473228, apr: 6067314, mai: 4787530, jun: 6127232, jul: 3080388, aug: 4436030, sep: 4564371, okt: 4058524, nov: 4439991, des: 8319073 },
    '2025': { jan: 7976000, feb: 6817000, mar: 7201000, apr: 6930000, mai: 8525000, jun: 9652000, jul: 4712000, aug: 7469000, sep: 9723000, okt: 13808000, nov: 12216000 },
    '2024': { jan: 6463278, feb: 6939740, mar: 12464299, apr: 6854877, mai: 5614327, jun: 6386954, jul: 3521857, aug: 4222852, sep: 4347157, okt: 5871576, nov: 4866260, des: 8644804 },
  },
};

const empty: MonthlyChart = { kind: 'monthly', years: { '2024': {}, '2025': {} } };

const categories: CategoriesChart = {
  kind: 'categories',
  categories: ['Skatteetaten', 'Brønnøysundregistrene', 'Statens vegvesen', 'NAV (Arbeids- og velferdsetaten)', 'Andre'],
  series: { '2024': [1203345, 803211, 412000, 356789, 98000], '2025': [1503211, 1003211, 389000, 402311, 150000] },
};

const uptimeMonths: Record<string, number> = {};
[99.99, 99.99, 99.98, 99.97, 99.96, 99.97, 99.97, 99.97, 99.96, 99.97, 99.96, 99.97, 99.98, 99.94, 99.93, 99.92, 99.92, 99.94, 99.69, 99.54, 99.96, 99.96, 99.98, 99.99].forEach(
  (v, i) => {
    const m = 11 + i; // December 2023 first
    uptimeMonths[`${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`] = v;
  },
);
const uptime: UptimeChart = { kind: 'uptime', requirement: 99.9, months: uptimeMonths };
const uptimeFrom99: UptimeChart = { ...uptime, axisMin: 99 };
const uptime4: UptimeChart = { kind: 'uptime', requirement: 99.9, months: { '2025-08': 100, '2025-09': 99.97, '2025-10': 99.85, '2025-11': 99.99 } };

const FULL = { width: 880, height: 330 };
const HALF = { width: 420, height: 280 };

/** The text content of every <text> (lines of multi-line labels joined by a space). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<\/tspan><tspan[^>]*>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

const cases: [string, MonthlyChart | CategoriesChart | UptimeChart, { width: number; height: number }][] = [
  ['monthly full', monthly, FULL],
  ['monthly half', monthly, HALF],
  ['monthly small', monthly, { width: 240, height: 200 }],
  ['monthly empty', empty, HALF],
  ['categories full', categories, FULL],
  ['categories half', categories, HALF],
  ['categories small', categories, { width: 260, height: 200 }],
  ['uptime full', uptime, FULL],
  ['uptime half', uptime, HALF],
  ['uptime small', uptime, { width: 240, height: 200 }],
  ['uptime 4 months', uptime4, HALF],
  ['uptime axis from 99', uptimeFrom99, FULL],
];

describe('renderChart', () => {
  const rendered = new Map<string, RenderedChartWithWarnings>();
  beforeAll(async () => {
    for (const [name, chart, box] of cases) rendered.set(name, await renderChartWithWarnings(chart, box));
  });

  it.each(cases)('%s: one <g>, the size of the box, everything inside it, no warnings', (name, _chart, box) => {
    const r = rendered.get(name)!;
    expect(r.svg.startsWith('<g>')).toBe(true);
    expect(r.svg.endsWith('</g>')).toBe(true);
    expect(r.svg).not.toMatch(/<svg|<\/svg>/);
    expect([r.width, r.height]).toEqual([box.width, box.height]);
    expect(r.bounds.x1).toBeGreaterThanOrEqual(-0.5);
    expect(r.bounds.y1).toBeGreaterThanOrEqual(-0.5);
    expect(r.bounds.x2).toBeLessThanOrEqual(box.width + 0.5);
    expect(r.bounds.y2).toBeLessThanOrEqual(box.height + 0.5);
    expect(r.warnings).toEqual([]);
  });

  it.each(cases)('%s: only Inter, no clip paths, no CSS, bold written as "bold"', (name) => {
    const { svg } = rendered.get(name)!;
    const textTags = svg.match(/<text\b[^>]*>/g) ?? [];
    expect(textTags.length).toBeGreaterThan(0);
    for (const tag of textTags) expect(tag).toContain('font-family="Inter"');
    expect(new Set(svg.match(/font-family="[^"]*"/g))).toEqual(new Set(['font-family="Inter"']));
    expect(svg).not.toMatch(/clip-path|<clipPath|<defs|style=|<style|<filter|<foreignObject/);
    for (const w of svg.match(/font-weight="[^"]*"/g) ?? []) expect(w).toBe('font-weight="bold"');
  });

  it('monthly: Norwegian numbers and month names, years in order with Digdir blue last', () => {
    const r = rendered.get('monthly full')!;
    const t = texts(r.svg);
    expect(t).toContain(`12${NBSP}000${NBSP}000`);
    expect(t).toContain('0');
    expect(t).not.toContain('12,000,000');
    for (const m of ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.']) expect(t).toContain(m);
    // Calendar order along the axis.
    expect(t.indexOf('jan.')).toBeLessThan(t.indexOf('mars'));
    expect(t.indexOf('mars')).toBeLessThan(t.indexOf('des.'));
    expect(r.palette).toEqual([
      { label: '2022', color: SERIES_COLORS[0] },
      { label: '2023', color: SERIES_COLORS[1] },
      { label: '2024', color: SERIES_COLORS[2] },
      { label: '2025', color: '#0062BA' },
    ]);
    // Legend in the same order.
    expect(t.filter((s) => /^\d{4}$/.test(s))).toEqual(['2022', '2023', '2024', '2025']);
    // One column per value: 12 + 12 + 12 + 11 bars in the colours of their years.
    expect(r.svg.match(/fill="#0062BA"/g)).toHaveLength(11 + 1); // + legend symbol
    expect(r.noData).toBe(false);
  });

  it('monthly without any values: noData, the years, and the centred message', () => {
    const r = rendered.get('monthly empty')!;
    expect(r.noData).toBe(true);
    const t = texts(r.svg);
    expect(t).toContain('Ingen tall for denne perioden');
    expect(t).toEqual(expect.arrayContaining(['2024', '2025', 'jan.', 'des.']));
    expect(r.palette.map((p) => p.label)).toEqual(['2024', '2025']);
    // The message sits in the middle of the box.
    const msg = /<text text-anchor="middle" transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>Ingen tall/.exec(r.svg);
    expect(msg).not.toBeNull();
  });

  it('categories: wrapped names without "…", values above the bars in Norwegian format', () => {
    const full = texts(rendered.get('categories full')!.svg);
    expect(full).toContain(`1${NBSP}503${NBSP}211`);
    expect(full).toContain(`98${NBSP}000`);
    expect(full).toContain('Brønnøysundregistrene');
    const half = rendered.get('categories half')!;
    expect(half.svg).not.toContain('…');
    expect(half.svg).toMatch(/<tspan[^>]*>/); // a name set in several lines
    // Every word of every name is there.
    const all = texts(half.svg).join(' ').replace(/-\s/g, '');
    for (const word of ['Skatteetaten', 'Brønnøysundregistrene', 'Statens', 'vegvesen', 'velferdsetaten)']) expect(all).toContain(word);
    expect(half.palette).toEqual([
      { label: '2024', color: SERIES_COLORS[2] },
      { label: '2025', color: '#0062BA' },
    ]);
  });

  it('uptime: percent axis, month labels like "des. 23", dashed red requirement line labelled "Krav 99,90 %"', () => {
    const r = rendered.get('uptime full')!;
    const t = texts(r.svg);
    expect(t).toContain(`99,90${NBSP}%`);
    expect(t).toContain(`100,00${NBSP}%`);
    expect(t).toContain(`Krav 99,90${NBSP}%`);
    expect(t).toContain('des. 23');
    expect(t).toContain('nov. 25');
    expect(t).toContain('99,54'); // value labels fit at full width
    expect(r.svg).toMatch(/<line[^>]*stroke="#C01B1B"[^>]*stroke-dasharray="5,3"/);
    expect(r.svg).toMatch(/font-weight="bold" fill="#C01B1B">Krav/);
    expect(r.palette).toEqual([
      { label: 'Oppetid', color: '#0062BA' },
      { label: 'Krav', color: '#C01B1B' },
    ]);
    const four = texts(rendered.get('uptime 4 months')!.svg);
    expect(four).toEqual(expect.arrayContaining(['aug. 25', 'sep. 25', 'okt. 25', 'nov. 25', '100,00']));
  });

  it('uptime with axisMin: the y axis starts there, every value still drawn with its label', () => {
    const t = texts(rendered.get('uptime axis from 99')!.svg);
    const ticks = t.filter((s) => s.endsWith(`${NBSP}%`) && !s.startsWith('Krav')).map((s) => Number(s.replace(/\u00a0%$/, '').replace(',', '.')));
    expect(Math.min(...ticks)).toBe(99);
    expect(Math.max(...ticks)).toBe(100);
    expect(t).toEqual(expect.arrayContaining(['99,54', '99,69', `Krav 99,90${NBSP}%`]));
  });

  it('uptime at half width leaves out value labels, keeps month labels', () => {
    const t = texts(rendered.get('uptime half')!.svg);
    expect(t).not.toContain('99,54');
    expect(t).toContain('nov. 25');
  });

  it('is deterministic: the same chart gives the same bytes, whatever was rendered before', async () => {
    const a = await renderChart(uptime, FULL);
    await renderChart(categories, HALF);
    await renderChart(empty, FULL);
    const b = await renderChart(uptime, FULL);
    expect(b.svg).toBe(a.svg);
    expect(b.svg).toBe(rendered.get('uptime full')!.svg);
    expect((await renderChart(monthly, HALF)).svg).toBe(rendered.get('monthly half')!.svg);
  });

  it('measures text with Inter', () => {
    const metrics = (vega as unknown as { textMetrics: { width(item: object, text: string): number } }).textMetrics;
    expect(metrics.width({ fontSize: 10 }, 'Brønnøysundregistrene')).toBeCloseTo(textWidth('Brønnøysundregistrene', 10), 6);
    expect(metrics.width({ fontSize: 9, fontWeight: 'bold' }, 'Krav')).toBeCloseTo(textWidth('Krav', 9, 'bold'), 6);
    expect(metrics.width({ fontSize: 9, fontWeight: 600 }, 'Krav')).toBeCloseTo(textWidth('Krav', 9, 'bold'), 6);
    expect(metrics.width({ fontSize: 9, fontWeight: 'normal' }, 'iiii')).toBeLessThan(metrics.width({ fontSize: 9 }, 'MMMM'));
  });

  it('rejects a box without area', async () => {
    await expect(renderChart(monthly, { width: 0, height: 100 })).rejects.toThrow(/positive size/);
  });
});

describe('palette', () => {
  it('has at least 3:1 contrast against white for every series colour', () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const c of seriesColors(n)) expect(contrastOnWhite(c), c).toBeGreaterThanOrEqual(3);
    }
    expect(contrastOnWhite('#0062BA')).toBeCloseTo(6.08, 1);
    expect(contrastOnWhite('#FFFFFF')).toBeCloseTo(1, 5); // the check itself can fail
    expect(contrastOnWhite('#E5AA20')).toBeLessThan(3);
  });

  it('ends with Digdir blue, oldest first, with distinct colours', () => {
    for (const n of [1, 2, 3, 4, 6, 8]) {
      const colors = seriesColors(n);
      expect(colors).toHaveLength(n);
      expect(colors[n - 1]).toBe('#0062BA');
      expect(new Set(colors).size).toBe(n);
    }
    expect(seriesColors(4)).toEqual([...SERIES_COLORS]);
    expect(seriesColors(10)).toHaveLength(10);
  });

  // Digdir grey and coral, the 2022 and 2024 colours before: the checks below must be able to fail.
  const [grey, coral] = ['#848D98', '#F45F63'];

  it('gives neighbouring series clearly different lightness (greyscale print), for every number of series', () => {
    expect(Math.abs(lightness(grey) - lightness(coral))).toBeLessThan(3);
    for (const n of [2, 3, 4, 5, 6, 7, 8]) {
      const colors = seriesColors(n);
      for (let i = 1; i < n; i++) {
        expect(Math.abs(lightness(colors[i]!) - lightness(colors[i - 1]!)), `${n} series: ${colors[i - 1]} next to ${colors[i]}`).toBeGreaterThanOrEqual(15);
      }
    }
    // In a chart of four years, no two are of about the same lightness either.
    const four = seriesColors(4);
    for (const a of four) for (const b of four) if (a !== b) expect(Math.abs(lightness(a) - lightness(b)), `${a} / ${b}`).toBeGreaterThanOrEqual(7);
  });

  it('leaves a white gap of at least 1.5 pt between the bars of a month, at most a third of a bar', () => {
    for (const [step, years] of [[67, 4], [39, 4], [39, 2], [20, 4], [120, 2]] as const) {
      const barStep = (step * 0.78) / years;
      const gap = barGap(step, years) * barStep;
      expect(gap, `${step} pt per month, ${years} years`).toBeGreaterThanOrEqual(Math.min(1.49, barStep / 3 - 0.01));
      expect(gap).toBeLessThanOrEqual(barStep / 3 + 0.01);
    }
  });

  it('keeps the series of a chart of up to four apart for readers with deuteranopia or protanopia (Machado 2009)', () => {
    expect(distance(grey, coral, 'protanopia')).toBeLessThan(25);
    for (const vision of ['normal', 'deuteranopia', 'protanopia'] as const) {
      const four = seriesColors(4);
      for (const a of four) for (const b of four) if (a !== b) expect(distance(a, b, vision), `${vision}: ${a} / ${b}`).toBeGreaterThanOrEqual(18);
      for (const n of [5, 6, 7, 8]) {
        const colors = seriesColors(n);
        for (let i = 1; i < n; i++) expect(distance(colors[i - 1]!, colors[i]!, vision), `${vision}, ${n} series: ${colors[i - 1]} next to ${colors[i]}`).toBeGreaterThanOrEqual(15);
      }
    }
  });
});

describe('layout helpers', () => {
  it('wraps at spaces and hyphens, never truncates, and hyphenates only when asked', () => {
    expect(wrapText('NAV (Arbeids- og velferdsetaten)', 70, 9)).toEqual(['NAV (Arbeids-', 'og', 'velferdsetaten)']);
    expect(wrapText('Skatteetaten', 20, 9)).toEqual(['Skatteetaten']);
    const broken = wrapText('Brønnøysundregistrene', 50, 8, true);
    expect(broken.length).toBeGreaterThan(1);
    expect(broken.join('').replace(/-/g, '')).toBe('Brønnøysundregistrene');
    for (const line of broken) expect(textWidth(line, 8)).toBeLessThanOrEqual(50);
  });

  it('slants x labels that do not fit, and thins them when slanted ones would touch', () => {
    expect(xLabelLayout(['jan.', 'mars'], 40)).toMatchObject({ labelAngle: 0, every: 1 });
    expect(xLabelLayout(['des. 23'], 20)).toMatchObject({ labelAngle: -45, every: 1 });
    expect(xLabelLayout(['des. 23'], 26, ['des.', '23'])).toMatchObject({ labelAngle: 0, twoLines: true });
    expect(xLabelLayout(['des. 23'], 5).every).toBeGreaterThan(1);
  });

  it('gives the uptime axis a nice range from below the lowest value or requirement up to 100 %', () => {
    expect(uptimeAxis([99.99, 99.54, 99.96], 99.9)).toEqual({ domain: [99.4, 100], ticks: [99.4, 99.5, 99.6, 99.7, 99.8, 99.9, 100] });
    const high = uptimeAxis([100, 99.99, 99.98], 99.9);
    expect(high.domain[0]).toBeLessThan(99.9);
    expect(high.domain[1]).toBe(100);
  });

  it('starts the uptime axis at axisMin when one is given, with a label there', () => {
    expect(uptimeAxis([99.99, 99.54, 99.96], 99.9, 5, 99)).toEqual({ domain: [99, 100], ticks: [99, 99.2, 99.4, 99.6, 99.8, 100] });
    // Between two ticks: the axis still starts there and says so.
    expect(uptimeAxis([99.99, 99.54], 99.9, 5, 99.05)).toMatchObject({ domain: [99.05, 100], ticks: [99.05, 99.2, 99.4, 99.6, 99.8, 100] });
    // Close under a tick: no crowded extra label.
    expect(uptimeAxis([99.99, 99.54], 99.9, 5, 98.99).ticks[0]).toBe(99);
    expect(uptimeAxis([99.99, 99.54], 99.9, 5, 98.99).domain[0]).toBe(98.99);
  });

  it('puts the requirement label where the line does not run', () => {
    expect(requirementPlacement([99.99, 99.98, 99.97, 99.99], 99.9, 2, 0.02)).toEqual({ end: 'right', side: 'below' });
    expect(requirementPlacement([99.99, 99.98, 99.97, 99.96, 99.5, 99.99], 99.9, 1, 0.02)).toEqual({ end: 'left', side: 'below' });
    expect(requirementPlacement([99.5, 99.98, 99.97, 99.96, 99.5, 99.99], 99.9, 1, 0.02)).toEqual({ end: 'right', side: 'above' });
  });

  it('puts a value label under a dip and beside a steep slope', () => {
    const points = [99.94, 99.69, 99.54, 99.96].map((value) => ({ value, align: 'center' as const, baseline: 'bottom' as const, dx: 0, dy: 0 }));
    placeValueLabels(points, 30, 600, 22);
    expect(points[2]).toMatchObject({ align: 'center', baseline: 'top' }); // the dip
    expect(points[1]).toMatchObject({ align: 'left' }); // falling slope: label up and to the right
    expect(points[0]).toMatchObject({ align: 'center', baseline: 'bottom' }); // a peak
  });
});

describe('awkward input', () => {
  it('draws category names with quotes, ampersands and line separators, and whole-number ticks for counts', async () => {
    const r = await renderChartWithWarnings(
      { kind: 'categories', categories: ['Tjenester "A" & <B>', 'Back\\slash\u2028x', 'Æøå'], series: { 'S "1"': [1, 2, 3] } },
      { width: 400, height: 250 },
    );
    expect(r.warnings).toEqual([]);
    const t = texts(r.svg);
    expect(t).toEqual(expect.arrayContaining(['Tjenester "A" & <B>', 'Æøå', 'S "1"']));
    expect(t.some((s) => s.startsWith('Back\\slash'))).toBe(true);
    expect(t).not.toContain('0,5');
  });

  it('handles negative values: labels under the bars, a zero line, the minus sign', async () => {
    const r = await renderChart({ kind: 'categories', categories: ['Ned', 'Opp'], series: { Endring: [-1500.5, 2300.25] } }, HALF);
    const t = texts(r.svg);
    expect(t).toContain(`\u22121${NBSP}500,50`);
    expect(t).toContain(`2${NBSP}300,25`);
    // The zero line, besides the axis baseline at the bottom.
    expect(r.svg.match(/<line[^>]*stroke="#8A939E"/g)).toHaveLength(2);
    const positive = await renderChart({ kind: 'categories', categories: ['Ned', 'Opp'], series: { Endring: [1500, 2300] } }, HALF);
    expect(positive.svg.match(/<line[^>]*stroke="#8A939E"/g)).toHaveLength(1);
  });
});
