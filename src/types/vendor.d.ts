// Minimal typings for the parts of untyped dependencies that we use (fontkit: a test reads the HTML edition's font subsets with it).
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    glyphForCodePoint(cp: number): Glyph;
    hasGlyphForCodePoint(cp: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
