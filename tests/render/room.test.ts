/**
 * Where a slide's content does not fit at the deck's smallest sizes, the layout gives it room
 * instead of setting it smaller: a text-chart slide's data table runs under text and chart, the
 * text column widens for a long body, a data table leaves the chart's month grid for a few points
 * more, and what still does not fit is a content error at the number's line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEdition, renderAll } from '../../src/build.js';
import type { RenderedSlide } from '../../src/render/renderSlide.js';
import { elements, parseSvg, plainText, type SvgElement } from '../../src/compose/svgTree.js';
import { editionWith, runCli } from '../helpers.js';

interface PlacedText {
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: string;
  /** The data-role of the nearest group with one. */
  role: string;
}

/** Every <text> (and each positioned <tspan>) of a slide with its place on the page. */
function placedTexts(svg: string): PlacedText[] {
  const out: PlacedText[] = [];
  const visit = (el: SvgElement, ctx: { x: number; y: number; size: number; anchor: string; role: string }) => {
    const t = /translate\(\s*([-\d.]+)[\s,]*([-\d.]*)\s*\)/.exec(el.attrs.transform ?? '');
    const here = {
      x: ctx.x + (t ? Number(t[1]) : 0),
      y: ctx.y + (t && t[2] ? Number(t[2]) : 0),
      size: el.attrs['font-size'] ? parseFloat(el.attrs['font-size']) : ctx.size,
      anchor: el.attrs['text-anchor'] ?? ctx.anchor,
      role: el.attrs['data-role'] ?? ctx.role,
    };
    if (el.tag === 'text') {
      const spans = elements(el).filter((c) => c.tag === 'tspan' && c.attrs.x !== undefined);
      const parts = spans.length ? spans : [el];
      for (const p of parts) {
        out.push({
          text: plainText(p),
          x: here.x + Number(p.attrs.x ?? el.attrs.x ?? 0),
          y: here.y + Number(p.attrs.y ?? el.attrs.y ?? 0),
          size: p.attrs['font-size'] ? parseFloat(p.attrs['font-size']) : here.size,
          anchor: here.anchor,
          role: here.role,
        });
      }
      return;
    }
    for (const c of elements(el)) visit(c, here);
  };
  visit(parseSvg(svg), { x: 0, y: 0, size: 16, anchor: 'start', role: '' });
  return out;
}

const MONTHS = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

describe('November 2025: room for the data', () => {
  let slides: RenderedSlide[];
  const texts = (page: number) => placedTexts(slides[page - 1]!.svg);
  /** The month headers of a page's data table. */
  const tableMonths = (page: number) => texts(page).filter((t) => t.role === 'table-header-cell' && MONTHS.includes(t.text));
  /** The month labels of a page's chart. */
  const chartMonths = (page: number) => texts(page).filter((t) => t.role === 'chart' && MONTHS.includes(t.text));

  beforeAll(async () => {
    const { edition } = checkEdition('content/2025-11');
    slides = await renderAll(edition!, () => {});
  });

  it('keeps the month columns of a full-width chart\'s table under the chart\'s months', () => {
    for (const page of [9, 10, 11, 12, 13, 15]) {
      const chart = chartMonths(page);
      const table = tableMonths(page);
      expect(chart.map((t) => t.text), `page ${page}`).toEqual(MONTHS);
      const step = (chart[11]!.x - chart[0]!.x) / 11;
      // Right-aligned headers end within their month's band, which the chart's label centres.
      table.forEach((h, i) => {
        expect(h.anchor).toBe('end');
        expect(Math.abs(h.x - chart[i]!.x), `page ${page}, ${h.text}`).toBeLessThan(step / 2);
      });
    }
  });

  it('runs a text-chart slide\'s table of twelve months under both text and chart, at full size', () => {
    for (const page of [14, 18, 19, 20, 21]) {
      const months = tableMonths(page);
      expect(months, `page ${page}`).toHaveLength(12);
      expect(Math.min(...texts(page).filter((t) => t.role.startsWith('table')).map((t) => t.x)), `page ${page}`).toBeLessThan(70);
      expect(months[11]!.x, `page ${page}`).toBeGreaterThan(900);
      for (const t of texts(page).filter((x) => x.role.startsWith('table'))) expect(t.size, `page ${page}: ${t.text}`).toBe(10);
    }
  });

  it('widens the text column of a long body above such a table rather than setting the body smaller', () => {
    // The body: paragraphs and list items below the title and subtitle.
    const body = (page: number) => texts(page).filter((t) => (t.role === 'list-item' || t.role === 'paragraph') && t.y > 130 && t.x < 400);
    // Slide 18 (Tilda): in the 318 pt column above the table the body would have gone down to 11 pt.
    const tilda = body(18);
    expect(tilda.length).toBeGreaterThan(10);
    expect(Math.max(...tilda.map((t) => t.size))).toBeGreaterThanOrEqual(12.5);
    const tableTop = Math.min(...texts(18).filter((t) => t.role === 'table-header-cell').map((t) => t.y)) - 10;
    expect(Math.max(...tilda.map((t) => t.y))).toBeLessThan(tableTop - 10);
    const chartLeft = Math.min(...chartMonths(18).map((t) => t.x));
    expect(chartLeft).toBeGreaterThan(48 + 350);
    // A short body keeps 14 pt and the chart its width (slide 14).
    expect(body(14).every((t) => t.size === 14)).toBe(true);
    expect(Math.min(...chartMonths(14).map((t) => t.x))).toBeLessThan(48 + 318 + 24 + 80);
  });

  it('keeps a table that fits under its chart there (slide 17: two columns of numbers)', () => {
    const cells = texts(17).filter((t) => t.role.startsWith('table'));
    expect(cells.find((t) => t.text === 'Kategori')!.x).toBeGreaterThan(380);
    for (const t of cells) expect(t.size).toBe(10);
  });
});

describe('a number too wide for its data table', () => {
  const withMarch = (value: number) =>
    editionWith({
      '05-meldinger.yaml': `layout: chart\ntitle: Meldinger\nchart:\n  kind: monthly\n  years:\n    "2024": {jan: 6463278, feb: 6939740}\n    "2025":\n      jan: 7120449\n      mar: ${value}\n`,
    });

  it('leaves the chart\'s month grid for the table\'s own columns before it counts as too wide', async () => {
    const { edition } = checkEdition(withMarch(1223639879));
    const slides = await renderAll(edition!, () => {});
    const t = placedTexts(slides[4]!.svg).find((x) => x.text === '1 223 639 879');
    expect(t).toBeDefined();
    expect(t!.size).toBeGreaterThanOrEqual(9);
  });

  it('is a content error at the number, never smaller type', async () => {
    const r = await runCli(['check', withMarch(91223639879)]);
    expect(r.code).toBe(1);
    expect(r.err.replace(/\u00a0/g, " ")).toMatch(/05-meldinger\.yaml:9:12: «91 223 639 879» får ikke plass i tabellen under grafen, selv med 9 pt skrift, som er det minste vi bruker\. Sjekk at tallet er riktig\./);
  });
});
