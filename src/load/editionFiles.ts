/**
 * Which files of an edition folder are what, and in which order the slides come: the one place
 * that decides it (loadEdition, new-month and renumber all ask here).
 *
 *   deck.yaml                     the edition file
 *   README.md, SOURCE-NOTES.md    notes for people, not part of the report
 *   NN-name.yaml                  a slide. NN is its number: slides come in the order of the number,
 *   NNx-name.yaml                 then of the letter after it (09-… < 09a-… < 09b-… < 10-…), so a slide
 *                                 goes in between 09 and 10 as 09a-… or 09b-… without renaming the rest.
 *                                 Its page is its place in that order. The name after the dash is
 *                                 free (any letters, also æ ø å); .yaml or .yml, in any case.
 *   a file a slide or deck.yaml names (FILE_FIELDS: a chart's CSV data, a picture, the logo)
 *   .hidden files, Thumbs.db, desktop.ini   the operating system's, left alone
 *   *.pdf                         what deck writes (an editor may build into the folder), left alone
 *
 * Anything else is a content error that names the file and says what to do: nothing in the folder
 * is left out or moved silently. A zero in front of a number is allowed only to make it as long as
 * the largest number in the folder (01 … 40, or 001 … 120); `095-…` in a folder of 01 … 40 would
 * otherwise sort as 95 while the editor meant «between 09 and 10».
 */
import { readdirSync, realpathSync, type Dirent } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { msg } from '../messages/index.js';

/**
 * The fields whose value is the name of a file in the edition folder (relative to it): a monthly
 * chart's CSV file (`data`), a picture (`image: {file}`), deck.yaml's `logo`.
 */
export const FILE_FIELDS: readonly string[] = ['data', 'file', 'logo'];

export const DECK_FILE = 'deck.yaml';
const NOTES = ['readme.md', 'source-notes.md'];
const SYSTEM = ['thumbs.db', 'desktop.ini'];

/** A slide file's name, taken apart. */
export interface SlideName {
  name: string;
  /** The number as written (`09`), and its value (9). */
  digits: string;
  number: number;
  /** The letter after the number, in lower case, or ''. */
  letter: string;
  /** Everything after the prefix and its dash, extension included (`meldingstjeneste.yaml`). */
  rest: string;
}

const SLIDE = /^(\d+)([a-z]?)-(.*\S.*\.ya?ml)$/i;

/** The parts of a slide file name, or undefined when the name is not one. */
export function slideName(name: string): SlideName | undefined {
  const m = SLIDE.exec(name);
  if (!m || /^\.ya?ml$/i.test(m[3]!)) return undefined;
  return { name, digits: m[1]!, number: Number(m[1]), letter: m[2]!.toLowerCase(), rest: m[3]! };
}

export const isSlideFile = (name: string): boolean => slideName(name) !== undefined;

/** Slide order: number, then letter, then name. */
export function bySlideOrder(a: SlideName, b: SlideName): number {
  return a.number - b.number || (a.letter < b.letter ? -1 : a.letter > b.letter ? 1 : 0) || a.name.localeCompare(b.name);
}

/** How many digits the numbers of a folder are written with at most (two, or more for 100 slides or more). */
export function numberWidth(largest: number): number {
  return Math.max(2, String(largest).length);
}

/** A problem with one file of the folder, as a message (the caller places it at the file). */
export interface FileProblem {
  /** Relative to the edition folder, with / between folders. */
  name: string;
  message: string;
}

export interface FolderListing {
  /** Slide files in slide order. */
  slides: SlideName[];
  /** Files that are neither slides, deck.yaml, notes nor the system's: accounted for only if something names them. */
  others: string[];
  problems: FileProblem[];
}

/** Every file in the folder (subfolders too), by its path relative to the folder with / between folders. */
export function listFolder(dir: string): string[] {
  const walk = (sub: string): string[] =>
    (readdirSync(join(dir, sub), { withFileTypes: true }) as Dirent[]).flatMap((e) => {
      if (isSystemFile(e.name)) return [];
      const name = sub ? `${sub}/${e.name}` : e.name;
      return e.isDirectory() ? walk(name) : [name];
    });
  return walk('');
}

function isSystemFile(name: string): boolean {
  return name.startsWith('.') || SYSTEM.includes(name.toLowerCase()) || /\.pdf$/i.test(name);
}

/** Sorts the folder's files into slides (in order), notes and the rest, with a problem for every name that cannot be used. */
export function sortFolder(names: readonly string[]): FolderListing {
  const m = msg().files;
  const problems: FileProblem[] = [];
  const slides: SlideName[] = [];
  const others: string[] = [];
  for (const name of names) {
    if (name === DECK_FILE || NOTES.includes(name.toLowerCase())) continue;
    if (name.includes('/')) {
      others.push(name);
      continue;
    }
    const slide = slideName(name);
    if (slide) slides.push(slide);
    else if (/^deck\.ya?ml$/i.test(name)) problems.push({ name, message: m.deckName(name) });
    else if (/\.ya?ml$/i.test(name)) problems.push({ name, message: badSlideName(name, names) });
    else others.push(name);
  }
  slides.sort(bySlideOrder);
  const width = numberWidth(Math.max(0, ...slides.map((s) => s.number)));
  for (const s of slides) {
    if (s.digits.length > width && s.digits.startsWith('0')) {
      const after = slides.filter((o) => o.number < s.number && o !== s).pop();
      problems.push({ name: s.name, message: m.leadingZero(s.digits, s.number, after?.name, suggestInsert(s.digits.slice(0, width), s.rest, names), `${s.number}${s.letter}-${s.rest}`) });
    }
  }
  for (let i = 1; i < slides.length; i++) {
    const [a, b] = [slides[i - 1]!, slides[i]!];
    if (a.number === b.number && a.letter === b.letter) problems.push({ name: b.name, message: m.sameNumber(`${b.digits}${b.letter}`, a.name) });
  }
  return { slides, others, problems };
}

