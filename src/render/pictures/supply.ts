/**
 * The pictures of a whole deck, prepared once each: a picture shown on several slides (or twice on
 * one) is prepared at the largest size it is drawn at, so that the PDF embeds it once.
 *
 * A picture still over 1 MB after preparing is a warning at the first slide that shows it; one
 * that the decoder refuses (damage that the checks of validate/pictures cannot see) is a content
 * error there.
 */
import { ContentError, type Problem } from '../../errors.js';
import { posOfPath, type SourceFile } from '../../load/sourceFile.js';
import type { PictureSource } from '../../validate/pictures/checkPictures.js';
import { msg } from '../../messages/index.js';
import type { PictureUse } from './place.js';
import { targetSize, type PicturePreparer, type PixelSize, type PreparedPicture } from './prepare.js';

/** A picture's prepared bytes, by its file. */
export type PictureSupply = (source: PictureSource) => Promise<PreparedPicture>;

/** A prepared picture larger than this makes a warning. */
export const LARGE_PICTURE_BYTES = 1024 * 1024;

export function supplyPictures(
  slides: readonly { pictures: readonly PictureUse[]; slide: { file: SourceFile } }[],
  preparer: PicturePreparer,
  warn: (p: Problem) => void,
): PictureSupply {
  const wanted = new Map<string, { source: PictureSource; size: PixelSize; file: SourceFile; field: PropertyKey[] }>();
  for (const s of slides) {
    for (const u of s.pictures) {
      const { source } = u.picture;
      const size = targetSize(source, u);
      const w = wanted.get(source.key);
      if (!w) wanted.set(source.key, { source, size, file: s.slide.file, field: [...u.picture.field, 'file'] });
      else if (size.width * size.height > w.size.width * w.size.height) w.size = size;
    }
  }
  const ready = new Map<string, Promise<PreparedPicture>>();
  for (const [key, w] of wanted) {
    const at = () => posOfPath(w.file, w.field);
    const p = preparer.prepare(w.source, w.size).then(
      (r) => {
        if (r.bytes.length > LARGE_PICTURE_BYTES) warn({ ...at(), severity: 'warning', message: msg().pictures.stillLarge(w.source.file, r.bytes.length) });
        return r;
      },
      () => {
        throw ContentError.at(at(), msg().pictures.damaged(w.source.file));
      },
    );
    p.catch(() => {}); // told where it is awaited
    ready.set(key, p);
  }
  return (source) => ready.get(source.key) ?? Promise.reject(new Error(`picture ${source.file} was not planned`));
}
