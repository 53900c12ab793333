/**
 * Pictures on slides, end to end, with pictures the test makes (a PNG, a JPEG and an SVG): each is
 * drawn at its place and size, embedded at most at twice its drawn size at 150 dpi, once however
 * often it is shown, as a Figure with its Alt and BBox (a decorative one as an artifact, a caption
 * as Caption), upright by its EXIF orientation, and the same bytes from build to build.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEdition, renderAll } from '../../src/build.js';
import { drawPage } from '../../src/compose/composePdf.js';
import { isElement, parseSvg, type SvgElement } from '../../src/compose/svgTree.js';
import { preview } from '../../src/preview/preview.js';
import { editionWith, runCli } from '../helpers.js';
import { jpegPicture, pngPicture, svgPicture } from '../pictureFiles.js';
import { findAll, readTagged, type DocReadback } from '../release/pdfjs.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const SLIDES: Record<string, string> = {
  // A wide PNG (4000 × 1000) alone: the whole width, 864 × 216 pt → at most 3600 × 900 pixels.
  '04-bred.yaml': 'layout: picture\ntitle: Bred skjerm\nimage:\n  file: bilder/bred.png\n  alt: Skjermbilde av hele innboksen\n',
  // A JPEG (1600 × 1200) beside text: drawn 440 × 330 pt, at most 1833 pixels wide: kept as it is.
  '05-foto.yaml':
    'layout: picture\ntitle: Foto\nimage:\n  file: bilder/foto.jpg\n  alt: Foto fra Altinn-kaffe\n  caption: Fra Altinn-kaffe i november.\nbody:\n  - text: Over 100 deltok.\n',
  // An SVG logo beside text: rasterised at its drawn size, 340 × 340 pt → 1417 × 1417 pixels.
  '06-logo.yaml': 'layout: text\ntitle: Ny tjenesteeier\nbody:\n  - text: Velkommen.\nimage:\n  file: bilder/logo.svg\n  alt: Logoen til tjenesteeieren\n',
  // The wide PNG again, decorative, in a column: an artifact, and embedded once with the other.
  '07-pynt.yaml':
    'layout: text-columns\ntitle: Pynt\ncolumns:\n  - body:\n      - text: En.\n  - body:\n      - text: To.\nimage:\n  file: bilder/bred.png\n  decorative: true\n',
  // A phone photo stored on its side with EXIF orientation 6: shown upright, 300 × 400.
  '08-mobil.yaml': 'layout: picture\ntitle: Mobil\nimage:\n  file: bilder/mobil.jpg\n  alt: Altinn på mobil\n',
};

let dir: string;
let pdf: Buffer;
let tagged: DocReadback;
let images: { page: number; object: number; width: number; height: number; enc: string; type: string }[] = [];
let svgs: string[] = [];

beforeAll(async () => {
  dir = editionWith({ '04-hendelser.yaml': null, '05-meldinger.yaml': null, '06-treffpunkt.yaml': null, '07-slutt.yaml': null, ...SLIDES });
  mkdirSync(join(dir, 'bilder'));
  writeFileSync(join(dir, 'bilder', 'bred.png'), await pngPicture(4000, 1000));
  writeFileSync(join(dir, 'bilder', 'foto.jpg'), await jpegPicture(1600, 1200));
  writeFileSync(join(dir, 'bilder', 'logo.svg'), svgPicture(300, 300));
  writeFileSync(join(dir, 'bilder', 'mobil.jpg'), await jpegPicture(400, 300, { orientation: 6 }));
  const r = await runCli(['build', dir, '-o', join(dir, 'deck.pdf')]);
  expect(r.code, r.err).toBe(0);
  pdf = readFileSync(join(dir, 'deck.pdf'));
  tagged = await readTagged(pdf);
  svgs = (await renderAll(checkEdition(dir).edition!, () => {})).map((s) => s.svg);
  if (has('pdfimages')) {
    const list = spawnSync('pdfimages', ['-list', join(dir, 'deck.pdf')], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
    images = list.map((l) => l.trim().split(/\s+/)).map((c) => ({ page: Number(c[0]), type: c[2]!, width: Number(c[3]), height: Number(c[4]), enc: c[8]!, object: Number(c[10]) }));
  }
}, 120_000);

/** The <image> of a slide and its box. */
function imageOn(page: number): SvgElement {
  const find = (el: SvgElement): SvgElement | undefined => (el.tag === 'image' ? el : el.children.filter(isElement).map(find).find(Boolean));
  return find(parseSvg(svgs[page - 1]!))!;
}
const box = (el: SvgElement) => ['x', 'y', 'width', 'height'].map((k) => Number(el.attrs[k])) as [number, number, number, number];

