/**
 * A picture file → the bytes the PDF embeds, at the size it is drawn:
 *
 *   PNG, JPEG   downscaled (sharp, Lanczos) to at most twice the drawn size at 150 dpi (300 pixels
 *               per inch of page); turned upright by its EXIF orientation; passed through as it is
 *               when it is no larger, upright, and in a form the PDF takes directly
 *   SVG         rasterised by resvg (as `deck preview` draws slides) at that size, then kept as PNG
 *
 * The result depends on the file's bytes and the size alone, and the encoders are deterministic, so
 * two builds embed the same bytes. sharp and resvg are native modules; they load with the first
 * picture, so a deck without pictures does not pay for them.
 */
import { createRequire } from 'node:module';
import { FONT_FAMILY, FONT_FILES } from '../fonts.js';
import type { PictureSource } from '../../validate/pictures/checkPictures.js';

/** Pixels per point of the drawn size: twice 150 dpi. */
export const PIXELS_PER_PT = (2 * 150) / 72;

export interface PixelSize {
  width: number;
  height: number;
}

export interface PreparedPicture extends PixelSize {
  bytes: Buffer;
  mime: 'image/png' | 'image/jpeg';
  /** No transparent pixel (a screenshot or photo, not a logo on a transparent ground). */
  opaque: boolean;
}

/** Prepares pictures; `deck watch` hands in one that remembers earlier results (watch/cache.ts). */
export interface PicturePreparer {
  prepare(source: PictureSource, size: PixelSize): Promise<PreparedPicture>;
}

/** The pixel size to embed a picture drawn `drawn` points large at. */
export function targetSize(source: PictureSource, drawn: { width: number; height: number }): PixelSize {
  const max = { width: Math.max(1, Math.round(drawn.width * PIXELS_PER_PT)), height: Math.max(1, Math.round(drawn.height * PIXELS_PER_PT)) };
  if (source.format === 'svg') return max;
  if (source.width <= max.width && source.height <= max.height) return { width: source.width, height: source.height };
  const k = Math.min(max.width / source.width, max.height / source.height);
  return { width: Math.max(1, Math.round(source.width * k)), height: Math.max(1, Math.round(source.height * k)) };
}

export const preparer: PicturePreparer = { prepare: preparePicture };

export async function preparePicture(source: PictureSource, size: PixelSize): Promise<PreparedPicture> {
  if (source.format === 'svg') {
    const png = rasteriseSvg(source, size.width);
    const opaque = await isOpaque(png);
    return { ...size, mime: 'image/png', opaque, bytes: await pngOf(sharp()(png), opaque) };
  }
  const same = size.width === source.width && size.height === source.height && source.orientation === 1;
  if (source.format === 'jpeg') {
    // CMYK JPEGs are converted: their colours in a PDF depend on the viewer.
    if (same && source.jpegComponents !== 4) return { ...size, mime: 'image/jpeg', opaque: true, bytes: source.bytes };
    const bytes = await sharpOf(source).rotate().resize(size.width, size.height, { fit: 'fill' }).jpeg({ quality: 85 }).toBuffer();
    return { ...size, mime: 'image/jpeg', opaque: true, bytes };
  }
  const png = source.png!;
  const alpha = png.colorType === 4 || png.colorType === 6;
  // The compose stage embeds 1–8-bit non-interlaced PNGs without alpha as they are (a palette only at 8 bits).
  // (A palette PNG with transparent entries counts as opaque here: rare in screenshots and logos alike.)
  if (same && !alpha && !png.interlaced && png.bitDepth <= 8 && (png.colorType !== 3 || png.bitDepth === 8)) return { ...size, mime: 'image/png', opaque: true, bytes: source.bytes };
  const opaque = !alpha || (await isOpaque(source.bytes));
  return { ...size, mime: 'image/png', opaque, bytes: await pngOf(sharpOf(source).rotate().resize(size.width, size.height, { fit: 'fill' }), opaque) };
}

export function dataUrl(p: PreparedPicture): string {
  return `data:${p.mime};base64,${p.bytes.toString('base64')}`;
}

type SharpModule = typeof import('sharp').default;
type Sharp = ReturnType<SharpModule>;
let sharpModule: SharpModule | undefined;

function sharp(): SharpModule {
  if (!sharpModule) {
    sharpModule = createRequire(import.meta.url)('sharp') as SharpModule;
    // The build keeps what it needs itself; libvips's own cache would only hold memory in `deck watch`.
    sharpModule.cache(false);
  }
  return sharpModule;
}

function sharpOf(source: PictureSource): Sharp {
  return sharp()(source.bytes, { failOn: 'error', limitInputPixels: 8000 * 8000 });
}

/**
 * PNG for the compose stage. Opaque: without an alpha channel, so that its data goes into the PDF
 * as it is. With transparency: unfiltered rows, which the compose stage splits into colour and
 * soft mask without undoing filters.
 */
async function pngOf(image: Sharp, opaque: boolean): Promise<Buffer> {
  return (opaque ? image.removeAlpha() : image).png({ compressionLevel: 9, adaptiveFiltering: opaque, palette: false }).toBuffer();
}

async function isOpaque(bytes: Buffer): Promise<boolean> {
  return (await sharp()(bytes).stats()).isOpaque;
}

function rasteriseSvg(source: PictureSource, width: number): Buffer {
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const resvg = new Resvg(source.bytes.toString('utf8'), {
    fitTo: { mode: 'width', value: width },
    // Text in an SVG picture is drawn with the deck's own font, never one of the machine's.
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
