/**
 * The one font family of the deck (Inter, SIL OFL, in assets/fonts) and its real metrics.
 * Every text box is wrapped with these widths, and Vega measures chart labels with them too,
 * so what we measure is what PDFKit later draws.
 */
import { join } from 'node:path';
import { readTrueType, type TrueTypeFont } from '../compose/fonts/trueType.js';
import { ASSETS_DIR } from '../paths.js';

export type Weight = 'regular' | 'bold';

/** The family name used in every SVG; compose maps it to the embedded files. */
export const FONT_FAMILY = 'Inter';

export const FONT_FILES: Record<Weight, string> = {
  regular: join(ASSETS_DIR, 'fonts', 'Inter-Regular.ttf'),
  bold: join(ASSETS_DIR, 'fonts', 'Inter-SemiBold.ttf'),
};

const loaded = new Map<Weight, TrueTypeFont>();

/**
 * A face as our own TrueType reader sees it (cmap and advance widths), read once per process and
 * shared by the render stage (measuring) and the compose stage (embedding). The same widths as
 * fontkit gave, glyph for glyph, without loading fontkit's shaping tables at start-up.
 */
export function fontFace(weight: Weight): TrueTypeFont {
  let f = loaded.get(weight);
  if (!f) {
    f = readTrueType(FONT_FILES[weight]);
    loaded.set(weight, f);
  }
  return f;
}

/**
 * Widths in em of the texts measured so far, per face. Fitting a text box wraps the same words at
 * several sizes, and Vega measures the same labels again and again: a third of the layout stage
 * went into measuring. Bounded, for a long `deck watch` session.
 */
const measured: Record<Weight, Map<string, number>> = { regular: new Map(), bold: new Map() };
const MAX_MEASURED = 50_000;

/** Width in points of `text` set in `size` pt. Kerning is left out, so this errs on the wide side. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const cache = measured[weight];
  let em = cache.get(text);
  if (em === undefined) {
    const font = fontFace(weight);
    let units = 0;
    for (const ch of text) units += font.advances[font.glyphOf(ch.codePointAt(0)!)]!;
    em = units / font.unitsPerEm;
    if (cache.size >= MAX_MEASURED) cache.clear();
    cache.set(text, em);
  }
  return em * size;
}

/** Characters of `text` that the embedded font cannot draw. */
export function missingGlyphs(text: string, weight: Weight = 'regular'): string[] {
  const font = fontFace(weight);
  return [...new Set([...text].filter((ch) => !/\s/.test(ch) && font.glyphOf(ch.codePointAt(0)!) === 0))];
}
