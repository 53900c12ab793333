/**
 * The compose drawer: everything our layouts and charts emit is something it draws, what it does
 * not draw is an error, text comes out as words, pictures are embedded once, and a page's drawing
 * depends on its slide alone.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, checkEdition, renderAll } from '../../src/build.js';
import { composePdf, drawPage } from '../../src/compose/composePdf.js';
import { ContentError } from '../../src/errors.js';
import { deckFont, encode } from '../../src/compose/fonts/deckFonts.js';
import { FONT_FILES } from '../../src/render/fonts.js';
import { SUPPORTED } from '../../src/compose/draw/style.js';
import { metaFor } from '../../src/compose/metadata.js';
import { isElement, parseSvg, type SvgElement } from '../../src/compose/svgTree.js';
import { renderChart } from '../../src/render/charts/index.js';
import type { Chart } from '../../src/validate/schema.js';
import { editionWith, MINI, readPdf } from '../helpers.js';

const EDITIONS = ['content/2025-11', MINI, 'tests/fixtures/2025-12'];

/** One chart of each kind, and the empty state, as the chart layouts get them. */
const CHARTS: Chart[] = [
  { kind: 'monthly', years: { '2024': { jan: 6463278, feb: 6939740, mar: 12464299 }, '2025': { jan: 7120449, feb: 5214812 } } },
  { kind: 'monthly', years: { '2024': {}, '2025': {} } },
  { kind: 'categories', categories: ['Skatteetaten', 'NAV (Arbeids- og velferdsetaten)', 'Andre'], series: { '2024': [1203345, 356789, 98000], '2025': [1503211, 402311, 150000] } },
  { kind: 'uptime', requirement: 99.9, months: { '2025-08': 100, '2025-09': 99.97, '2025-10': 99.85, '2025-11': 99.99 } },
];

const page = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540" width="960" height="540">${body}</svg>`;
const para = (inner: string) => page(`<g data-role="paragraph">${inner}</g>`);
const content = (svg: string) => inflateSync(drawPage(svg, 1).content).toString('latin1');

let slides: { file: string; svg: string }[] = [];
beforeAll(async () => {
  for (const dir of EDITIONS) {
    const { edition } = checkEdition(dir);
    for (const s of await renderAll(edition!, () => {})) slides.push({ file: `${dir} page ${s.page}`, svg: s.svg });
  }
  for (const [i, chart] of CHARTS.entries()) {
    const r = await renderChart(chart, { width: 600, height: 300 });
    slides.push({ file: `chart ${i} (${chart.kind})`, svg: page(`<g data-role="chart" aria-label="Diagram" transform="translate(48,100)">${r.svg}</g>`) });
  }
}, 60_000);

describe('what the drawer draws', () => {
  it('supports every element and attribute that the editions, the fixtures and every chart kind emit', () => {
    const seen = new Map<string, Set<string>>();
    const walk = (el: SvgElement) => {
      const names = seen.get(el.tag) ?? new Set();
      seen.set(el.tag, names);
      for (const a of Object.keys(el.attrs)) names.add(a);
      for (const c of el.children) if (isElement(c)) walk(c);
    };
    for (const s of slides) walk(parseSvg(s.svg));
    // Enough was seen for the check to mean something.
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['svg', 'g', 'rect', 'circle', 'line', 'path', 'text', 'tspan', 'a']));
    const missing = [...seen].flatMap(([tag, attrs]) => (SUPPORTED.has(tag) ? [...attrs].filter((a) => !SUPPORTED.get(tag)!.has(a)).map((a) => `<${tag} ${a}>`) : [`<${tag}>`]));
    expect(missing).toEqual([]);
  });

  it('draws every slide of every edition and every chart kind', () => {
    for (const s of slides) expect(() => drawPage(s.svg, 1), s.file).not.toThrow();
  });

  it('refuses what it does not draw, naming it, instead of leaving it out', () => {
    expect(() => drawPage(page('<ellipse data-role="decoration" cx="5" cy="5" rx="3" ry="2"/>'), 7)).toThrow('drawing page 7: <ellipse> is not an element the drawer draws');
    expect(() => drawPage(page('<rect data-role="decoration" x="0" y="0" width="5" height="5" filter="url(#f)"/>'), 7)).toThrow('<rect filter="…">: the drawer does not support filter');
    expect(() => drawPage(para('<text font-family="Helvetica" font-size="12" x="5" y="5">A</text>'), 1)).toThrow('only Inter is embedded');
    expect(() => drawPage(page('<rect data-role="decoration" x="0" y="0" width="5" height="5" fill="hsl(0, 50%, 50%)"/>'), 1)).toThrow('colour "hsl(0, 50%, 50%)"');
    expect(() => drawPage(page('<g data-role="decoration" opacity="0.5"><rect x="0" y="0" width="5" height="5"/></g>'), 1)).toThrow('opacity on a group is not supported');
    expect(() => drawPage(para('<text font-family="Inter" font-size="12" x="5" y="5"><tspan opacity="0.5">A</tspan></text>'), 1)).toThrow('<tspan opacity="…"> inside a text is not supported');
    expect(() => drawPage(para('<text font-family="Inter" font-size="12" x="5" y="5">日本</text>'), 1)).toThrow('has no glyph for «日»');
  });
});

