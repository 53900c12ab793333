/**
 * `deck preview`: one PNG per slide and an overview sheet, drawn in Node from the slide SVGs that
 * the PDF is made of, with the deck's own fonts.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from '../../src/preview/png.js';
import { forResvg, rasterise } from '../../src/preview/raster.js';
import { editionWith, MINI, runCli } from '../helpers.js';

/** Width, height and colour type from a PNG's header. */
function header(png: Buffer): { width: number; height: number; colourType: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25]! };
}

/** A PNG's pixels (RGBA), decoded by resvg's own PNG reader (an independent decoder). */
function pixels(png: Buffer): Uint8Array {
  const { width, height } = header(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

/** The share of pixels in a box that are dark (text), from RGBA pixels `width` wide. */
function darkShare(px: Uint8Array, width: number, box: { x: number; y: number; w: number; h: number }): number {
  let dark = 0;
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * width + x) * 4;
      if (px[i]! + px[i + 1]! + px[i + 2]! < 300) dark++;
    }
  }
  return dark / (box.w * box.h);
}

describe('deck preview', () => {
  let out: string;
  let result: { code: number; err: string };

  beforeAll(async () => {
    out = join(mkdtempSync(join(tmpdir(), 'deck-preview-')), 'preview');
    mkdirSync(out);
    writeFileSync(join(out, '09-gammel.png'), 'a slide that no longer exists');
    writeFileSync(join(out, 'notater.txt'), 'not ours');
    result = await runCli(['preview', MINI, '-o', out]);
  });

  it('writes one PNG per slide, named after its file, and the overview sheet; removes stale pictures only', () => {
    expect(result.code).toBe(0);
    expect(result.err).toMatch(new RegExp(`deck: lagret 8 bilder i ${out} på \\d+,\\d s\\.\\n$`));
    expect(readdirSync(out).sort()).toEqual([
      '01-forside.png', '02-innhold.png', '03-plattformen.png', '04-hendelser.png', '05-meldinger.png', '06-treffpunkt.png', '07-slutt.png', 'notater.txt', 'overview.png',
    ]);
  });

  it('draws each slide 1920 × 1080 pixels', () => {
    for (const name of readdirSync(out).filter((n) => /^\d/.test(n))) {
      expect(header(readFileSync(join(out, name)))).toMatchObject({ width: 1920, height: 1080 });
    }
  });

  it('draws the text with the embedded Inter (no system fonts): the title is there, in semibold', () => {
    const px = pixels(readFileSync(join(out, '04-hendelser.png')));
    // The title «Hvordan melde inn hendelser» (26 pt at 2 px/pt) on the left under the accent bar;
    // the area right of it is empty.
    const title = darkShare(px, 1920, { x: 96, y: 100, w: 600, h: 50 });
    expect(title).toBeGreaterThan(0.12);
    expect(darkShare(px, 1920, { x: 1300, y: 100, w: 500, h: 50 })).toBe(0);
    // The same title drawn with the regular face has clearly less ink: the bold face was used.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"><text x="48" y="69" font-family="Inter" font-size="26" font-weight="bold">Hvordan melde inn hendelser</text></svg>`;
    const bold = darkShare(pixels(rasterise(svg, 1920)), 1920, { x: 96, y: 100, w: 600, h: 50 });
    const regular = darkShare(pixels(rasterise(svg.replace(' font-weight="bold"', ''), 1920)), 1920, { x: 96, y: 100, w: 600, h: 50 });
    expect(bold).toBeGreaterThan(regular * 1.15);
  });

  it('lays the overview out five slides to a row, each with its file name', () => {
    expect(header(readFileSync(join(out, 'overview.png')))).toMatchObject({ width: 1712, height: 24 * 2 + 2 * (180 + 22) + 16 });
  });

  it('writes into preview/<edition>/ by default', async () => {
    const dir = editionWith();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await runCli(['preview', '.', '-q'])).code).toBe(0);
      const name = dir.split('/').pop()!;
      expect(existsSync(join(dir, 'preview', name, 'overview.png'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('deck preview --per-layout (the pictures of the layout catalogue)', () => {
  it('writes one small picture per layout, named after it, as a palette PNG', async () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-layouts-'));
    const r = await runCli(['preview', MINI, '--per-layout', '--width', '480', '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['agenda.png', 'chart.png', 'closing.png', 'section.png', 'text.png', 'title.png']);
    for (const name of readdirSync(out)) expect(header(readFileSync(join(out, name)))).toEqual({ width: 480, height: 270, colourType: 3 });
  });
});

describe('the PNG encoder', () => {
  it('is lossless: a palette image and an RGB image decode to the same pixels', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#EEF4FA"/><circle cx="30" cy="30" r="20" fill="#0062BA"/><text x="60" y="35" font-family="Inter" font-size="14">Åø</text></svg>`;
    const image = new Resvg(forResvg(svg), { font: { fontFiles: ['assets/fonts/Inter-Regular.ttf'], loadSystemFonts: false }, background: '#ffffff' }).render();
    const few = encodePng(image.pixels, image.width, image.height);
    expect(header(few).colourType).toBe(3);
    expect(Buffer.from(pixels(few)).equals(Buffer.from(image.pixels))).toBe(true);

    // Over 256 colours: a gradient, stored as RGB.
    const many = new Uint8Array(64 * 64 * 4);
    for (let i = 0; i < 64 * 64; i++) many.set([i % 256, (i >> 4) % 256, 255 - (i % 256), 255], i * 4);
    const rgb = encodePng(many, 64, 64);
    expect(header(rgb).colourType).toBe(2);
    expect(Buffer.from(pixels(rgb)).equals(Buffer.from(many))).toBe(true);
  });

  it('maps bold text to the semibold face for resvg, and regular text to the regular face', () => {
    expect(forResvg('<text font-family="Inter" font-size="26" font-weight="bold"><tspan x="1">A</tspan><tspan font-weight="normal">b</tspan></text>')).toBe(
      '<text font-size="26" font-weight="bold" font-family="Inter SemiBold"><tspan x="1">A</tspan><tspan font-weight="normal" font-family="Inter">b</tspan></text>',
    );
  });
});
