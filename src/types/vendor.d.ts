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
declare module 'unicode-name' {
  /** The Unicode name of a character ("GRINNING FACE"), or a label for one without a name. */
  export function unicodeName(char: string | number): string | undefined;
}
