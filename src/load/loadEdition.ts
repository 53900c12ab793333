import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type Problem } from '../errors.js';
import { msg } from '../messages/index.js';
import { DECK_FILE, listFolder, namedFiles, sortFolder, unaccounted, withLinkTargets } from './editionFiles.js';
import { parseSource, type SourceFile } from './sourceFile.js';

/** The raw files of one edition folder, parsed but not yet validated. */
export interface EditionSource {
  dir: string;
  deck: SourceFile;
  /** Slide files in slide order (editionFiles.ts: the number and letter at the start of the name). */
  slides: SourceFile[];
}

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
    names = listFolder(dir);
  } catch {
    throw ContentError.at({ file: shown(dir), line: 0, col: 0 }, msg().load.folderNotFound());
  }
  if (!names.includes(DECK_FILE)) {
    throw ContentError.at({ file: shown(join(dir, DECK_FILE)), line: 0, col: 0 }, msg().load.deckMissing());
  }
  const problems: Problem[] = [];
  const parse = (name: string) => {
    const path = join(dir, name);
    const { file, problems: p } = parseSource(shown(path), read(path));
    problems.push(...p);
    return file;
  };
  const deck = parse(DECK_FILE);
  const folder = sortFolder(names);
  const atFile = (p: { name: string; message: string }): Problem => ({ file: shown(join(dir, p.name)), line: 0, col: 0, severity: 'error', message: p.message });
  problems.push(...folder.problems.map(atFile));
  const slides = folder.slides.map((s) => parse(s.name));
  // A data or picture file is part of the edition when a slide (or deck.yaml) names it.
  const named = withLinkTargets(dir, [deck, ...slides].flatMap((f) => namedFiles(f.doc).flatMap((n) => (n.inFolder ? [n.inFolder] : []))));
  problems.push(...unaccounted(folder.others, named).map(atFile));
  if (slides.length === 0) problems.push({ file: shown(dir), line: 0, col: 0, severity: 'error', message: msg().load.noSlides() });
  return { source: { dir, deck, slides }, problems };
}
