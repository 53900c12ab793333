/**
 * What a picture file is, from its bytes alone, without drawing it: its format (whatever its name
 * says), its size in pixels, and whether it is whole.
 *
 *   PNG    the signature, IHDR first, every chunk's CRC, image data, IEND (a cut or damaged file
 *          fails a CRC or lacks IEND)
 *   JPEG   the markers up to the first scan, a frame header, and the end marker after the scan
 *          (a cut file has none); the EXIF orientation, which turns the picture on the page
 *   SVG    self-contained only: no script, event handler, foreignObject, entity declaration or
 *          reference to another file or address (only `#id` and data: pictures); a size from
 *          viewBox or width and height; well-formed (resvg parses it, as the build will)
 *
 * The pixel data of PNG and JPEG is decoded later, when the picture is prepared for the page
 * (render/pictures/prepare.ts); a file that passes here and still cannot be decoded there is told
 * at the same field.
 */
import { createRequire } from 'node:module';
import { decode } from '../../compose/svgTree.js';

export type PictureFormat = 'png' | 'jpeg' | 'svg';

/** What messages call a format, and the file ending it usually has: the same in every language. */
export const FORMAT_NAME: Record<PictureFormat, string> = { png: 'PNG', jpeg: 'JPEG', svg: 'SVG' };
export const USUAL_ENDING: Record<PictureFormat, string> = { png: '.png', jpeg: '.jpg', svg: '.svg' };

/** What a file holds, as far as its first bytes tell. */
export type Sniffed = PictureFormat | 'gif' | 'webp' | 'heic' | 'pdf' | 'html' | 'text' | 'unknown';

/** A picture as the layouts need it: the size it shows at (after the EXIF orientation). */
export interface PictureInfo {
  format: PictureFormat;
  width: number;
  height: number;
  /** EXIF orientation of a JPEG (1–8; 1 = as stored). */
  orientation: number;
  /** JPEG: colour components (1 grey, 3 YCbCr/RGB, 4 CMYK). PNG: bit depth, interlacing. */
  jpegComponents?: number;
  png?: { bitDepth: number; colorType: number; interlaced: boolean };
}

/** Why a file cannot be used as a picture (the messages are in messages.ts). */
export type PictureFault =
  | { fault: 'wrongType'; expected: PictureFormat; found: Sniffed }
  | { fault: 'broken' }
  | { fault: 'tooManyPixels'; width: number; height: number }
  | { fault: 'svgScript' }
  | { fault: 'svgHandler'; attribute: string }
  | { fault: 'svgForeignObject' }
  | { fault: 'svgEntity' }
  | { fault: 'svgExternal'; reference: string }
  | { fault: 'svgNoSize' };

/** The largest picture accepted, in pixels each way. */
export const MAX_PIXELS = 8000;

export function sniff(b: Buffer): Sniffed {
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  const head = b.subarray(0, 12).toString('latin1');
  if (head.startsWith('GIF8')) return 'gif';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  if (head.slice(4, 8) === 'ftyp') return 'heic';
  if (head.startsWith('%PDF')) return 'pdf';
  const text = b.subarray(0, 4096).toString('utf8').replace(/^\ufeff/, '');
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return 'unknown';
  const start = text.replace(/^\s*(<\?xml[\s\S]*?\?>\s*)?(<!--[\s\S]*?-->\s*)*/, '');
  if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(start)) return 'html';
  if (/^<!doctype\s+svg\b|^<svg[\s>]/i.test(start)) return 'svg';
  return 'text';
}

/** Inspects a file that should hold a picture of `expected` format (from its name). */
export function inspectPicture(b: Buffer, expected: PictureFormat): PictureInfo | PictureFault {
  const found = sniff(b);
  if (found !== expected) return { fault: 'wrongType', expected, found };
  const info = expected === 'png' ? inspectPng(b) : expected === 'jpeg' ? inspectJpeg(b) : inspectSvg(b);
  if ('fault' in info) return info;
  if (expected !== 'svg' && (info.width > MAX_PIXELS || info.height > MAX_PIXELS)) return { fault: 'tooManyPixels', width: info.width, height: info.height };
  return info;
}

// ---------- PNG ----------

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
/** Colour type → the bit depths PNG allows for it. */
const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

