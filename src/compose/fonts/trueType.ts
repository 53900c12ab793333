/**
 * Just enough of a TrueType file for embedding it in a PDF: character → glyph ID (cmap), advance
 * widths (hmtx), metrics for the font descriptor, and a subset that keeps every glyph ID where it
 * is. In the PDF a glyph's CID equals its ID here (CIDToGIDMap /Identity), so a page's content
 * stream names glyphs by these IDs and does not depend on which other pages use which glyphs.
 */
import { readFileSync } from 'node:fs';

export interface TrueTypeFont {
  /** PostScript name, e.g. Inter-Regular. */
  name: string;
  unitsPerEm: number;
  numGlyphs: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  /** Advance width of each glyph, in font units. */
  advances: Uint16Array;
  /** Glyph ID of a code point (0, .notdef, when the font has none). */
  glyphOf(codePoint: number): number;
  /** The smallest code point that maps to each glyph: what ToUnicode says the glyph means. */
  unicodeOf(glyph: number): number | undefined;
  /** The font with every glyph outside `glyphs` (and their components) emptied; IDs unchanged. */
  subset(glyphs: Iterable<number>): Buffer;
}

interface Table {
  offset: number;
  length: number;
}

export function readTrueType(path: string): TrueTypeFont {
  return parseTrueType(readFileSync(path));
}

export function parseTrueType(data: Buffer): TrueTypeFont {
  const tables = new Map<string, Table>();
  const numTables = data.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    tables.set(data.toString('latin1', at, at + 4), { offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) });
  }
  const table = (tag: string): Table => {
    const t = tables.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t;
  };
  const head = table('head').offset;
  const unitsPerEm = data.readUInt16BE(head + 18);
  const bbox: [number, number, number, number] = [data.readInt16BE(head + 36), data.readInt16BE(head + 38), data.readInt16BE(head + 40), data.readInt16BE(head + 42)];
  const longLoca = data.readInt16BE(head + 50) === 1;
  const numGlyphs = data.readUInt16BE(table('maxp').offset + 4);
  const hhea = table('hhea').offset;
  const ascent = data.readInt16BE(hhea + 4);
  const descent = data.readInt16BE(hhea + 6);
  const numHMetrics = data.readUInt16BE(hhea + 34);
  const hmtx = table('hmtx').offset;
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) advances[g] = data.readUInt16BE(hmtx + 4 * Math.min(g, numHMetrics - 1));
  const os2 = tables.get('OS/2');
  const capHeight = os2 && data.readUInt16BE(os2.offset) >= 2 ? data.readInt16BE(os2.offset + 88) : ascent;
  const post = tables.get('post');
  const italicAngle = post ? data.readInt32BE(post.offset + 4) / 65536 : 0;

  const cmap = readCmap(data, table('cmap'));
  const reverse = new Map<number, number>();
  for (const [cp, g] of [...cmap].sort((a, b) => a[0] - b[0])) if (!reverse.has(g)) reverse.set(g, cp);

  const loca = table('loca').offset;
  const glyphStart = (g: number) => (longLoca ? data.readUInt32BE(loca + 4 * g) : data.readUInt16BE(loca + 2 * g) * 2);
  const glyf = table('glyf').offset;

  const subset = (glyphs: Iterable<number>): Buffer => {
    const keep = new Set<number>([0]);
    const add = (g: number) => {
      if (keep.has(g) || g >= numGlyphs) return;
      keep.add(g);
      for (const c of components(data, glyf + glyphStart(g), glyphStart(g + 1) - glyphStart(g))) add(c);
    };
    for (const g of glyphs) add(g);
    // Composite glyphs of glyph 0 are unusual but possible.
    for (const c of components(data, glyf + glyphStart(0), glyphStart(1) - glyphStart(0))) add(c);

    const parts: Buffer[] = [];
    const newLoca = Buffer.alloc(4 * (numGlyphs + 1));
    let size = 0;
    for (let g = 0; g < numGlyphs; g++) {
      newLoca.writeUInt32BE(size, 4 * g);
      if (!keep.has(g)) continue;
      const glyph = data.subarray(glyf + glyphStart(g), glyf + glyphStart(g + 1));
      parts.push(glyph);
      size += glyph.length;
      if (size % 4) {
        const pad = 4 - (size % 4);
        parts.push(Buffer.alloc(pad));
        size += pad;
      }
    }
    newLoca.writeUInt32BE(size, 4 * numGlyphs);
    const newHead = Buffer.from(data.subarray(head, head + table('head').length));
    newHead.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    newHead.writeInt16BE(1, 50); // long loca offsets
    const copy = (tag: string) => {
      const t = tables.get(tag);
      return t ? data.subarray(t.offset, t.offset + t.length) : undefined;
    };
    // The tables a viewer rasterises with, plus OS/2 (its embedding permissions, which PDF/UA
    // checkers read), name, cmap and a post table without glyph names.
    const post = copy('post');
    const out: [string, Buffer | undefined][] = [
      ['OS/2', copy('OS/2')],
      ['cmap', copy('cmap')],
      ['cvt ', copy('cvt ')],
      ['fpgm', copy('fpgm')],
      ['glyf', Buffer.concat(parts)],
      ['head', newHead],
      ['hhea', copy('hhea')],
      ['hmtx', copy('hmtx')],
      ['loca', newLoca],
      ['maxp', copy('maxp')],
      ['name', copy('name')],
      ['post', post && Buffer.concat([Buffer.from([0, 3, 0, 0]), post.subarray(4, 32)])],
      ['prep', copy('prep')],
    ];
    return writeTables(out.filter((t): t is [string, Buffer] => t[1] !== undefined));
  };

  return {
    name: postScriptName(data, tables.get('name')) ?? 'Font',
    unitsPerEm,
    numGlyphs,
    ascent,
    descent,
    capHeight,
    bbox,
    italicAngle,
    advances,
    glyphOf: (cp) => cmap.get(cp) ?? 0,
    unicodeOf: (g) => reverse.get(g),
    subset,
  };
}

