/**
 * The one font family of the deck (Inter, SIL OFL, in assets/fonts) and its real metrics.
 * Every text box is wrapped with these widths, and Vega measures chart labels with them too,
 * so what we measure is what PDFKit later draws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSETS_DIR } from '../paths.js';
import * as fontkit from 'fontkit';

export type Weight = 'regular' | 'bold';

/** The family name used in every SVG; compose maps it to the embedded files. */
export const FONT_FAMILY = 'Inter';

export const FONT_FILES: Record<Weight, string> = {
  regular: join(ASSETS_DIR, 'fonts', 'Inter-Regular.ttf'),
  bold: join(ASSETS_DIR, 'fonts', 'Inter-SemiBold.ttf'),
};

interface Metrics {
  unitsPerEm: number;
  advance: Map<number, number>;
  font: fontkit.Font;
}

const loaded = new Map<Weight, Metrics>();

function metrics(weight: Weight): Metrics {
  let m = loaded.get(weight);
  if (!m) {
    const font = fontkit.create(readFileSync(FONT_FILES[weight])) as fontkit.Font;
    m = { unitsPerEm: font.unitsPerEm, advance: new Map(), font };
    loaded.set(weight, m);
  }
  return m;
}

/** Width in points of `text` set in `size` pt. Kerning is left out, so this errs on the wide side. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const m = metrics(weight);
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let adv = m.advance.get(cp);
    if (adv === undefined) {
      adv = m.font.glyphForCodePoint(cp).advanceWidth;
      m.advance.set(cp, adv);
    }
    units += adv;
  }
  return (units / m.unitsPerEm) * size;
}

/** Characters of `text` that the embedded font cannot draw. */
export function missingGlyphs(text: string, weight: Weight = 'regular'): string[] {
  const m = metrics(weight);
  return [...new Set([...text].filter((ch) => !/\s/.test(ch) && !m.font.hasGlyphForCodePoint(ch.codePointAt(0)!)))];
}