function inspectPng(b: Buffer): PictureInfo | PictureFault {
  const broken = { fault: 'broken' } as const;
  let at = 8;
  let header: PictureInfo | undefined;
  let data = false;
  while (at + 12 <= b.length) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > b.length) return broken;
    if (crc32(b.subarray(at + 4, at + 8 + length)) !== b.readUInt32BE(at + 8 + length)) return broken;
    if (!header) {
      if (type !== 'IHDR' || length !== 13) return broken;
      const width = b.readUInt32BE(at + 8);
      const height = b.readUInt32BE(at + 12);
      const bitDepth = b[at + 16]!;
      const colorType = b[at + 17]!;
      if (!width || !height || !PNG_DEPTHS[colorType]?.includes(bitDepth)) return broken;
      // The size is known before the rest is checked: a picture far too large is told as such.
      if (width > MAX_PIXELS || height > MAX_PIXELS) return { fault: 'tooManyPixels', width, height };
      header = { format: 'png', width, height, orientation: 1, png: { bitDepth, colorType, interlaced: b[at + 20] === 1 } };
    } else if (type === 'IDAT') data = true;
    else if (type === 'IEND') return data ? header : broken;
    at += 12 + length;
  }
  return broken; // cut off before IEND
}

// ---------- JPEG ----------

function inspectJpeg(b: Buffer): PictureInfo | PictureFault {
  const broken = { fault: 'broken' } as const;
  let at = 2;
  let frame: { width: number; height: number; components: number } | undefined;
  let orientation = 1;
  for (;;) {
    while (b[at] === 0xff && b[at + 1] === 0xff) at++; // fill bytes
    if (at + 4 > b.length || b[at] !== 0xff) return broken;
    const marker = b[at + 1]!;
    if (marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      if (marker === 0xd9) return broken; // the end before any scan
      at += 2;
      continue;
    }
    const length = b.readUInt16BE(at + 2);
    const body = b.subarray(at + 4, at + 2 + length);
    if (length < 2 || at + 2 + length > b.length) return broken;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (body.length < 6) return broken;
      frame = { height: body.readUInt16BE(1), width: body.readUInt16BE(3), components: body[5]! };
      if (!frame.width || !frame.height || ![1, 3, 4].includes(frame.components)) return broken;
    } else if (marker === 0xe1 && body.subarray(0, 6).toString('latin1') === 'Exif\0\0') {
      orientation = exifOrientation(body.subarray(6)) ?? 1;
    } else if (marker === 0xda) {
      // The first scan: the entropy-coded data follows, and the file must end with EOI after it.
      if (!frame || b.indexOf(EOI, at + 2 + length) < 0) return broken;
      const turned = orientation >= 5 && orientation <= 8;
      return {
        format: 'jpeg',
        width: turned ? frame.height : frame.width,
        height: turned ? frame.width : frame.height,
        orientation,
        jpegComponents: frame.components,
      };
    }
    at += 2 + length;
  }
}

const EOI = Buffer.from([0xff, 0xd9]);

/** The orientation tag (0x0112) of IFD0 in an EXIF block (a TIFF header and its first IFD). */
function exifOrientation(t: Buffer): number | undefined {
  if (t.length < 8) return undefined;
  const le = t.toString('latin1', 0, 2) === 'II';
  if (!le && t.toString('latin1', 0, 2) !== 'MM') return undefined;
  const u16 = (o: number) => (o + 2 <= t.length ? (le ? t.readUInt16LE(o) : t.readUInt16BE(o)) : undefined);
  const u32 = (o: number) => (o + 4 <= t.length ? (le ? t.readUInt32LE(o) : t.readUInt32BE(o)) : undefined);
  const ifd = u32(4);
  const count = ifd === undefined ? undefined : u16(ifd);
  if (ifd === undefined || count === undefined) return undefined;
  for (let i = 0; i < count; i++) {
    const e = ifd + 2 + i * 12;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v !== undefined && v >= 1 && v <= 8 ? v : undefined;
    }
  }
  return undefined;
}

// ---------- SVG ----------

/** Elements that run code or show another document. */
const SCRIPT_ELEMENTS = new Set(['script', 'handler', 'listener']);
const FOREIGN_ELEMENTS = new Set(['foreignobject', 'iframe', 'embed', 'object']);
/** Pictures an SVG may carry inside itself. */
const INLINE_PICTURE = /^data:image\/(png|jpeg|gif|webp);base64,/i;

