/**
 * Pictures the tests make themselves: a screenshot-like PNG, a photo-like JPEG, a logo as SVG, in
 * any size, with a frame and a diagonal so that a picture drawn cut or stretched shows it.
 */
import sharp from 'sharp';
import { encodePng } from '../src/preview/png.js';

/** An SVG of `width` × `height` with a frame, a diagonal and a circle. */
export function svgPicture(width: number, height: number, extra = ''): string {
  const r = Math.min(width, height) / 4;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<rect x="0" y="0" width="${width}" height="${height}" fill="#DDEAF6"/>
<rect x="2" y="2" width="${width - 4}" height="${height - 4}" fill="none" stroke="#0062BA" stroke-width="4"/>
<line x1="0" y1="0" x2="${width}" y2="${height}" stroke="#F45F63" stroke-width="3"/>
<circle cx="${width / 2}" cy="${height / 2}" r="${r}" fill="#0062BA"/>${extra}
</svg>
`;
}

/** The same drawing as PNG (opaque, or with a transparent background). */
export async function pngPicture(width: number, height: number, opts: { transparent?: boolean } = {}): Promise<Buffer> {
  let svg = svgPicture(width, height);
  if (opts.transparent) svg = svg.replace('fill="#DDEAF6"', 'fill="none"');
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The same drawing as JPEG; `orientation` writes an EXIF orientation (6: turned a quarter clockwise). */
export async function jpegPicture(width: number, height: number, opts: { orientation?: number } = {}): Promise<Buffer> {
  const s = sharp(Buffer.from(svgPicture(width, height))).jpeg({ quality: 90 });
  return (opts.orientation ? s.withMetadata({ orientation: opts.orientation }) : s).toBuffer();
}

/** A grey PNG of any size, made without sharp (which refuses to make pictures larger than it reads). */
export function plainPng(width: number, height: number): Buffer {
  return encodePng(new Uint8Array(width * height * 4).fill(128), width, height);
}
