import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type Problem } from '../errors.js';
import { msg } from '../messages/index.js';
import { DECK_FILE, listFolder, namedFiles, sortFolder, unaccounted, withLinkTargets } from './editionFiles.js';
import { LIMITS } from './limits.js';
import { refusalMessage } from './readRefusal.js';
import { safeRead } from './safeRead.js';
import { emptySource, parseSourceOnce, type ParsedFiles, type SourceFile } from './sourceFile.js';

/** The raw files of one edition folder, parsed but not yet validated. */
export interface EditionSource {
  dir: string;
  deck: SourceFile;
  /** Slide files in slide order (editionFiles.ts: the number and letter at the start of the name). */
  slides: SourceFile[];
}

/**
 * Reads deck.yaml and every slide file. Reports every syntax problem in the folder at once.
 * Each file is read through safeRead: only a regular file that really lies in the folder (a link
 * that leads out is refused), no larger than LIMITS.fileBytes; anything else is a problem at the
 * file, and the file counts as empty. With `memo` (deck watch), a file whose text is the same
 * as at the last load is not parsed again.
 */
export function loadEdition(
  dir: string,
  memo?: ParsedFiles,
): {
  source: EditionSource;
  problems: Problem[];
} {
  const shown = (p: string) => relative(process.cwd(), p) || p;
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = listFolder(dir);
  } catch {
    throw ContentError.at({ file: shown(dir), line: 0, col: 0 }, msg().load.folderNotFound());
  }
  // Folders named like content files (deck.yaml/, 08-ny.yaml/): listFolder walks into folders, so
  // they are said here, where the files are read, rather than passed over.
  const folders = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && /\.ya?ml$/i.test(e.name)).map((e) => e.name);
  const asFolder = (name: string): Problem => ({ file: shown(join(dir, name)), line: 0, col: 0, severity: 'error', message: msg().security.directory() });
  if (!names.includes(DECK_FILE)) {
    if (folders.includes(DECK_FILE)) throw new ContentError([asFolder(DECK_FILE)]);
    throw ContentError.at({ file: shown(join(dir, DECK_FILE)), line: 0, col: 0 }, msg().load.deckMissing());
  }
  const problems: Problem[] = folders.map(asFolder);
  let budget = LIMITS.editionBytes;
  const parse = (name: string) => {
    const path = join(dir, name);
    const read = safeRead({ roots: [dir], path, maxBytes: Math.min(LIMITS.fileBytes, Math.max(budget, 0)) });
    if (!read.ok && read.reason === 'tooLarge' && read.size <= LIMITS.fileBytes) {
      // Each file is small enough, but together they are more than an edition can be.
      if (budget >= 0) problems.push({ file: shown(dir), line: 0, col: 0, severity: 'error', message: msg().security.editionTooLarge(LIMITS.editionBytes) });
      budget = -1;
      return emptySource(shown(path));
    }
    if (read.ok) budget -= read.bytes.length;
    if (!read.ok) {
      problems.push({ file: shown(path), line: 0, col: 0, severity: 'error', message: refusalMessage(read.reason === 'tooLarge' ? { ...read, maxBytes: LIMITS.fileBytes } : read) });
      return emptySource(shown(path));
    }
    const { file, problems: p } = parseSourceOnce(shown(path), read.bytes.toString('utf8'), memo);
    problems.push(...p);
    return file;
  };
  const deck = parse(DECK_FILE);
  const folder = sortFolder(names);
  const atFile = (p: { name: string; message: string }): Problem => ({ file: shown(join(dir, p.name)), line: 0, col: 0, severity: 'error', message: p.message });
  problems.push(...folder.problems.map(atFile));
  if (folder.slides.length > LIMITS.slides) {
    problems.push({ file: shown(dir), line: 0, col: 0, severity: 'error', message: msg().security.tooManySlides(folder.slides.length, LIMITS.slides) });
    return { source: { dir, deck, slides: [] }, problems };
  }
  const slides = folder.slides.map((s) => parse(s.name));
  // A data or picture file is part of the edition when a slide (or deck.yaml) names it.
  const named = withLinkTargets(dir, [deck, ...slides].flatMap((f) => namedFiles(f.doc).flatMap((n) => (n.inFolder ? [n.inFolder] : []))));
  problems.push(...unaccounted(folder.others, named).map(atFile));
  if (slides.length === 0) problems.push({ file: shown(dir), line: 0, col: 0, severity: 'error', message: msg().load.noSlides() });
  return { source: { dir, deck, slides }, problems };
}
