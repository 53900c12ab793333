/**
 * Characters that the embedded fonts (Inter regular and semibold) cannot draw: emoji, Chinese,
 * Arabic … would come out as empty boxes in the PDF. Every text of the edition that is drawn (the
 * deck's and every slide's values, and names used as keys, such as a chart's series; not a
 * picture's file name or alt text) is checked,
 * and a field with such characters is a content error that names each of them by its code and
 * Unicode name, so that the editor can find an invisible one (a zero-width joiner, a variation
 * selector) too.
 */
import { createRequire } from 'node:module';
import type { Problem } from '../errors.js';
import { posOfPath, type SourceFile } from '../load/sourceFile.js';
import { msg } from '../messages/index.js';
import { missingGlyphs } from '../render/fonts.js';
import type { DeckContent, SlideContent } from './schema.js';

/** Fields of deck.yaml that are never drawn as text. */
const NOT_DRAWN: ReadonlySet<string> = new Set(['logo', 'month', 'language']);
/** Fields of a picture that are not drawn: its file name, and its alt text (read aloud, not set in a font). */
const PICTURE_NOT_DRAWN: ReadonlySet<string> = new Set(['file', 'alt']);

export function glyphProblems(deck: { file: SourceFile; content: DeckContent } | undefined, slides: readonly { file: SourceFile; content: SlideContent }[]): Problem[] {
  const problems: Problem[] = [];
  const check = (file: SourceFile, value: unknown, path: PropertyKey[]) => {
    const visit = (v: unknown, at: PropertyKey[]) => {
      if (typeof v === 'string') {
        const missing = undrawable(v);
        if (missing.length) problems.push({ ...posOfPath(file, at), severity: 'error', message: msg().render.missingGlyphs(missing.map(describe)) });
      } else if (Array.isArray(v)) v.forEach((item, i) => visit(item, [...at, i]));
      else if (v && typeof v === 'object') {
        for (const [key, item] of Object.entries(v)) {
          if (at.length === 0 && file === deck?.file && NOT_DRAWN.has(key)) continue;
          if (at[at.length - 1] === 'image' && PICTURE_NOT_DRAWN.has(key)) continue;
          const missing = undrawable(key);
          if (missing.length) problems.push({ ...posOfPath(file, [...at, key], { key: true }), severity: 'error', message: msg().render.missingGlyphs(missing.map(describe)) });
          visit(item, [...at, key]);
        }
      }
    };
    visit(value, path);
  };
  if (deck) check(deck.file, deck.content, []);
  for (const s of slides) check(s.file, s.content, []);
  return problems;
}

/** The characters of `text` that either weight of the font lacks, each once, in order. */
function undrawable(text: string): string[] {
  // Most texts are plain Latin; the font has all of it.
  if (/^[\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2019\u201c\u201d\u2022\u2026\u2212]*$/.test(text)) return [];
  return [...new Set([...missingGlyphs(text, 'regular'), ...missingGlyphs(text, 'bold')])];
}

export interface Character {
  /** The character itself, unless it shows nothing (a joiner, a mark, a selector). */
  shown?: string;
  /** U+1F600 */
  code: string;
  /** GRINNING FACE */
  name: string;
}

function describe(ch: string): Character {
  const cp = ch.codePointAt(0)!;
  const invisible = /^[\p{Cf}\p{Mn}\p{Me}\p{Z}\p{Cc}]$/u.test(ch);
  return { shown: invisible ? undefined : ch, code: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, name: characterName(ch) };
}

type Names = typeof import('unicode-name');
let names: Names | undefined;

/**
 * The Unicode name of a character. The names (1.6 MB) are loaded the first time a character is
 * missing, never on a build without one, and stay out of the CLI bundle (esbuild.config.mjs),
 * where they would slow every start. The package is an ES module, which Node 20.19 and later load
 * with require(); on an older Node the message names the character by its code alone.
 */
function characterName(ch: string): string {
  try {
    names ??= createRequire(import.meta.url)('unicode-name') as Names;
    return names.unicodeName(ch) ?? '';
  } catch {
    return '';
  }
}
