/**
 * The deck's two faces as PDF fonts: Type0 / CIDFontType2, Identity-H, CIDToGIDMap /Identity, so a
 * glyph's code in a content stream is its glyph ID in the TrueType file. Every page names glyphs
 * the same way whatever the other pages hold; the embedded subset (written once, at the end) keeps
 * the glyphs that some page uses, at their own IDs. ToUnicode gives each glyph the smallest code
 * point that the font maps to it, W the advance widths. No /CIDSet: it is optional, and a CIDSet
 * that does not list exactly the embedded glyphs fails PDF/UA-1 (ISO 14289-1, 7.21.4.2).
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { fontFace, type Weight } from '../../render/fonts.js';
import type { TrueTypeFont } from './trueType.js';
import type { PdfRef, RefMaker } from '../pdfRef.js';

export const WEIGHTS: readonly Weight[] = ['regular', 'bold'];

/** The resource name of each face, the same on every page. */
export const FONT_RESOURCE: Record<Weight, string> = { regular: 'F1', bold: 'F2' };

export function deckFont(weight: Weight): TrueTypeFont {
  return fontFace(weight);
}

export interface Encoded {
  /** The glyph IDs as the hex string of a show operator, 4 digits a glyph. */
  hex: string;
  glyphs: number[];
  /** Advance of the whole text at size 1 (em). */
  width: number;
}

/** Text → glyph codes of one face; a character the face cannot draw is an error. */
export function encode(text: string, weight: Weight): Encoded {
  const font = deckFont(weight);
  const glyphs: number[] = [];
  let units = 0;
  let hex = '';
  for (const ch of text) {
    const g = font.glyphOf(ch.codePointAt(0)!);
    if (g === 0) throw new Error(`the font Inter (${weight}) has no glyph for «${ch}» (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    glyphs.push(g);
    units += font.advances[g]!;
    hex += g.toString(16).padStart(4, '0');
  }
  return { hex, glyphs, width: units / font.unitsPerEm };
}


/** A face's PDF font object, made before the pages (which refer to it) and written after them. */
export class PdfFont {
  readonly ref: PdfRef;
  constructor(
    private readonly doc: RefMaker,
    readonly weight: Weight,
  ) {
    this.ref = doc.ref({ Type: 'Font', Subtype: 'Type0', Encoding: 'Identity-H' });
  }

  /** Writes the font with the glyphs that the pages use. */
  end(used: ReadonlySet<number>): void {
    const font = deckFont(this.weight);
    const glyphs = [...used].sort((a, b) => a - b);
    const scale = 1000 / font.unitsPerEm;
    const s = (n: number) => Math.round(n * scale * 1000) / 1000;
    // A tag of six capitals that follows from the subset (ISO 32000-1, 9.6.4).
    const digest = createHash('sha256').update(glyphs.join(',')).digest();
    const tag = [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    const baseFont = `${tag}+${font.name}`;

    const streams = fontStreams(this.weight, glyphs);
    const file = this.doc.ref({ Length1: streams.programLength, Filter: 'FlateDecode' });
    file.end(streams.program);

    const descriptor = this.doc.ref({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 32, // nonsymbolic
      FontBBox: font.bbox.map(s),
      ItalicAngle: font.italicAngle,
      Ascent: s(font.ascent),
      Descent: s(font.descent),
      CapHeight: s(font.capHeight),
      StemV: this.weight === 'bold' ? 120 : 80,
      FontFile2: file,
    });
    descriptor.end();

    const W: (number | number[])[] = [];
    for (let i = 0; i < glyphs.length; ) {
      const first = glyphs[i]!;
      const widths: number[] = [];
      while (i < glyphs.length && glyphs[i] === first + widths.length) widths.push(s(font.advances[glyphs[i++]!]!));
      W.push(first, widths);
    }
    const cid = this.doc.ref({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: 0,
      W,
      CIDToGIDMap: 'Identity',
    });
    cid.end();

    const toUnicode = this.doc.ref({ Filter: 'FlateDecode' });
    toUnicode.end(streams.toUnicode);

    Object.assign(this.ref.data, { BaseFont: baseFont, DescendantFonts: [cid], ToUnicode: toUnicode });
    this.ref.end();
  }
}

interface FontStreams {
  key: string;
  programLength: number;
  /** The subset font program and its ToUnicode CMap, compressed. */
  program: Buffer;
  toUnicode: Buffer;
}

/** Per face, the streams of the last subset written: deck watch writes the same subset at most saves. */
const lastStreams = new Map<Weight, FontStreams>();

function fontStreams(weight: Weight, glyphs: readonly number[]): FontStreams {
  const key = glyphs.join(',');
  const last = lastStreams.get(weight);
  if (last?.key === key) return last;
  const font = deckFont(weight);
  const program = font.subset([...glyphs]);
  const made = {
    key,
    programLength: program.length,
    program: deflateSync(program),
    toUnicode: deflateSync(Buffer.from(toUnicodeCMap([...glyphs], (g) => font.unicodeOf(g)), 'latin1')),
  };
  lastStreams.set(weight, made);
  return made;
}

function toUnicodeCMap(glyphs: number[], unicodeOf: (g: number) => number | undefined): string {
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  const utf16 = (cp: number) => [...String.fromCodePoint(cp)].map((c) => {
    const units: number[] = [];
    for (let i = 0; i < c.length; i++) units.push(c.charCodeAt(i));
    return units.map(hex4).join('');
  }).join('');
  const pairs = glyphs.flatMap((g) => {
    const cp = unicodeOf(g);
    return cp === undefined ? [] : [`<${hex4(g)}> <${utf16(cp)}>`];
  });
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <ffff>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CMapResource defineresource pop
end
end
`;
}
