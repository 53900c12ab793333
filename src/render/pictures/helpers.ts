/**
 * The Handlebars helpers that place pictures (registered by render/helpers.ts). The geometry of
 * each layout is in its template; these choose what depends on the picture's proportions.
 *
 *   {{{picture image x= y= w= h=|bottom= align= field=}}}   the picture and its caption in a box
 *   (pictureLayout image body)   layout `picture`: the text beside the picture, or under it when the
 *                                picture is wide (at least WIDE_RATIO) and the text leaves it room
 *                                there; the picture alone fills the slide
 *   (pictureBeside image max)    layout `text`: a picture column as wide as the picture needs at
 *                                full height (at most `max`), the text in the rest
 *   (columnSlots n image)        layout `text-columns`: n equal columns, one more for the picture
 */
import type Handlebars from 'handlebars';
import type { Block, PictureContent } from '../../validate/schema.js';
import type { SlidePicture } from '../../validate/pictures/checkPictures.js';
import { flowSvg } from '../text/textSvg.js';
import { PAGE } from '../theme.js';
import { captionReserve, MIN_PICTURE_HEIGHT, placePicture, ratioOf, type Align, type PictureUse } from './place.js';

/** What the picture helpers need of a slide's render state. */
export interface PictureState {
  cursor: number;
  marks: Record<string, number>;
  /** The slide's checked pictures (validate/pictures). */
  pictures: SlidePicture[];
  /** The pictures placed so far, in order (their ids). */
  pictureUses: PictureUse[];
}

interface Tools {
  state(o: Handlebars.HelperOptions): PictureState;
  box(h: Record<string, unknown>, o: Handlebars.HelperOptions): { x: number; y: number; width: number; height: number };
  field(h: Record<string, unknown>, fallback: string): (string | number)[];
  bottom: number;
}

/** Wider than this (width ÷ height), a picture has the text of a `picture` slide under it. */
export const WIDE_RATIO = 1.5;
/** Space between the header and the content, and between text and picture. */
const GAP = 20;
const GUTTER = 32;
const LEFT = PAGE.margin;
const RIGHT = PAGE.width - PAGE.margin;
const WIDTH = RIGHT - LEFT;
/** Body size of text beside or under a picture. */
const BODY_SIZE = 16;

export function createPictureHelpers(hb: typeof Handlebars, t: Tools): void {
  const pictureAt = (st: PictureState, field: (string | number)[]): SlidePicture => {
    const p = st.pictures.find((x) => x.field.join('.') === field.join('.'));
    if (!p) throw new Error(`no checked picture at ${field.join('.')}`);
    return p;
  };
  const top = (st: PictureState) => (st.marks.top ?? st.cursor) + GAP;

  hb.registerHelper('picture', function (image: PictureContent | null, o: Handlebars.HelperOptions) {
    if (!image) return '';
    const st = t.state(o);
    const h = o.hash as Record<string, unknown>;
    const f = t.field(h, 'image');
    const placed = placePicture(pictureAt(st, f), st.pictureUses.length, t.box(h, o), (h.align as Align | undefined) ?? 'left', f);
    st.pictureUses.push(placed.use);
    st.cursor = placed.bottom;
    return new hb.SafeString(placed.svg);
  });

  hb.registerHelper('pictureLayout', function (image: PictureContent, body: Block[] | null, o: Handlebars.HelperOptions) {
    const st = t.state(o);
    const p = pictureAt(st, ['image']);
    const y = top(st);
    const ratio = ratioOf(p);
    if (!body) return { alone: true, picture: { x: LEFT, w: WIDTH, h: t.bottom - y, align: 'center' } };
    if (ratio >= WIDE_RATIO) {
      const text = flowSvg(body, { x: 0, y: 0, width: WIDTH, height: Infinity }, { size: BODY_SIZE }, ['body']).height;
      const h = t.bottom - y - text - GAP;
      // A text too long to leave the picture room above it goes beside it instead.
      if (h - captionReserve(image.caption) >= MIN_PICTURE_HEIGHT) return { under: true, picture: { x: LEFT, w: WIDTH, h, align: 'left' }, body: { w: WIDTH, size: BODY_SIZE } };
    }
    const w = column(ratio, t.bottom - y - captionReserve(image.caption), 200, 440);
    return { beside: true, picture: { x: RIGHT - w, w, align: 'right' }, body: { w: WIDTH - GUTTER - w, size: BODY_SIZE } };
  });

  hb.registerHelper('pictureBeside', function (image: PictureContent | null, max: number, o: Handlebars.HelperOptions) {
    if (!image) return null;
    const st = t.state(o);
    const w = column(ratioOf(pictureAt(st, ['image'])), t.bottom - top(st) - captionReserve(image.caption), 180, Number(max));
    return { x: RIGHT - w, w, textWidth: WIDTH - GUTTER - w };
  });

  hb.registerHelper('columnSlots', (count: number, image: PictureContent | null) => {
    const slots = Number(count) + (image ? 1 : 0);
    const gutter = 24;
    const width = (WIDTH - gutter * (slots - 1)) / slots;
    return { step: width + gutter, width, pictureX: LEFT + Number(count) * (width + gutter) };
  });
}

/** The width of a picture column: what the picture takes at full height, within min and max. */
function column(ratio: number, height: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, height * ratio)));
}