describe('a picture on a slide', () => {
  it('is drawn in its proportions where the layout puts it', () => {
    const [x, y, w, h] = box(imageOn(4));
    expect([x, w, h]).toEqual([48, 864, 216]); // alone: the whole width
    expect(y).toBeGreaterThan(90);
    expect(y).toBeLessThan(110);
    const [fx, , fw, fh] = box(imageOn(5));
    expect([fx + fw, fw, fh]).toEqual([912, 440, 330]); // beside the text, at the right margin
    const [lx, , lw, lh] = box(imageOn(6));
    expect([lx + lw, lw, lh]).toEqual([912, 340, 340]);
    const [, , mw, mh] = box(imageOn(8));
    expect(mw / mh).toBeCloseTo(300 / 400, 3); // upright
  });

  it('is drawn by the page where the slide has it, filling its box', () => {
    const ops = inflateSync(drawPage(svgs[3]!, 4).content).toString('latin1');
    const [x, y, w, h] = box(imageOn(4));
    expect(ops).toContain(`${w} 0 0 ${-h} ${x} ${y + h} cm`);
  });

  it.skipIf(!has('pdfimages'))('is embedded at most at twice its drawn size at 150 dpi, and once however often it is shown', () => {
    const by = (page: number) => images.filter((i) => i.page === page && i.type === 'image');
    expect(by(4).map((i) => [i.width, i.height, i.enc])).toEqual([[3600, 900, 'image']]);
    expect(by(5).map((i) => [i.width, i.height, i.enc])).toEqual([[1600, 1200, 'jpeg']]);
    expect(by(6).map((i) => [i.width, i.height])).toEqual([[1417, 1417]]);
    expect(by(7).map((i) => i.object)).toEqual(by(4).map((i) => i.object)); // the same PNG: one object
    expect(by(8).map((i) => [i.width, i.height, i.enc])).toEqual([[300, 400, 'jpeg']]);
  });

  it('embeds a JPEG that needs no change byte for byte', async () => {
    expect(pdf.includes(readFileSync(join(dir, 'bilder', 'foto.jpg')))).toBe(true);
  });

  it('turns a photo upright by its EXIF orientation', async () => {
    const svg = svgs[7]!;
    const data = /href="data:image\/jpeg;base64,([^"]+)"/.exec(svg)![1]!;
    const meta = await sharp(Buffer.from(data, 'base64')).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([300, 400, 1]);
  });

  it('is a Figure with its Alt and BBox in the structure tree, its caption a Caption right after it', () => {
    const figures = (n: number) => findAll(tagged.pages[n - 1]!.tree, 'Figure');
    expect(figures(4).map((f) => f.alt)).toEqual(['Skjermbilde av hele innboksen']);
    const [x, y, w, h] = box(imageOn(4));
    expect(figures(4)[0]!.bbox!.map(Math.round)).toEqual([x, 540 - y - h, x + w, 540 - y].map(Math.round));
    expect(figures(6).map((f) => f.alt)).toEqual(['Logoen til tjenesteeieren']);
    const sect = findAll(tagged.pages[4]!.tree, 'Sect')[0]!;
    const roles = sect.children.map((c) => c.role);
    expect(roles.slice(roles.indexOf('Figure'))).toEqual(['Figure', 'Caption']);
    expect(sect.children.find((c) => c.role === 'Caption')!.text).toBe('Fra Altinn-kaffe i november.');
  });

  it('is an artifact when decorative: no Figure, its drawing marked as Layout', () => {
    expect(findAll(tagged.pages[6]!.tree, 'Figure')).toEqual([]);
    const ops = inflateSync(drawPage(svgs[6]!, 7).content).toString('latin1');
    // The marked-content sequence around the picture's Do is an artifact's.
    const before = ops.slice(0, ops.indexOf(' Do\n')).split('\n');
    const opened = [...before].reverse().find((l) => l.endsWith(' BDC'));
    expect(opened).toBe('/Artifact << /Type /Layout >> BDC');
    expect(before.slice(before.lastIndexOf(opened!))).not.toContain('EMC');
  });

  it('gives the same bytes when built again', async () => {
    const again = await runCli(['build', dir, '-o', join(dir, 'again.pdf')]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again.pdf')).equals(pdf)).toBe(true);
  });
});