function inspectSvg(b: Buffer): PictureInfo | PictureFault {
  const text = b.toString('utf8').replace(/^\ufeff/, '');
  const safety = svgSafety(text);
  if (safety) return safety;
  const root = /<svg\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i.exec(text);
  if (!root) return { fault: 'broken' };
  const attrs = attributes(root[1]!);
  const viewBox = (attrs.get('viewbox') ?? '').trim().split(/[\s,]+/).map(Number);
  const hasViewBox = viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2]! > 0 && viewBox[3]! > 0;
  const absolute = (v: string | undefined) => v !== undefined && /^\s*[\d.]+\s*(px|pt|pc|mm|cm|in)?\s*$/.test(v) && parseFloat(v) > 0;
  if (!hasViewBox && !(absolute(attrs.get('width')) && absolute(attrs.get('height')))) return { fault: 'svgNoSize' };
  let size: { width: number; height: number };
  try {
    const { Resvg } = resvg();
    size = new Resvg(text, { font: { loadSystemFonts: false } });
  } catch {
    return { fault: 'broken' };
  }
  if (!(size.width > 0 && size.height > 0)) return { fault: 'svgNoSize' };
  return { format: 'svg', width: size.width, height: size.height, orientation: 1 };
}

/**
 * The first thing that makes an SVG unsafe to use, or undefined. Conservative by design: it reads
 * every tag in the file (comments left out), so markup that a real XML reader would take for an
 * element is never missed.
 */
export function svgSafety(text: string): PictureFault | undefined {
  if (/<!ENTITY/i.test(text)) return { fault: 'svgEntity' };
  if (/<\?xml-stylesheet/i.test(text)) return { fault: 'svgExternal', reference: /href\s*=\s*["']([^"']*)/i.exec(/<\?xml-stylesheet[\s\S]*?\?>/i.exec(text)?.[0] ?? '')?.[1] ?? 'xml-stylesheet' };
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const TAG = /<([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let inStyle = false;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    const name = m[1]!.toLowerCase().replace(/^[\w.-]+:/, '');
    if (SCRIPT_ELEMENTS.has(name)) return { fault: 'svgScript' };
    if (FOREIGN_ELEMENTS.has(name)) return { fault: 'svgForeignObject' };
    const attrs = attributes(m[2]!);
    for (const [key, value] of attrs) {
      const local = key.replace(/^[\w.-]+:/, '');
      if (local.startsWith('on')) return { fault: 'svgHandler', attribute: key };
      if ((local === 'href' || local === 'src') && !value.trim().startsWith('#') && !INLINE_PICTURE.test(value.trim())) return { fault: 'svgExternal', reference: value.trim() };
      const ref = externalUrl(value);
      if (ref) return { fault: 'svgExternal', reference: ref };
      if (/^javascript:/i.test(value.trim())) return { fault: 'svgScript' };
    }
    // An animation that changes a reference could point it elsewhere.
    if ((name === 'set' || name.startsWith('animate')) && /(^|:)href$/i.test(attrs.get('attributename') ?? '')) return { fault: 'svgExternal', reference: attrs.get('to') ?? attrs.get('values') ?? 'animate href' };
    if (name === 'style') inStyle = true;
  }
  if (inStyle || /\bstyle\s*=/.test(body)) {
    const css = [...body.matchAll(/<(?:[\w.-]+:)?style\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?style>/gi)].map((s) => s[1]!).join('\n');
    if (/@import/i.test(css)) return { fault: 'svgExternal', reference: /@import\s*(?:url\()?\s*["']?([^"')\s;]*)/i.exec(css)?.[1] ?? '@import' };
    const ref = externalUrl(css);
    if (ref) return { fault: 'svgExternal', reference: ref };
  }
  return undefined;
}

/** Attributes of a tag, names in lower case, values with entities decoded. */
function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of s.matchAll(/([^\s=/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) out.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
  return out;
}

/** A url(…) in CSS or an attribute that leads outside the file (not `#id`, not an inline picture). */
function externalUrl(s: string): string | undefined {
  for (const m of s.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)) {
    const target = decodeCss(m[2]!.trim());
    if (!target.startsWith('#') && !INLINE_PICTURE.test(target)) return target;
  }
  return undefined;
}

const decodeCss = (s: string) => s.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/\\(.)/g, '$1');

type ResvgModule = typeof import('@resvg/resvg-js');
let resvgModule: ResvgModule | undefined;
/** resvg (a native module) loads when the first SVG picture is checked, not at start-up. */
function resvg(): ResvgModule {
  return (resvgModule ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule);
}

// ---------- CRC-32 (PNG chunks) ----------

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
