/**
 * The pictures of an edition's slides, checked without drawing anything (so `deck check` finds
 * every bad picture): the name in `file`, the file itself (through load/safeRead.ts: a regular file
 * inside the edition folder or the repository's assets/, at most 20 MB), what it holds
 * (formats.ts), and the alternative text. Each problem is told at the `file` field (the picture's
 * `image` field for the alt text).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Problem } from '../../errors.js';
import { safeRead, isInside, type ReadRefusal } from '../../load/safeRead.js';
import { posOfPath, type SourceFile } from '../../load/sourceFile.js';
import { ASSETS_DIR } from '../../paths.js';
import { closest } from '../closest.js';
import type { PictureContent } from '../schema.js';
import { inspectPicture, MAX_PIXELS, type PictureFault, type PictureFormat, type PictureInfo } from './formats.js';
import { msg } from '../../messages/index.js';

/** The largest picture file read, in bytes. */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024;

/** A picture file that passed every check: its bytes and what they hold. */
export interface PictureSource extends PictureInfo {
  /** sha1 of the bytes. */
  key: string;
  bytes: Buffer;
  /** The name as the editor wrote it (for messages). */
  file: string;
  realPath: string;
}

/** A picture on a slide: where it is named, what the slide says about it, and its file. */
export interface SlidePicture {
  /** The path of the `image` field in the slide file. */
  field: PropertyKey[];
  image: PictureContent;
  source: PictureSource;
}

const FORMAT_OF: Record<string, PictureFormat> = { '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.svg': 'svg' };

/**
 * Checks the picture in the `image` field of a slide's content, if it has one. `dir` is the
 * edition folder (slide files lie in it; names are relative to it).
 */
export function checkSlidePictures(content: object, file: SourceFile, dir: string): { pictures: SlidePicture[]; problems: Problem[] } {
  const image = (content as { image?: PictureContent }).image;
  if (!image) return { pictures: [], problems: [] };
  const field = ['image'];
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push({ ...posOfPath(file, path), severity: 'error', message });
  if (image.decorative && image.alt) at([...field, 'alt'], msg().pictures.altAndDecorative());
  else if (!image.decorative && !image.alt) at(field, msg().pictures.missingAlt());
  const read = readPicture(image.file, dir);
  if ('message' in read) at([...field, 'file'], read.message);
  return { pictures: 'message' in read || problems.length ? [] : [{ field, image, source: read }], problems };
}

/** The roots a picture may lie in: the edition folder and the repository's assets/. */
export function pictureRoots(dir: string): string[] {
  return [resolve(dir), ASSETS_DIR];
}

function readPicture(written: string, dir: string): PictureSource | { message: string } {
  const name = written.replace(/\\/g, '/'); // written on Windows: bilder\skjerm.png
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) return { message: msg().pictures.address(written) };
  if (isAbsolute(name) || /^[a-z]:\//i.test(name)) return { message: msg().pictures.absolute(written) };
  const format = FORMAT_OF[name.slice(name.lastIndexOf('.')).toLowerCase()];
  if (!format) return { message: msg().pictures.ending(written) };
  const path = resolve(dir, name);
  const got = safeRead({ roots: pictureRoots(dir), path, maxBytes: MAX_PICTURE_BYTES });
  if (!got.ok) return { message: refusalMessage(got, written, path, dir) };
  const key = sha1(got.bytes);
  const info = inspect(got.bytes, format, key);
  if ('fault' in info) return { message: faultMessage(info, written) };
  return { ...info, key, bytes: got.bytes, file: written, realPath: got.realPath };
}

function refusalMessage(r: ReadRefusal, written: string, path: string, dir: string): string {
  switch (r.reason) {
    case 'outside':
      return r.throughLink ? msg().pictures.outsideLink(written) : msg().pictures.outside(written);
    case 'missing':
      return msg().pictures.missing(written, guessName(path, dir));
    case 'directory':
      return msg().pictures.directory(written);
    case 'special':
      return msg().pictures.special(written);
    case 'unreadable':
      return msg().pictures.unreadable(written);
    case 'tooLarge':
      return msg().pictures.tooLarge(written, r.size, r.maxBytes);
  }
}

function faultMessage(f: PictureFault, written: string): string {
  switch (f.fault) {
    case 'wrongType':
      return msg().pictures.wrongType(written, f.expected, f.found);
    case 'broken':
      return msg().pictures.damaged(written);
    case 'tooManyPixels':
      return msg().pictures.tooManyPixels(written, f.width, f.height, MAX_PIXELS);
    case 'svgScript':
      return msg().pictures.svgScript(written);
    case 'svgHandler':
      return msg().pictures.svgHandler(written, f.attribute);
    case 'svgForeignObject':
      return msg().pictures.svgForeignObject(written);
    case 'svgEntity':
      return msg().pictures.svgEntity(written);
    case 'svgExternal':
      return msg().pictures.svgExternal(written, f.reference);
    case 'svgNoSize':
      return msg().pictures.svgNoSize(written);
  }
}

/** A file of nearly the same name in the same folder (another case, a typo), as the editor would write it. */
function guessName(path: string, dir: string): string | undefined {
  const folder = dirname(path);
  if (!pictureRoots(dir).some((r) => isInside(r, folder))) return undefined;
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => FORMAT_OF[n.slice(n.lastIndexOf('.')).toLowerCase()]);
  } catch {
    return undefined;
  }
  const wanted = basename(path);
  const same = names.find((n) => n.toLowerCase() === wanted.toLowerCase());
  const guess = same ?? closest(wanted, names);
  return guess ? relative(resolve(dir), join(folder, guess)).split('\\').join('/') : undefined;
}

/**
 * What a file's bytes hold, remembered by their hash: `deck watch` checks every picture at every
 * build, and a picture that has not changed is not inspected again.
 */
const inspected = new Map<string, PictureInfo | PictureFault>();
const INSPECTED_KEPT = 64;

function inspect(bytes: Buffer, format: PictureFormat, hash: string): PictureInfo | PictureFault {
  const key = `${format}:${hash}`;
  let r = inspected.get(key);
  if (!r) {
    r = inspectPicture(bytes, format);
    if (inspected.size >= INSPECTED_KEPT) inspected.delete(inspected.keys().next().value!);
    inspected.set(key, r);
  }
  return r;
}

const sha1 = (b: Buffer) => createHash('sha1').update(b).digest('hex');
