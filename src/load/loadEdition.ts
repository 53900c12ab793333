import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type Problem } from '../errors.js';
import { msg } from '../messages/index.js';
import { parseSource, type SourceFile } from './sourceFile.js';

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
 * `read` is injectable so that watch mode can serve unchanged files from memory.
 */
export function loadEdition(dir: string, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): {
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
  const parse = (name: string) => {
    const path = join(dir, name);
    const { file, problems: p } = parseSource(shown(path), read(path));
    problems.push(...p);
    return file;
  };
  const deck = parse('deck.yaml');
  const slideNames = names.filter((n) => SLIDE_FILE.test(n)).sort((a, b) => slideNumber(a) - slideNumber(b) || a.localeCompare(b));
  for (const n of names) {
    if (/\.ya?ml$/.test(n) && n !== 'deck.yaml' && !SLIDE_FILE.test(n)) {
      problems.push({ file: shown(join(dir, n)), line: 0, col: 0, severity: 'warning', message: msg().load.ignoredName() });
    }
  }
  for (let i = 1; i < slideNames.length; i++) {
    if (slideNumber(slideNames[i]!) === slideNumber(slideNames[i - 1]!)) {
      problems.push({ file: shown(join(dir, slideNames[i]!)), line: 0, col: 0, severity: 'error', message: msg().load.sameNumber(slideNumber(slideNames[i]!), slideNames[i - 1]!) });
    }
  }
  const slides = slideNames.map(parse);
  if (slides.length === 0) problems.push({ file: shown(dir), line: 0, col: 0, severity: 'error', message: msg().load.noSlides() });
  return { source: { dir, deck, slides }, problems };
}

function slideNumber(name: string): number {
  return Number(SLIDE_FILE.exec(name)?.[1] ?? NaN);
}
