/**
 * A slide SVG → PNG, in Node, with resvg (no browser, no PDF viewer). Only the deck's own font files
 * are loaded (no system fonts), so a preview looks the same on every machine.
 *
 * The SVGs name one family, "Inter", and mark bold text with font-weight="bold"; the compose stage
 * maps that to Inter-SemiBold.ttf. That file's family name is "Inter SemiBold", so for resvg the
 * bold elements name that family, which is the same mapping done the other way round.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_FAMILY, FONT_FILES } from '../render/fonts.js';
import { PAGE } from '../render/theme.js';
import { encodePng } from './png.js';

export const BOLD_FAMILY = `${FONT_FAMILY} SemiBold`;

// resvg is a native module that takes some 10–15 ms to load (it asks the C library which build to
// use): loaded on the first picture, so that commands which draw none never pay for it.
let resvgModule: typeof import('@resvg/resvg-js') | undefined;
const loadResvg = () => (resvgModule ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js'));

/**
 * `compact`: encode with png.ts (lossless, a palette when the picture has few colours): about a third
 * of the size for a small slide, but slower; for pictures that are committed or shared.
 */
export function rasterise(svg: string, width: number, opts: { compact?: boolean } = {}): Buffer {
  const resvg = new (loadResvg().Resvg)(forResvg(svg), {
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'width', value: Math.round(width) },
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
  });
  // Pictures (a logo file) are referenced by path; resvg asks for their bytes.
  for (const href of resvg.imagesToResolve()) {
    try {
      resvg.resolveImage(href, readFileSync(href.replace(/^file:\/\//, '')));
    } catch {
      // Validation has checked that the file exists; if it vanished since, the preview leaves it out.
    }
  }
  const image = resvg.render();
  return opts.compact ? encodePng(image.pixels, image.width, image.height) : image.asPng();
}

/** Elements that set a weight name that weight's own family (see the comment at the top). */
export function forResvg(svg: string): string {
  return svg.replace(/<([a-zA-Z]+)\b([^>]*?)(\/?)>/g, (tag, name: string, attrs: string, close: string) => {
    const weight = /\bfont-weight="([^"]*)"/.exec(attrs)?.[1];
    if (weight === undefined) return tag;
    const family = weight === 'bold' || Number(weight) >= 600 ? BOLD_FAMILY : FONT_FAMILY;
    return `<${name}${attrs.replace(/\s*\bfont-family="[^"]*"/, '')} font-family="${family}"${close}>`;
  });
}

/** Height in pixels of a slide rendered `width` pixels wide. */
export function slideHeight(width: number): number {
  return Math.round((width * PAGE.height) / PAGE.width);
}
