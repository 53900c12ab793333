/**
 * The logo that deck.yaml names: read once, through safeRead (a regular file in the edition folder
 * or in the project's assets/, no larger than a picture may be), and checked to be a picture that
 * the compose stage can draw. The slides then carry its bytes (a data: URL), so that nothing reads
 * the file again: what was checked is what is drawn, and `deck check` refuses what `deck build` would.
 */
import { resolve } from 'node:path';
import { loadPicture } from '../compose/images/pictures.js';
import { isPng as isPngFile, pngPixels, readPng } from '../compose/images/png.js';
import { msg } from '../messages/index.js';
import { ContentError } from '../errors.js';
import { LIMITS } from '../load/limits.js';
import { refusalMessage } from '../load/readRefusal.js';
import { safeRead } from '../load/safeRead.js';
import { ASSETS_DIR } from '../paths.js';

export type LogoResult = { ok: true; dataUrl: string } | { ok: false; message: string };

export function readLogo(dir: string, name: string): LogoResult {
  const read = safeRead({ roots: [dir, ASSETS_DIR], path: resolve(dir, name), maxBytes: LIMITS.pictureBytes });
  if (!read.ok) return { ok: false, message: refusalMessage(read, name) };
  const isPng = read.bytes.subarray(0, 4).toString('latin1') === '\x89PNG';
  const dataUrl = `data:image/${isPng ? 'png' : 'jpeg'};base64,${read.bytes.toString('base64')}`;
  try {
    loadPicture(dataUrl);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    return { ok: false, message: err.problems[0]!.message };
  }
  // The drawer takes a data: URL's image data as whole (a slide's pictures are checked before):
  // a logo file cut short must be found here.
  try {
    if (isPngFile(read.bytes)) pngPixels(readPng(read.bytes));
  } catch {
    return { ok: false, message: msg().pictures.broken };
  }
  return { ok: true, dataUrl };
}