describe('text', () => {
  it('shows each run with one operator, its spaces included, as the font’s own glyph IDs', () => {
    const c = content(para('<text font-family="Inter" font-size="18" fill="#1F2C3D"><tspan x="48" y="100">Altinn </tspan><tspan x="107.9" y="100" font-weight="bold">sentralforvaltning</tspan></text>'));
    const shows = [...c.matchAll(/<([0-9a-f]+)> Tj/g)].map((m) => m[1]);
    expect(shows).toEqual([encode('Altinn ', 'regular').hex, encode('sentralforvaltning', 'bold').hex]);
    const font = deckFont('regular');
    expect(shows[0]!.slice(0, 4)).toBe(font.glyphOf('A'.codePointAt(0)!).toString(16).padStart(4, '0'));
    expect(c).toContain('/F1 18 Tf');
    expect(c).toContain('/F2 18 Tf');
    expect(c).toContain('/P << /MCID 0 >> BDC');
  });

  it('anchors a text at its middle or end by the width of the run, trailing spaces left out', () => {
    const at = (anchor: string, s: string) => Number(/1 0 0 -1 ([\d.]+) 100 Tm/.exec(content(para(`<text font-family="Inter" font-size="10" text-anchor="${anchor}" x="500" y="100">${s}</text>`)))![1]);
    const w = encode('12 345', 'regular').width * 10;
    expect(at('end', '12 345')).toBeCloseTo(500 - w, 2);
    expect(at('middle', '12 345')).toBeCloseTo(500 - w / 2, 2);
    expect(at('end', '12 345 ')).toBeCloseTo(500 - w, 2);
  });

  it('gives the reader the slide’s words: one text show per run over the whole November edition', async () => {
    const november = slides.filter((s) => s.file.startsWith('content/2025-11'));
    const shows = november.reduce((n, s) => n + (content(s.svg).match(/ Tj\n/g)?.length ?? 0), 0);
    // svg-to-pdfkit wrote one show per glyph: about 24 600.
    expect(shows).toBeLessThan(2500);
  });
});

describe('fonts', () => {
  it('subsets a face keeping every glyph ID: used glyphs and the parts of composite ones stay, the rest is empty', () => {
    const font = deckFont('regular');
    const aring = font.glyphOf('å'.codePointAt(0)!);
    const a = font.glyphOf('a'.codePointAt(0)!);
    const z = font.glyphOf('z'.codePointAt(0)!);
    const glyphLength = (bytes: Buffer, g: number) => {
      // loca is written with long offsets
      const tables = new Map<string, number>();
      for (let i = 0; i < bytes.readUInt16BE(4); i++) tables.set(bytes.toString('latin1', 12 + i * 16, 16 + i * 16), bytes.readUInt32BE(20 + i * 16));
      const loca = tables.get('loca')!;
      return bytes.readUInt32BE(loca + 4 * (g + 1)) - bytes.readUInt32BE(loca + 4 * g);
    };
    const bytes = font.subset([aring]);
    // The widths stay those of the whole font.
    expect(bytes.includes(readFileSync(FONT_FILES.regular).subarray(...hmtxOf(readFileSync(FONT_FILES.regular))))).toBe(true);
    expect(glyphLength(bytes, aring)).toBeGreaterThan(0);
    expect(glyphLength(bytes, a)).toBeGreaterThan(0); // a component of å
    expect(glyphLength(bytes, z)).toBe(0);
  });
});

/** Start and end of the hmtx table in a font file. */
function hmtxOf(b: Buffer): [number, number] {
  for (let i = 0; i < b.readUInt16BE(4); i++) {
    if (b.toString('latin1', 12 + i * 16, 16 + i * 16) === 'hmtx') return [b.readUInt32BE(20 + i * 16), b.readUInt32BE(20 + i * 16) + b.readUInt32BE(24 + i * 16)];
  }
  throw new Error('no hmtx');
}

