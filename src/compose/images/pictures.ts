/**
 * Pictures on a page (the deck logo, read from its file; pictures on slides, prepared by the render
 * stage and carried in the slide SVG as data: URLs): PNG and JPEG, named by their content, and
 * embedded as one image XObject per distinct content however many pages show it.
 *
 *   JPEG              passed through (DCTDecode)
 *   PNG, opaque       its compressed data passed through, with the PNG predictor
 *   PNG with alpha    colour and alpha split into the image and its soft mask (SMask)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { deflateSync } from 'node:zlib';
import { ContentError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { channelsOf, isPng, pngPixels, readPng } from './png.js';
import type { PdfRef, RefMaker } from '../pdfRef.js';

export interface Picture {
  /** Where it was read from (a file path or a data: URL). */
  href: string;
  /** sha1 of the file's bytes. */
  key: string;
  /** The resource name on every page that shows it. */
  name: string;
  width: number;
  height: number;
  bytes: Buffer;
}

/** Reads the picture an <image href> names: a file path, or a data: URL. */
export function loadPicture(href: string): Picture {
  let bytes: Buffer;
  const data = /^data:image\/(?:png|jpeg);base64,(.*)$/s.exec(href);
  if (data) bytes = Buffer.from(data[1]!, 'base64');
  else if (/^[a-z][a-z0-9+.-]+:/i.test(href) && !/^file:/i.test(href)) throw new Error(`image href "${href.slice(0, 60)}": only files and data: URLs are drawn`);
  else bytes = readFileSync(href.replace(/^file:\/\//i, ''));
  const key = createHash('sha1').update(bytes).digest('hex');
  const { width, height } = sizeOf(bytes, href);
  return { href, key, name: `Im${key.slice(0, 12)}`, width, height, bytes };
}

/** The picture's size; a file that cannot be drawn is the editor's to fix, so a content error. */
function sizeOf(b: Buffer, href: string): { width: number; height: number } {
  const fail = (message: string) => ContentError.at({ file: href.startsWith('data:') ? 'data:' : relative(process.cwd(), href.replace(/^file:\/\//i, '')), line: 0, col: 0 }, message);
  let size: { width: number; height: number };
  try {
    if (isPng(b)) {
      const png = readPng(b);
      if (png.interlaced) throw fail(msg().pictures.interlaced);
      if (png.colorType === 3 && png.transparency && png.bitDepth !== 8) throw fail(msg().pictures.paletteDepth);
      // A file (the logo) must hold all its image data; a data: URL is a picture of a slide, checked
      // and prepared before (validate/pictures, render/pictures).
      if (!href.startsWith('data:')) pngPixels(png);
      size = png;
    } else if (b[0] === 0xff && b[1] === 0xd8) size = jpegFrame(b);
    else throw fail(msg().pictures.notAPicture);
  } catch (err) {
    throw err instanceof ContentError ? err : fail(msg().pictures.broken);
  }
  if (!(size.width > 0 && size.height > 0)) throw fail(msg().pictures.broken);
  return size;
}

function jpegFrame(b: Buffer): { width: number; height: number; components: number } {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) throw new Error('JPEG file: broken marker');
    const marker = b[at + 1]!;
    const length = b.readUInt16BE(at + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7), components: b[at + 9]! };
    }
    at += 2 + length;
  }
  throw new Error('JPEG file without a frame header');
}


/** Writes a picture as an image XObject (with its soft mask, if it has alpha); returns its reference. */
export function embedPicture(doc: RefMaker, p: Picture): PdfRef {
  const b = p.bytes;
  if (!isPng(b)) {
    const { components } = jpegFrame(b);
    const ColorSpace = components === 1 ? 'DeviceGray' : components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
    const img = doc.ref({ Type: 'XObject', Subtype: 'Image', Width: p.width, Height: p.height, BitsPerComponent: 8, ColorSpace, Filter: 'DCTDecode', ...(components === 4 ? { Decode: [1, 0, 1, 0, 1, 0, 1, 0] } : {}) });
    img.end(b);
    return img;
  }
  const png = readPng(b);
  const alpha = png.colorType === 4 || png.colorType === 6;
  const indexedAlpha = png.colorType === 3 && png.transparency !== undefined;
  const base = { Type: 'XObject', Subtype: 'Image', Width: p.width, Height: p.height, Filter: 'FlateDecode' };
  let colorSpace: unknown = png.colorType === 0 || png.colorType === 4 ? 'DeviceGray' : 'DeviceRGB';
  if (png.colorType === 3) {
    const pal = png.palette ?? Buffer.alloc(0);
    const palette = doc.ref();
    palette.end(pal);
    colorSpace = ['Indexed', 'DeviceRGB', pal.length / 3 - 1, palette];
  }
  if (!alpha && !indexedAlpha) {
    const img = doc.ref({
      ...base,
      BitsPerComponent: png.bitDepth,
      ColorSpace: colorSpace,
      DecodeParms: { Predictor: 15, Colors: channelsOf(png.colorType), BitsPerComponent: png.bitDepth, Columns: png.width },
      ...maskOf(png),
    });
    img.end(png.data);
    return img;
  }
  // Colour and alpha apart, 8 bits each.
  const pixels = pngPixels(png);
  const n = p.width * p.height;
  const colors = png.colorType === 3 ? 1 : channelsOf(png.colorType) - 1;
  const color = Buffer.alloc(n * colors);
  const mask = Buffer.alloc(n);
  if (png.colorType === 3) {
    for (let i = 0; i < n; i++) {
      color[i] = pixels[i]!;
      mask[i] = png.transparency![pixels[i]!] ?? 255;
    }
  } else {
    const step = png.bitDepth / 8;
    const stride = (colors + 1) * step;
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < colors; c++) color[i * colors + c] = pixels[i * stride + c * step]!;
      mask[i] = pixels[i * stride + colors * step]!;
    }
  }
  const smask = doc.ref({ Type: 'XObject', Subtype: 'Image', Width: p.width, Height: p.height, BitsPerComponent: 8, ColorSpace: 'DeviceGray', Filter: 'FlateDecode' });
  smask.end(deflateSync(mask));
  const img = doc.ref({ ...base, BitsPerComponent: 8, ColorSpace: colorSpace, SMask: smask });
  img.end(deflateSync(color));
  return img;
}

/** A colour-key mask from tRNS for grey and RGB images. */
function maskOf(png: ReturnType<typeof readPng>): { Mask?: number[] } {
  const t = png.transparency;
  if (!t) return {};
  if (png.colorType === 0) return { Mask: [t.readUInt16BE(0), t.readUInt16BE(0)] };
  if (png.colorType === 2) return { Mask: [0, 2, 4].flatMap((o) => [t.readUInt16BE(o), t.readUInt16BE(o)]) };
  return {};
}