/** Why a .yaml file is not a slide, and the name it could have. */
function badSlideName(name: string, names: readonly string[]): string {
  const m = msg().files;
  const prefix = /^(\d+)[.,_](\d+)[- ]?(.*)$/.exec(name);
  if (prefix) return m.decimalNumber(`${prefix[1]}.${prefix[2]}`, suggestInsert(prefix[1]!.padStart(2, '0'), prefix[3]!, names));
  const letters = /^(\d+)([a-z]{2,})-(.+)$/i.exec(name);
  if (letters) return m.oneLetter(`${letters[1]}${letters[2]}`, `${letters[1]}${letters[2]![0]!.toLowerCase()}-${letters[3]}`);
  if (/^\d+[a-z]?(-)?\.ya?ml$/i.test(name)) return m.noName(name, name.replace(/-?(\.ya?ml)$/i, '-navn$1'));
  if (/^\d+[a-z]?[ _.]/i.test(name)) return m.noDash(name, name.replace(/^(\d+[a-z]?)[ _.]+/i, '$1-'));
  return m.noNumber(name);
}

/** `09a-name.yaml`, or the first letter after 09 that no file uses yet. */
function suggestInsert(digits: string, rest: string, names: readonly string[]): string {
  const taken = new Set(names.map((n) => slideName(n)).filter((s): s is SlideName => !!s).map((s) => `${s.number}${s.letter}`));
  const letter = 'abcdefghijklmnopqrstuvwxyz'.split('').find((l) => !taken.has(`${Number(digits)}${l}`)) ?? 'a';
  return `${digits}${letter}-${rest || 'navn.yaml'}`;
}

/** A field that names a file: where it is in the YAML file, and the name as written. */
export interface NamedFile {
  /** The field (`data`, `image`, `logo`) and its value's node. */
  field: string;
  node: Scalar;
  value: string;
  /** The name relative to the edition folder, normalised (`./a/../b.csv` → `b.csv`); undefined outside it. */
  inFolder?: string;
}

/** Every FILE_FIELDS value in a parsed YAML file. */
export function namedFiles(doc: Document): NamedFile[] {
  const found: NamedFile[] = [];
  const walk = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'string' && FILE_FIELDS.includes(key) && isScalar(pair.value) && typeof pair.value.value === 'string') {
          found.push({ field: key, node: pair.value, value: pair.value.value, inFolder: inFolder(pair.value.value) });
        } else walk(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(walk);
  };
  walk((doc as { contents: Node | null }).contents);
  return found;
}

/** A file name as written in a content file, relative to the edition folder; undefined when it leads out of it. */
export function inFolder(written: string): string | undefined {
  // Written on Windows: bilder\skjerm.png.
  const n = normalize(written.trim().replace(/\\/g, '/')).split(sep).join('/');
  if (!n || n.startsWith('../') || n === '..' || n.startsWith('/') || /^[a-z]:/i.test(n)) return undefined;
  return n.replace(/^\.\//, '');
}

/** The named files, and the files in the folder that those of them that are symbolic links lead to. */
export function withLinkTargets(dir: string, named: Iterable<string>): Set<string> {
  const out = new Set(named);
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return out;
  }
  for (const name of [...out]) {
    try {
      const target = relative(root, realpathSync(join(dir, name))).split(sep).join('/');
      if (target && !target.startsWith('..') && !isAbsolute(target)) out.add(target);
    } catch {
      // not there: the field's own check says so
    }
  }
  return out;
}

/** The files of the folder that no slide, nor deck.yaml, names: one problem each. */
export function unaccounted(others: readonly string[], named: ReadonlySet<string>): FileProblem[] {
  const m = msg().files;
  const lower = new Set([...named].map((n) => n.toLowerCase()));
  return others
    // Named in other upper and lower case: the field's own check says so, at the field.
    .filter((name) => !named.has(name) && !lower.has(name.toLowerCase()))
    .map((name) => {
      if (/\.ya?ml\.[a-z0-9]+$/i.test(name)) return { name, message: m.hiddenExtension(name, name.replace(/(\.ya?ml)\.[a-z0-9]+$/i, '$1')) };
      if (/\.csv$/i.test(name)) return { name, message: m.unusedData(name) };
      if (/\.(png|jpe?g|gif|svg|webp)$/i.test(name)) return { name, message: m.unusedPicture(name) };
      return { name, message: m.stray(name) };
    });
}
