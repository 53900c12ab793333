/**
 * Checks over every slide SVG of the November edition and the test fixture, as compose gets them.
 *
 * Roles: every visible text has a role, so that the tagged PDF loses none of it.
 *
 * WCAG 2.1 AA contrast on the slides as they are drawn: every piece of text (slide text, tables and
 * the charts' labels) against what lies behind it, at least 4.5:1 (we hold large text to the same
 * bar). The background of a text is the last filled rectangle drawn before it that covers it
 * (cards, table header rows, coloured pages, a chart's plot area), else the white page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEdition, renderAll } from '../../src/build.js';
import { elements, parseSvg, plainText, type SvgElement } from '../../src/compose/svgTree.js';
import { planSlide } from '../../src/compose/tagPlan.js';
import { textWidth } from '../../src/render/fonts.js';
import { MINI } from '../helpers.js';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const NAMED: Record<string, string> = { white: '#FFFFFF', black: '#000000' };
function hex(c: string | undefined): string | undefined {
  if (!c || c === 'none' || c === 'transparent') return undefined;
  if (NAMED[c]) return NAMED[c];
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(c)) return `#${[...c.slice(1)].map((d) => d + d).join('')}`.toUpperCase();
  throw new Error(`colour ${c} not understood by this test`);
}

/** The translation part of an SVG transform list (rotation and scale leave a text's anchor in place). */
function translation(t: string | undefined): [number, number] {
  let x = 0;
  let y = 0;
  for (const m of (t ?? '').matchAll(/(translate|matrix)\(([^)]*)\)/g)) {
    const n = m[2]!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (m[1] === 'translate') {
      x += n[0] ?? 0;
      y += n[1] ?? 0;
    } else {
      x += n[4] ?? 0;
      y += n[5] ?? 0;
    }
  }
  return [x, y];
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
}

