/** Reading PNG files: the chunks, and the pixels of a non-interlaced image (filters undone). */
import { inflateSync } from 'node:zlib';

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGB + alpha. */
  colorType: number;
  interlaced: boolean;
  palette?: Buffer;
  transparency?: Buffer;
  /** The compressed image data (all IDAT chunks). */
  data: Buffer;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

export function isPng(b: Buffer): boolean {
  return b.subarray(0, 8).equals(SIGNATURE);
}

export function readPng(b: Buffer): PngInfo {
  if (!isPng(b)) throw new Error('not a PNG file');
  let at = 8;
  const idat: Buffer[] = [];
  let info: Omit<PngInfo, 'data'> | undefined;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  while (at + 8 <= b.length) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const body = b.subarray(at + 8, at + 8 + length);
    at += 12 + length;
    if (type === 'IHDR') {
      info = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8]!, colorType: body[9]!, interlaced: body[12] === 1 };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
  }
  if (!info || !idat.length) throw new Error('PNG file without image data');
  return { ...info, palette, transparency, data: Buffer.concat(idat) };
}

export function channelsOf(colorType: number): number {
  return [1, 0, 3, 1, 2, 0, 4][colorType] ?? 0;
}

/** The raw samples, row after row (no filter bytes), of a non-interlaced PNG. */
export function pngPixels(png: PngInfo): Buffer {
  if (png.interlaced) throw new Error('interlaced PNG files are not supported; save the picture again without interlacing');
  const bpp = Math.max(1, (channelsOf(png.colorType) * png.bitDepth) / 8);
  const stride = Math.ceil((png.width * channelsOf(png.colorType) * png.bitDepth) / 8);
  const raw = inflateSync(png.data);
  if (raw.length < (stride + 1) * png.height) throw new Error('PNG image data is incomplete');
  const out = Buffer.alloc(stride * png.height);
  for (let y = 0; y < png.height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = out.subarray(y * stride, (y + 1) * stride);
    if (filter === 0) {
      cur.set(row);
      continue;
    }
    const prev = y > 0 ? out.subarray((y - 1) * stride, y * stride) : undefined;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? cur[x - bpp]! : 0;
      const up = prev ? prev[x]! : 0;
      const c = prev && x >= bpp ? prev[x - bpp]! : 0;
      let v = row[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += up;
      else if (filter === 3) v += (a + up) >> 1;
      else if (filter === 4) {
        const p = a + up - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      }
      cur[x] = v & 0xff;
    }
  }
  return out;
}