describe('the picture layout', () => {
  it('puts a long text beside a wide picture when under it would leave the picture too little room', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `      - Punkt ${i + 1} med litt tekst`).join('\n');
    const d = editionWith({ '04-hendelser.yaml': null, '04-lang.yaml': `layout: picture\ntitle: Lang tekst\nimage:\n  file: bred.png\n  alt: Bred\nbody:\n  - bullets:\n${long}\n` });
    writeFileSync(join(d, 'bred.png'), await pngPicture(2000, 800));
    const svg = (await renderAll(checkEdition(d).edition!, () => {}))[3]!.svg;
    const find = (el: SvgElement): SvgElement | undefined => (el.tag === 'image' ? el : el.children.filter(isElement).map(find).find(Boolean));
    const [x, y, w, h] = box(find(parseSvg(svg))!);
    expect(x + w).toBe(912); // at the right margin, beside the text
    expect(w / h).toBeCloseTo(2.5, 2);
    expect(y).toBeLessThan(120);
  });
});

describe('deck preview', () => {
  it('shows the same picture as the PDF, where the PDF has it', async () => {
    const out = join(dir, 'preview');
    await preview({ dir, outDir: out, width: 960 });
    const [x, y, w, h] = box(imageOn(4));
    const { data, info } = await sharp(readFileSync(join(out, '04-bred.png'))).raw().toBuffer({ resolveWithObject: true });
    const at = (px: number, py: number) => [...data.subarray((Math.round(py) * info.width + Math.round(px)) * info.channels, (Math.round(py) * info.width + Math.round(px)) * info.channels + 3)];
    // The blue circle in the middle of the picture, the picture's light fill near its corner.
    expect(at(x + w / 2, y + h / 2)).toEqual([0x00, 0x62, 0xba]);
    expect(at(x + 30, y + h - 6).map((c) => Math.abs(c - 0xdd) < 30)).toEqual([true, true, true]);
  });
});

describe('a picture that stays large', () => {
  it('makes a warning at its field when it is still over 1 MB in the PDF', async () => {
    const noise = await sharp(randomBytes(1200 * 800 * 3), { raw: { width: 1200, height: 800, channels: 3 } }).png().toBuffer();
    const d = editionWith({ '04-hendelser.yaml': null, '04-stoy.yaml': 'layout: picture\ntitle: Støy\nimage:\n  file: stoy.png\n  alt: Støy\n' });
    writeFileSync(join(d, 'stoy.png'), noise);
    const r = await runCli(['build', d, '-o', join(d, 'x.pdf')]);
    expect(r.code).toBe(0);
    const mb = String(Math.round((noise.length / 1024 / 1024) * 10) / 10).replace('.', ',');
    expect(r.err).toContain(`04-stoy.yaml:4:9: advarsel: «stoy.png» tar ${mb} MB i PDF-en, også etter at det er gjort mindre. Det gjør PDF-en tung å sende. Lagre bildet som JPEG, eller beskjær det til det som skal vises.\n`);
    const check = await runCli(['check', d, '--strict']);
    expect(check.code).toBe(1);
    expect(check.err).toContain('04-stoy.yaml:4:9: advarsel: «stoy.png» tar');
  });
});