interface TextContrast {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/** Every text of one slide SVG with its colour, its background and their contrast. */
function textContrasts(svg: string): TextContrast[] {
  const rects: Rect[] = [];
  const out: TextContrast[] = [];
  const visit = (el: SvgElement, ctx: { fill?: string; opacity: number; x: number; y: number; size: number; bold: boolean; anchor: string }) => {
    const [dx, dy] = translation(el.attrs.transform);
    const opacity = ctx.opacity * Number(el.attrs.opacity ?? 1) * Number(el.attrs['fill-opacity'] ?? 1);
    const here = {
      fill: el.attrs.fill ?? ctx.fill,
      opacity,
      x: ctx.x + dx,
      y: ctx.y + dy,
      size: el.attrs['font-size'] ? parseFloat(el.attrs['font-size']) : ctx.size,
      bold: el.attrs['font-weight'] ? /bold|[6-9]00/.test(el.attrs['font-weight']) : ctx.bold,
      anchor: el.attrs['text-anchor'] ?? ctx.anchor,
    };
    const color = hex(here.fill);
    if (el.tag === 'rect' && color && opacity === 1) {
      rects.push({ x: here.x + Number(el.attrs.x ?? 0), y: here.y + Number(el.attrs.y ?? 0), w: Number(el.attrs.width), h: Number(el.attrs.height), color });
    }
    const box = el.tag === 'path' && /^M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+Z$/.exec(el.attrs.d ?? '');
    if (box && color && opacity === 1) {
      const [, x, y, w, h] = box.map(Number) as number[];
      rects.push({ x: here.x + x!, y: here.y + y!, w: w!, h: h!, color });
    }
    if (el.tag === 'text' || el.tag === 'tspan') {
      const spans = elements(el).filter((c) => c.tag === 'tspan' || c.tag === 'a');
      const own = el.tag === 'tspan' || spans.length === 0 || el.children.some((c) => !('attrs' in c) && c.text.trim());
      if (own && plainText(el)) {
        const text = plainText(el);
        const x = here.x + Number(el.attrs.x ?? 0);
        const y = here.y + Number(el.attrs.y ?? 0);
        const w = textWidth(text, here.size, here.bold ? 'bold' : 'regular');
        const start = here.anchor === 'middle' ? x - w / 2 : here.anchor === 'end' ? x - w : x;
        const midY = y - here.size * 0.35;
        if (!color) throw new Error(`text «${text}» has no fill`);
        if (opacity !== 1) out.push({ text, color: `${color} at opacity ${opacity}`, background: '?', ratio: 0 });
        let worst: TextContrast | undefined;
        for (const px of [start + 1, start + w / 2, start + w - 1]) {
          const behind = [...rects].reverse().find((r) => px >= r.x && px <= r.x + r.w && midY >= r.y && midY <= r.y + r.h);
          const background = behind?.color ?? '#FFFFFF';
          const ratio = contrast(color, background);
          if (!worst || ratio < worst.ratio) worst = { text, color, background, ratio };
        }
        out.push(worst!);
      }
      if (el.tag === 'tspan' && spans.length === 0) return;
    }
    for (const c of elements(el)) visit(c, here);
  };
  visit(parseSvg(svg), { fill: '#000000', opacity: 1, x: 0, y: 0, size: 16, bold: false, anchor: 'start' });
  return out;
}

describe('textContrasts (the check itself)', () => {
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540">${body}</svg>`;
  it('fails light text on white and passes white text on Digdir blue', () => {
    expect(textContrasts(svg('<text x="10" y="20" font-size="12" fill="#AAAAAA">grå</text>'))[0]!.ratio).toBeLessThan(4.5);
    const onBlue = textContrasts(svg('<rect x="0" y="0" width="960" height="540" fill="#0062BA"/><text x="10" y="20" font-size="12" fill="#FFFFFF">hvit</text>'));
    expect(onBlue[0]).toMatchObject({ background: '#0062BA' });
    expect(onBlue[0]!.ratio).toBeCloseTo(6.08, 1);
  });
  it('finds the card a text sits on, also inside translated groups, and a background only part of the text covers', () => {
    const r = textContrasts(svg('<g transform="translate(100,100)"><rect x="0" y="0" width="50" height="30" fill="#EEF4FA"/><text x="5" y="20" font-size="10" fill="#0062BA">kort tekst som går langt ut</text></g>'));
    expect(r[0]!.background).toMatch(/#EEF4FA|#FFFFFF/);
    expect(r[0]!.ratio).toBeLessThan(contrast('#0062BA', '#FFFFFF'));
  });
});

describe('every slide', () => {
  const slides: { page: number; file: string; svg: string }[] = [];
  beforeAll(async () => {
    for (const dir of ['content/2025-11', MINI]) {
      const { edition } = checkEdition(dir);
      const rendered = await renderAll(edition!, () => {});
      rendered.forEach((s, i) => slides.push({ page: s.page, file: edition!.slides[i]!.file.path, svg: s.svg }));
    }
  });

  it('has at least 4.5:1 for every text on every slide, charts and tables included', () => {
    const failures: string[] = [];
    let texts = 0;
    for (const s of slides) {
      for (const c of textContrasts(s.svg)) {
        texts++;
        if (c.ratio < 4.5) failures.push(`${s.file}: «${c.text}» ${c.color} on ${c.background}: ${c.ratio.toFixed(2)}:1`);
      }
    }
    expect(texts).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  });

  it('gives every text a role (heading, paragraph, list, table, chart, link) or marks it as an artifact', () => {
    const untagged = slides.flatMap((s) => planSlide(s.svg).untagged.map((t) => `${s.file}: «${t}»`));
    expect(untagged).toEqual([]);
    // And the plan covers the slides: a title (H1) on each, every chart a Figure.
    const plans = slides.map((s) => planSlide(s.svg));
    expect(plans.filter((p) => p.elements.some((e) => e.role === 'H1'))).toHaveLength(slides.length);
    expect(plans.flatMap((p) => p.elements.filter((e) => e.role === 'Figure')).length).toBeGreaterThanOrEqual(14);
  });
});
