/**
 * Line breaking with the embedded font's real advance widths. SVG text never wraps by itself,
 * so every text box of every layout goes through here.
 */
import { textWidth, type Weight } from '../fonts.js';
import type { Run } from './inline.js';

export interface Piece {
  text: string;
  bold: boolean;
  href?: string;
  /** Offset from the line start, in pt. */
  x: number;
  width: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
}

interface Fragment {
  text: string;
  bold: boolean;
  href?: string;
}

/** A word is what lies between two breakable spaces; it can mix styles ("[her](…)."). */
type Word = Fragment[];

const weightOf = (bold: boolean): Weight => (bold ? 'bold' : 'regular');

export function wrapRuns(runs: readonly Run[], maxWidth: number, size: number, baseBold = false): Line[] {
  const words = toWords(runs, baseBold);
  const lines: Line[] = [];
  let current: Word[] = [];
  let currentWidth = 0;
  const space = (bold: boolean) => textWidth(' ', size, weightOf(bold));
  /** Ends the line; `wrapped`: it ends between two words, so it keeps the space (see below). */
  const flush = (wrapped: boolean) => {
    const line = layoutLine(current, size);
    // The space at a wrap stays at the end of the line, drawing nothing and adding no width, so
    // that copied, searched and read-aloud text has the two words apart.
    if (wrapped) line.pieces[line.pieces.length - 1]!.text += ' ';
    lines.push(line);
    current = [];
    currentWidth = 0;
  };
  for (const word of words) {
    const w = wordWidth(word, size);
    const gap = current.length ? space(word[0]!.bold) : 0;
    if (current.length && currentWidth + gap + w > maxWidth) flush(true);
    if (w > maxWidth) {
      // A word longer than the line (a long URL): break it at its own punctuation, else anywhere.
      for (const [k, part] of splitLongWord(word, maxWidth, size).entries()) {
        if (current.length) flush(k === 0);
        current = [part];
        currentWidth = wordWidth(part, size);
      }
      continue;
    }
    current.push(word);
    currentWidth += (current.length > 1 ? gap : 0) + w;
  }
  if (current.length) flush(false);
  return lines;
}

function toWords(runs: readonly Run[], baseBold: boolean): Word[] {
  const words: Word[] = [];
  let word: Word = [];
  for (const run of runs) {
    const parts = run.text.replace(/[\t\n]+/g, ' ').split(' ');
    parts.forEach((part, i) => {
      if (i > 0 && word.length) {
        words.push(word);
        word = [];
      }
      if (part) word.push({ text: part, bold: run.bold || baseBold, href: run.href });
    });
  }
  if (word.length) words.push(word);
  return words;
}

function wordWidth(word: Word, size: number): number {
  return word.reduce((sum, f) => sum + textWidth(f.text, size, weightOf(f.bold)), 0);
}

/** Joins the words of a line into as few pieces as possible (one per style), with x offsets. */
function layoutLine(words: Word[], size: number): Line {
  const pieces: Piece[] = [];
  let x = 0;
  words.forEach((word, wi) => {
    word.forEach((frag, fi) => {
      const lead = wi > 0 && fi === 0 ? ' ' : '';
      const prev = pieces[pieces.length - 1];
      if (prev && prev.bold === frag.bold && prev.href === frag.href) {
        const add = lead + frag.text;
        const w = textWidth(add, size, weightOf(frag.bold));
        prev.text += add;
        prev.width += w;
        x += w;
      } else {
        if (lead) x += textWidth(' ', size, weightOf(frag.bold));
        const w = textWidth(frag.text, size, weightOf(frag.bold));
        pieces.push({ text: frag.text, bold: frag.bold, href: frag.href, x, width: w });
        x += w;
      }
    });
  });
  return { pieces, width: x };
}

function splitLongWord(word: Word, maxWidth: number, size: number): Word[] {
  const parts: Word[] = [];
  let part: Word = [];
  let width = 0;
  for (const frag of word) {
    // Break points: after / . - ? & = @ _ (URL punctuation), or between any two characters.
    const chunks = frag.text.match(/[^/.\-?&=@_]*[/.\-?&=@_]?/g)!.filter(Boolean);
    for (const chunk of chunks) {
      for (const piece of fitChunk(chunk, maxWidth, size, frag.bold)) {
        const w = textWidth(piece, size, weightOf(frag.bold));
        if (width + w > maxWidth && part.length) {
          parts.push(part);
          part = [];
          width = 0;
        }
        const prev = part[part.length - 1];
        if (prev && prev.bold === frag.bold && prev.href === frag.href) prev.text += piece;
        else part.push({ text: piece, bold: frag.bold, href: frag.href });
        width += w;
      }
    }
  }
  if (part.length) parts.push(part);
  return parts;
}

/** A chunk without break points that is still too wide is cut between characters. */
function fitChunk(chunk: string, maxWidth: number, size: number, bold: boolean): string[] {
  if (textWidth(chunk, size, weightOf(bold)) <= maxWidth) return [chunk];
  const out: string[] = [];
  let cur = '';
  for (const ch of chunk) {
    if (cur && textWidth(cur + ch, size, weightOf(bold)) > maxWidth) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