/** The glyphs a composite glyph is built from (none for a simple glyph). */
function components(data: Buffer, at: number, length: number): number[] {
  if (length <= 0 || data.readInt16BE(at) >= 0) return [];
  const found: number[] = [];
  let p = at + 10;
  for (;;) {
    const flags = data.readUInt16BE(p);
    found.push(data.readUInt16BE(p + 2));
    p += 4 + (flags & 0x0001 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
    if (flags & 0x0008) p += 2; // WE_HAVE_A_SCALE
    else if (flags & 0x0040) p += 4; // WE_HAVE_AN_X_AND_Y_SCALE
    else if (flags & 0x0080) p += 8; // WE_HAVE_A_TWO_BY_TWO
    if (!(flags & 0x0020)) return found; // MORE_COMPONENTS
  }
}

/** Unicode → glyph from a format 4 or 12 subtable (platform 3 or 0). */
function readCmap(data: Buffer, cmap: Table): Map<number, number> {
  const map = new Map<number, number>();
  const n = data.readUInt16BE(cmap.offset + 2);
  let best: { offset: number; format: number } | undefined;
  for (let i = 0; i < n; i++) {
    const rec = cmap.offset + 4 + i * 8;
    const platform = data.readUInt16BE(rec);
    const offset = cmap.offset + data.readUInt32BE(rec + 4);
    const format = data.readUInt16BE(offset);
    if ((platform === 3 || platform === 0) && (format === 4 || format === 12) && (!best || format > best.format)) best = { offset, format };
  }
  if (!best) throw new Error('font has no Unicode cmap');
  const o = best.offset;
  if (best.format === 12) {
    const groups = data.readUInt32BE(o + 12);
    for (let i = 0; i < groups; i++) {
      const g = o + 16 + i * 12;
      const start = data.readUInt32BE(g);
      const end = data.readUInt32BE(g + 4);
      const first = data.readUInt32BE(g + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, first + cp - start);
    }
    return map;
  }
  const segs = data.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = data.readUInt16BE(ends + 2 * s);
    const start = data.readUInt16BE(starts + 2 * s);
    const delta = data.readInt16BE(deltas + 2 * s);
    const range = data.readUInt16BE(ranges + 2 * s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let g: number;
      if (range === 0) g = (cp + delta) & 0xffff;
      else {
        g = data.readUInt16BE(ranges + 2 * s + range + 2 * (cp - start));
        if (g !== 0) g = (g + delta) & 0xffff;
      }
      if (g !== 0) map.set(cp, g);
    }
  }
  return map;
}

function postScriptName(data: Buffer, name: Table | undefined): string | undefined {
  if (!name) return undefined;
  const count = data.readUInt16BE(name.offset + 2);
  const strings = name.offset + data.readUInt16BE(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const rec = name.offset + 6 + i * 12;
    if (data.readUInt16BE(rec + 6) !== 6) continue;
    const platform = data.readUInt16BE(rec);
    const length = data.readUInt16BE(rec + 8);
    const at = strings + data.readUInt16BE(rec + 10);
    const raw = data.subarray(at, at + length);
    const text = platform === 1 ? raw.toString('latin1') : Buffer.from(raw).swap16().toString('utf16le');
    return text.replace(/[^\x21-\x7e]|[[\](){}<>/%]/g, '');
  }
  return undefined;
}

/** An sfnt file from tables (tags in sorted order), with checksums and head.checkSumAdjustment. */
function writeTables(tables: [string, Buffer][]): Buffer {
  const n = tables.length;
  const log2 = Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(16 * 2 ** log2, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(16 * n - 16 * 2 ** log2, 10);
  const body: Buffer[] = [];
  let offset = header.length;
  let headAt = -1;
  tables.forEach(([tag, bytes], i) => {
    const padded = bytes.length % 4 ? Buffer.concat([bytes, Buffer.alloc(4 - (bytes.length % 4))]) : bytes;
    const rec = 12 + 16 * i;
    header.write(tag, rec, 'latin1');
    header.writeUInt32BE(checksum(padded), rec + 4);
    header.writeUInt32BE(offset, rec + 8);
    header.writeUInt32BE(bytes.length, rec + 12);
    if (tag === 'head') headAt = offset;
    body.push(padded);
    offset += padded.length;
  });
  const file = Buffer.concat([header, ...body]);
  if (headAt >= 0) file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, headAt + 8);
  return file;
}

function checksum(b: Buffer): number {
  let sum = 0;
  for (let i = 0; i + 3 < b.length; i += 4) sum = (sum + b.readUInt32BE(i)) >>> 0;
  const rest = b.length % 4;
  if (rest) {
    const tail = Buffer.alloc(4);
    b.copy(tail, 0, b.length - rest);
    sum = (sum + tail.readUInt32BE(0)) >>> 0;
  }
  return sum;
}
