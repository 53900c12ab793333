/**
 * The two Inter faces of the deck, embedded in the HTML edition as WOFF2 subsets of the characters
 * the page shows.
 *
 * Subsetting and WOFF2 are done by `subset-font`: HarfBuzz's subsetter (hb-subset, the one font
 * tools and font services rely on) and Google's WOFF2 encoder, both compiled to WebAssembly, so
 * nothing is built or downloaded at install time. Writing a subsetter of our own would mean keeping
 * cmap, glyph closure, composite glyphs and hinting right by hand, which is exactly what these do well.
 * Both are deterministic: the same text gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_FAMILY, FONT_FILES, type Weight } from '../render/fonts.js';

const FACES: { weight: Weight; css: string }[] = [
  { weight: 'regular', css: '400' },
  // The slide SVGs ask for "bold" (700); the semibold face answers every weight from 600 up.
  { weight: 'bold', css: '600 700' },
];

/**
 * Ascent and descent as one em (80/20), the proportions the slides' baselines are computed with
 * (render/text/textSvg.ts), so that a run set with line-height 1 has its baseline 0.8 em down.
 */
const METRICS = 'ascent-override: 80%; descent-override: 20%; line-gap-override: 0%;';

/** @font-face rules for `text`'s characters, each face a data: URL. */
export async function embeddedFontFaces(text: string): Promise<string> {
  // Loaded only here, and by require: the one-file CLI bundle runs where import() is not available.
  const subsetFont = createRequire(import.meta.url)('subset-font') as typeof import('subset-font').default;
  // Both faces get every character: a word set in the other weight needs no font of the system.
  const chars = [...new Set(text.replace(/\s/g, ''))].sort().join('') + ' \u00a0';
  const faces = await Promise.all(
    FACES.map(async ({ weight, css }) => {
      const woff2 = await subsetFont(readFileSync(FONT_FILES[weight]), chars, { targetFormat: 'woff2' });
      return `@font-face { font-family: ${FONT_FAMILY}; font-style: normal; font-weight: ${css}; font-display: block; ${METRICS} src: url(data:font/woff2;base64,${woff2.toString('base64')}) format("woff2"); }`;
    }),
  );
  return faces.join('\n');
}

/** The same faces, whole, from URLs of the caller's choosing (deck serve). */
export function linkedFontFaces(url: (weight: Weight) => string): string {
  return FACES.map(({ weight, css }) => `@font-face { font-family: ${FONT_FAMILY}; font-style: normal; font-weight: ${css}; font-display: block; ${METRICS} src: url(${url(weight)}) format("truetype"); }`).join('\n');
}
