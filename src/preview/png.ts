/**
 * A small, lossless PNG encoder for pictures that are committed (the layout catalogue) or shared
 * (the overview sheet): a slide drawn small has few colours, so a palette image (≤ 256 colours)
 * is a third of the size of resvg's RGBA file with the same pixels. Otherwise RGB without the alpha
 * channel (the background is opaque), with the per-row filter that PNG encoders use by default
 * (the one with the smallest sum of absolute differences), at the highest zlib level.
 */
import { deflateSync } from 'node:zlib';
import { crc32 } from '../validate/pictures/formats.js';

export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const palette = paletteOf(rgba);
  const opaque = palette ? true : isOpaque(rgba);
  const channels = palette ? 1 : opaque ? 3 : 4;
  const stride = width * channels;
  const out = Buffer.alloc((stride + 1) * height);
  let prev = new Uint8Array(stride);
  let cur = new Uint8Array(stride);
  const trial = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (palette) cur[x] = palette.index.get(pixel(rgba, i))!;
      else for (let c = 0; c < channels; c++) cur[x * channels + c] = rgba[i + c]!;
    }
    const row = out.subarray(y * (stride + 1), (y + 1) * (stride + 1));
    if (palette) {
      // Filters rarely help palette images: indices are not magnitudes.
      row[0] = 0;
      row.set(cur, 1);
    } else {
      let best = Infinity;
      for (let f = 0; f < 5; f++) {
        const sum = filterRow(f, cur, prev, channels, trial);
        if (sum < best) {
          best = sum;
          row[0] = f;
          row.set(trial, 1);
        }
      }
    }
    [prev, cur] = [cur, prev];
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per sample (or per palette index)
  ihdr[9] = palette ? 3 : opaque ? 2 : 6;
  const chunks = [chunk('IHDR', ihdr)];
  if (palette) chunks.push(chunk('PLTE', palette.rgb));
  chunks.push(chunk('IDAT', deflateSync(out, { level: 9, memLevel: 9 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

const pixel = (rgba: Uint8Array, i: number) => ((rgba[i]! << 24) | (rgba[i + 1]! << 16) | (rgba[i + 2]! << 8) | rgba[i + 3]!) >>> 0;

/** The colours, when there are at most 256 and all are opaque. */
function paletteOf(rgba: Uint8Array): { index: Map<number, number>; rgb: Buffer } | undefined {
  const index = new Map<number, number>();
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] !== 255) return undefined;
    const p = pixel(rgba, i);
    if (!index.has(p)) {
      if (index.size === 256) return undefined;
      index.set(p, index.size);
    }
  }
  const rgb = Buffer.alloc(index.size * 3);
  for (const [p, i] of index) rgb.set([p >>> 24, (p >>> 16) & 255, (p >>> 8) & 255], i * 3);
  return { index, rgb };
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/** PNG filter `f` of one row into `out`; returns the sum of absolute differences (the usual heuristic). */
function filterRow(f: number, cur: Uint8Array, prev: Uint8Array, bpp: number, out: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < cur.length; i++) {
    const a = i >= bpp ? cur[i - bpp]! : 0;
    const b = prev[i]!;
    const c = i >= bpp ? prev[i - bpp]! : 0;
    let p = 0;
    if (f === 1) p = a;
    else if (f === 2) p = b;
    else if (f === 3) p = (a + b) >> 1;
    else if (f === 4) {
      const pa = Math.abs(b - c);
      const pb = Math.abs(a - c);
      const pc = Math.abs(a + b - 2 * c);
      p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    const v = (cur[i]! - p) & 255;
    out[i] = v;
    sum += v < 128 ? v : 256 - v;
  }
  return sum;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
