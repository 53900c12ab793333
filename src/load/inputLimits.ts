/**
 * The limits of limits.ts applied to a content file's text, each in one pass over the input:
 *
 *   before parsing   lines no longer than LIMITS.lineChars; lists and groups no deeper than the
 *                    parser can take (flow brackets counted by YAML's own lexer, block indenting
 *                    from the lines); no more than LIMITS.aliases aliases (`*name`)
 *   after parsing    every list and group within LIMITS.entries and LIMITS.depth, every text within
 *                    LIMITS.textChars; every field name a plain name that cannot reach an object's
 *                    prototype (`__proto__`, `constructor`, `prototype` are refused)
 *
 * Each problem stands at the place in the file where the limit is passed, and the file then counts
 * as empty (sourceFile.ts), so that nothing after it works on input it cannot take.
 */
import { isAlias, isMap, isScalar, isSeq, Lexer, type Document, type Node } from 'yaml';
import { msg } from '../messages/index.js';
import { LIMITS } from './limits.js';

export interface LimitProblem {
  /** Offset in the text. */
  offset: number;
  message: string;
}

/**
 * A nested block collection is indented further than the one around it, or shares its column once
 * (a list under a field), so the column where a line's content starts bounds how deep it can be.
 * This column is far beyond any real content and far below what the parser takes (about 1 000 levels).
 */
const MAX_CONTENT_COLUMN = 120;

/** Keys that would reach an object's prototype once the content is read into objects. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function beforeParsing(text: string): LimitProblem | undefined {
  return lineProblem(text) ?? tokenProblem(text);
}

function lineProblem(text: string): LimitProblem | undefined {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text[end - 1] === '\r') end--;
    if (end - start > LIMITS.lineChars) return { offset: start + LIMITS.lineChars, message: msg().security.lineTooLong(end - start, LIMITS.lineChars) };
    // The column where the line's content starts, past its indenting and any «- » or «? » in front.
    for (let col = start; col < end; ) {
      while (text[col] === ' ') col++;
      if (col - start > MAX_CONTENT_COLUMN && col < end) return { offset: col, message: msg().security.tooDeep(LIMITS.depth) };
      if ((text[col] === '-' || text[col] === '?') && (text[col + 1] === ' ' || text[col + 1] === '\t')) col += 2;
      else break;
    }
    start = end + (text[end] === '\r' ? 2 : 1);
  }
  return undefined;
}

/** Flow brackets ([ ], { }) and aliases, as YAML's lexer sees them (not inside quoted or plain texts). */
function tokenProblem(text: string): LimitProblem | undefined {
  let offset = 0;
  let depth = 0;
  let aliases = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer's markers (one control character each) stand for no text; the text cannot hold
    // them (sourceFile.ts refuses control characters first).
    if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t' && token !== '\r') continue;
    const c = token[0];
    if (c === '[' || c === '{') {
      if (token.length === 1 && ++depth > LIMITS.depth) return { offset, message: msg().security.tooDeep(LIMITS.depth) };
    } else if ((c === ']' || c === '}') && token.length === 1) depth = Math.max(0, depth - 1);
    else if (c === '*' && ++aliases > LIMITS.aliases) return { offset, message: msg().security.tooManyAliases(LIMITS.aliases) };
    offset += token.length;
  }
  return undefined;
}

/** The limits on the parsed file; depth is bounded by beforeParsing, so the walk may recurse. */
export function afterParsing(doc: Document.Parsed): LimitProblem | undefined {
  const walk = (node: unknown, depth: number): LimitProblem | undefined => {
    if (depth > LIMITS.depth) return at(node, msg().security.tooDeep(LIMITS.depth));
    if (isScalar(node)) {
      return typeof node.value === 'string' && node.value.length > LIMITS.textChars ? at(node, msg().security.textTooLong(node.value.length, LIMITS.textChars)) : undefined;
    }
    if (isSeq(node) || isMap(node)) {
      if (node.items.length > LIMITS.entries) return at(node, msg().security.tooManyEntries(node.items.length, LIMITS.entries));
      for (const item of node.items) {
        if (isSeq(node)) {
          const p = walk(item, depth + 1);
          if (p) return p;
          continue;
        }
        const { key, value } = item as { key: unknown; value: unknown };
        if (key !== null && !isScalar(key) && !isAlias(key)) return at(key, msg().security.keyNotAName());
        if (isScalar(key) && RESERVED_KEYS.has(String(key.value))) return at(key, msg().security.reservedKey(String(key.value)));
        const p = walk(key, depth + 1) ?? walk(value, depth + 1);
        if (p) return p;
      }
    }
    return undefined;
  };
  return walk(doc.contents, 0);
}

function at(node: unknown, message: string): LimitProblem {
  return { offset: (node as Node | null)?.range?.[0] ?? 0, message };
}

/**
 * Reading the file into plain values, which is where aliases are expanded: an alias that makes the
 * file grow out of all measure (an «alias bomb») is refused at the first alias instead.
 */
export function readValue(doc: Document.Parsed): { value: unknown } | LimitProblem {
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    let offset = 0;
    const find = (node: unknown): boolean => {
      if (isAlias(node)) {
        offset = node.range?.[0] ?? 0;
        return true;
      }
      if (isSeq(node)) return node.items.some(find);
      if (isMap(node)) return node.items.some((p) => find(p.key) || find(p.value));
      return false;
    };
    find(doc.contents);
    return { offset, message: msg().security.aliasBomb() };
  }
}

/** Line and column (1-based) of an offset, for a problem found before the parser counted the lines. */
export function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