describe('pictures', () => {
  const withLogo = (file: string) => {
    const dir = editionWith({ 'deck.yaml': readFileSync(join(MINI, 'deck.yaml'), 'utf8') + `logo: bilder/${file}\n` });
    mkdirSync(join(dir, 'bilder'));
    copyFileSync(join('tests/fixtures/pictures', file), join(dir, 'bilder', file));
    return dir;
  };

  for (const file of ['logo.png', 'opaque.png', 'logo.jpg']) {
    it(`embeds the logo (${file}) once and shows it on the title and the closing page`, async () => {
      const dir = withLogo(file);
      const out = join(dir, 'out.pdf');
      await build({ dir, out });
      const pdf = readFileSync(out).toString('latin1');
      const images = pdf.match(/\/Subtype \/Image/g) ?? [];
      // One image, plus its soft mask when the PNG has an alpha channel.
      expect(images).toHaveLength(file === 'logo.png' ? 2 : 1);
      const shown = [...pdf.matchAll(/\/XObject <<\n\/(Im[0-9a-f]+) (\d+) 0 R/g)];
      expect(shown).toHaveLength(2);
      expect(shown[0]![2]).toBe(shown[1]![2]);
    });
  }

  it('tells the editor, at «logo» in deck.yaml, which picture file cannot be drawn, and how to fix it', async () => {
    const dir = withLogo('logo.png');
    const logo = join(dir, 'bilder', 'logo.png');
    writeFileSync(logo, 'ikke et bilde');
    await expect(build({ dir, out: join(dir, 'out.pdf') })).rejects.toThrow(/deck\.yaml:24:7: bildet er ikke en PNG- eller JPEG-fil\. Lagre bildet som PNG eller JPEG\.$/);
    writeFileSync(logo, readFileSync('tests/fixtures/pictures/logo.png').subarray(0, 300));
    await expect(build({ dir, out: join(dir, 'out.pdf') })).rejects.toThrow(/bildet er skadet eller ufullstendig/);
    await expect(build({ dir, out: join(dir, 'out.pdf') })).rejects.toBeInstanceOf(ContentError);
  });

  it('keeps the picture in proportion inside its box (preserveAspectRatio xMinYMid meet)', () => {
    const dir = withLogo('logo.png');
    const c = content(page(`<image data-role="decoration" x="72" y="52" width="160" height="80" preserveAspectRatio="xMinYMid meet" href="${join(dir, 'bilder', 'logo.png')}"/>`));
    // 160 × 40 in a 160 × 80 box: full width, centred vertically (y 72 … 112).
    expect(c).toMatch(/160 0 0 -40 72 112 cm\n\/Im[0-9a-f]{12} Do/);
  });
});

describe('clip paths, links and transforms', () => {
  it('clips to a clip path in the user space of the element that uses it', () => {
    const c = content(page('<defs><clipPath id="c"><rect x="0" y="0" width="10" height="10"/></clipPath></defs><g data-role="decoration" transform="translate(100,50)" clip-path="url(#c)"><rect x="0" y="0" width="50" height="50" fill="#0062BA"/></g>'));
    expect(c).toContain('q\n100 50 10 10 re\nW n\n1 0 0 1 100 50 cm\n0 0.384 0.729 rg\n0 0 50 50 re\nf\nQ');
  });

  it('puts a link annotation over the text of the link, with its target', async () => {
    const svg = para('<text font-family="Inter" font-size="18" fill="#1F2C3D"><tspan x="48" y="100">Les </tspan><a href="https://www.altinn.no/" data-role="link"><tspan x="86" y="100" fill="#0062BA">her</tspan></a></text>');
    const d = drawPage(svg, 1);
    expect(d.links).toHaveLength(1);
    const [x1, y1, x2, y2] = d.links[0]!.rect;
    expect(x1).toBe(86);
    expect(x2).toBeCloseTo(86 + encode('her', 'regular').width * 18, 1);
    expect(y1).toBeLessThan(540 - 100);
    expect(y2).toBeGreaterThan(540 - 100 + 12);
    const { edition } = checkEdition(MINI);
    const pdf = await composePdf([{ page: 1, title: 'Test', svg }], metaFor(edition!, 'november 2025'));
    const back = await readPdf(pdf);
    expect(back.links).toEqual([{ page: 1, url: 'https://www.altinn.no/', text: expect.stringContaining('her') }]);
    expect(pdf.toString('latin1')).toContain('/Contents (her \\(lenke til altinn.no\\))');
  });

  it('draws a page the same whatever the other pages hold', async () => {
    const one = slides[3]!.svg;
    expect(drawPage(one, 4).content.equals(drawPage(one, 4).content)).toBe(true);
    const { edition } = checkEdition(MINI);
    const meta = metaFor(edition!, 'november 2025');
    const alone = await composePdf([{ page: 1, title: 'A', svg: one }], meta);
    const after = await composePdf([{ page: 1, title: 'B', svg: slides[0]!.svg }, { page: 2, title: 'A', svg: one }], meta);
    const stream = drawPage(one, 1).content.toString('latin1');
    expect(alone.toString('latin1')).toContain(stream);
    expect(after.toString('latin1')).toContain(stream);
  });
});
