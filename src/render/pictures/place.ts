/**
 * Where a picture goes on a slide: fitted into a box in its own proportions, its caption under it,
 * and the SVG that the compose stage tags (a Figure with its alt text and box, or an artifact when
 * decorative; the caption as Caption right after the Figure).
 *
 * The picture itself is not in the SVG yet: `href="deck-picture:N"` names the slide's N-th picture
 * use, which renderSlide fills in with the prepared bytes (prepare.ts) once the size of every use
 * in the deck is known.
 */
import { FitError, esc, num, textBox, lineHeight, type FieldPath, type TextStyle } from '../text/textSvg.js';
import { COLORS, TYPE } from '../theme.js';
import type { SlidePicture } from '../../validate/pictures/checkPictures.js';
import { msg } from '../../messages/index.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Align = 'left' | 'center' | 'right';

/** A picture as drawn on one slide: its file and the size it is drawn at, in points. */
export interface PictureUse {
  id: number;
  picture: SlidePicture;
  width: number;
  height: number;
}

export const PICTURE_HREF = /deck-picture:(\d+)/g;
/** The frame of picture N, kept for an opaque picture. */
export const PICTURE_FRAME = /<!--picture-frame:(\d+)-->(.*?)<!--\/picture-frame-->/g;

const CAPTION: TextStyle = { size: TYPE.small, color: COLORS.subtle, leading: 1.3 };
const CAPTION_GAP = 6;
const CAPTION_LINES = 3;
/** A caption under a narrow picture may be wider than the picture, up to this. */
const CAPTION_MIN_WIDTH = 160;
/** The smallest height a picture is drawn at when text shares the slide with it. */
export const MIN_PICTURE_HEIGHT = 120;

export const ratioOf = (p: SlidePicture) => p.source.width / p.source.height;

/** The picture's box inside `box`: as large as fits in proportion, at the top, aligned as asked. */
export function fitInBox(ratio: number, box: Box, align: Align): Box {
  const width = Math.min(box.width, box.height * ratio);
  const height = width / ratio;
  const x = align === 'left' ? box.x : align === 'right' ? box.x + box.width - width : box.x + (box.width - width) / 2;
  return { x, y: box.y, width, height };
}

/** The height a caption takes (with the gap above it) at `width`; 0 without one. */
export function captionHeight(caption: string | undefined, width: number): number {
  if (!caption) return 0;
  return textBox(caption, { x: 0, y: 0, width }, CAPTION, ['caption'], 'caption', true).height + CAPTION_GAP;
}

/** Room a caption of up to two lines takes: what a layout keeps free under a picture before placing it. */
export function captionReserve(caption: string | undefined): number {
  return caption ? 2 * lineHeight(CAPTION) + CAPTION_GAP : 0;
}

/**
 * The picture and its caption in `box`. Returns the SVG, the y below the caption, and the use (the
 * size the picture is drawn at) for preparing its bytes.
 */
export function placePicture(p: SlidePicture, id: number, box: Box, align: Align, field: FieldPath): { svg: string; bottom: number; use: PictureUse } {
  const caption = p.image.caption;
  const ratio = ratioOf(p);
  let reserve = captionHeight(caption, box.width);
  let drawn = fitInBox(ratio, { ...box, height: box.height - reserve }, align);
  // A caption under a picture narrower than the box wraps to more lines: give it that room.
  for (let i = 0; i < 3; i++) {
    const need = captionHeight(caption, captionBox(drawn, box).width);
    if (need <= reserve) break;
    reserve = need;
    drawn = fitInBox(ratio, { ...box, height: box.height - reserve }, align);
  }
  if (!(drawn.height > 0)) throw new FitError(field, msg().pictures.noRoom(MIN_PICTURE_HEIGHT, drawn.height));
  const image = `<image x="${num(drawn.x)}" y="${num(drawn.y)}" width="${num(drawn.width)}" height="${num(drawn.height)}" preserveAspectRatio="none" href="deck-picture:${id}"`;
  const parts = [
    p.image.decorative
      ? `${image} data-role="decoration"/>`
      : `<g data-role="figure" aria-label="${esc(p.image.alt!.trim())}" data-box="${[drawn.x, drawn.y, drawn.width, drawn.height].map(num).join(' ')}">${image}/></g>`,
  ];
  // A screenshot or photo of a white page would melt into the slide: a hairline frame shows its
  // edge. Whether the picture is opaque (not a logo on a transparent ground) is known once it is
  // prepared: finishSlide keeps the frame then, or drops it.
  parts.push(`<!--picture-frame:${id}--><rect data-role="decoration" x="${num(drawn.x)}" y="${num(drawn.y)}" width="${num(drawn.width)}" height="${num(drawn.height)}" fill="none" stroke="${COLORS.rule}" stroke-width="0.75"/><!--/picture-frame-->`);
  let bottom = drawn.y + drawn.height;
  if (caption) {
    const cb = captionBox(drawn, box);
    // Under a decorative picture (an artifact) the caption is an ordinary paragraph: a Caption belongs to a Figure.
    const t = textBox(caption, { x: cb.x, y: bottom + CAPTION_GAP, width: cb.width, maxLines: CAPTION_LINES }, CAPTION, [...field, 'caption'], p.image.decorative ? 'paragraph' : 'caption', true);
    parts.push(t.svg);
    bottom += CAPTION_GAP + t.height;
  }
  return { svg: parts.join(''), bottom, use: { id, picture: p, width: drawn.width, height: drawn.height } };
}

/** The caption's box: as wide as the picture (at least CAPTION_MIN_WIDTH), kept inside `box`. */
function captionBox(drawn: Box, box: Box): { x: number; width: number } {
  const width = Math.min(box.width, Math.max(drawn.width, CAPTION_MIN_WIDTH));
  const x = Math.min(Math.max(drawn.x, box.x), box.x + box.width - width);
  return { x, width };
}
