import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type Problem } from '../errors.js';
import { msg } from '../messages/index.js';
import { LIMITS } from './limits.js';
import { refusalMessage } from './readRefusal.js';
import { safeRead } from './safeRead.js';
import { emptySource, parseSource, type SourceFile } from './sourceFile.js';

/** The raw files of one edition folder, parsed but not yet validated. */
export interface EditionSource {
  dir: string;
  deck: SourceFile;
  /** Slide files in slide order (the numeric file-name prefix). */
  slides: SourceFile[];
}

/** Slide files are named NN-name.yaml; the number sets the order. */
export const SLIDE_FILE = /^(\d{1,3})-[\w.-]+\.ya?ml$/;

/**
 * Reads deck.yaml and every slide file. Reports every syntax problem in the folder at once.
 * Each file is read through safeRead: only a regular file that really lies in the folder (a link
 * that leads out is refused), no larger than LIMITS.fileBytes; anything else is a problem at the
 * file, and the file counts as empty.
 */
export function loadEdition(dir: string): {
  source: EditionSource;
  problems: Problem[];
} {
  const shown = (p: string) => relative(process.cwd(), p) || p;
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch {
    throw ContentError.at({ file: shown(dir), line: 0, col: 0 }, msg().load.folderNotFound());
  }
  if (!names.includes('deck.yaml')) {
    throw ContentError.at({ file: shown(join(dir, 'deck.yaml')), line: 0, col: 0 }, msg().load.deckMissing());
  }
  const problems: Problem[] = [];
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
    const { file, problems: p } = parseSource(shown(path), read.bytes.toString('utf8'));
    problems.push(...p);
    return file;
  };
  const deck = parse('deck.yaml');
  const slideNames = names.filter((n) => SLIDE_FILE.test(n)).sort((a, b) => slideNumber(a) - slideNumber(b) || a.localeCompare(b));
  for (const n of names) {
    // Upper-case extensions too (41-x.YAML): not a slide, and not left out without a word.
    if (/\.ya?ml$/i.test(n) && n !== 'deck.yaml' && !SLIDE_FILE.test(n)) {
      const lowerCase = SLIDE_FILE.test(n.replace(/\.ya?ml$/i, (e) => e.toLowerCase())) || n.toLowerCase() === 'deck.yaml';
      problems.push({ file: shown(join(dir, n)), line: 0, col: 0, severity: 'warning', message: lowerCase ? msg().load.upperCaseExtension(n) : msg().load.ignoredName() });
    }
  }
  for (let i = 1; i < slideNames.length; i++) {
    if (slideNumber(slideNames[i]!) === slideNumber(slideNames[i - 1]!)) {
      problems.push({ file: shown(join(dir, slideNames[i]!)), line: 0, col: 0, severity: 'error', message: msg().load.sameNumber(slideNumber(slideNames[i]!), slideNames[i - 1]!) });
    }
  }
  if (slideNames.length > LIMITS.slides) {
    problems.push({ file: shown(dir), line: 0, col: 0, severity: 'error', message: msg().security.tooManySlides(slideNames.length, LIMITS.slides) });
    return { source: { dir, deck, slides: [] }, problems };
  }
  const slides = slideNames.map(parse);
  if (slides.length === 0) problems.push({ file: shown(dir), line: 0, col: 0, severity: 'error', message: msg().load.noSlides() });
  return { source: { dir, deck, slides }, problems };
}

function slideNumber(name: string): number {
  return Number(SLIDE_FILE.exec(name)?.[1] ?? NaN);
}
