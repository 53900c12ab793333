import { LineCounter, parseDocument, type Document, isNode, type Node } from 'yaml';
import type { Problem, SourcePos } from '../errors.js';
import { msg } from '../messages/index.js';
import { found } from '../messages/types.js';
import { afterParsing, beforeParsing, lineAndColumn, readValue, type LimitProblem } from './inputLimits.js';
import { yamlProblems } from './yamlErrors.js';

/** A parsed YAML file that still knows where every value came from. */
export interface SourceFile {
  /** Path as shown to the user. */
  path: string;
  /** The text as read (for what the document model does not keep: where each comment stands). */
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** A file whose content cannot be used (its problem is reported): it counts as empty. */
export function emptySource(path: string): SourceFile {
  return { path, text: '', doc: parseDocument(''), lines: new LineCounter() };
}

/**
 * The files parsed by an earlier load, by path, for a caller that loads the same folder again
 * (deck watch): a file whose text has not changed is not parsed again. What parsing returns is
 * never changed afterwards.
 */
export type ParsedFiles = Map<string, { text: string; parsed: { file: SourceFile; problems: Problem[] } }>;

/** parseSource, or the result of parsing the same text at the same path before. */
export function parseSourceOnce(path: string, text: string, memo?: ParsedFiles): { file: SourceFile; problems: Problem[] } {
  const known = memo?.get(path);
  if (known?.text === text) return known.parsed;
  const parsed = parseSource(path, text);
  memo?.set(path, { text, parsed });
  return parsed;
}

export function parseSource(path: string, text: string): { file: SourceFile; problems: Problem[] } {
  const notText = notPlainText(path, text);
  if (notText) return { file: emptySource(path), problems: [notText] };
  const early = beforeParsing(text);
  if (early) return { file: emptySource(path), problems: [{ file: path, ...lineAndColumn(text, early.offset), severity: 'error', message: early.message }] };
  const lines = new LineCounter();
  // Duplicate keys are found by yamlErrors.ts in one pass; the parser's own check takes time that
  // grows with the square of the number of keys.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const file: SourceFile = { path, text, doc, lines };
  const problems: Problem[] = yamlProblems(path, text, doc, lines);
  const refused = (p: LimitProblem) => ({ file: emptySource(path), problems: [...problems, { file: path, ...lines.linePos(p.offset), severity: 'error' as const, message: p.message }] });
  if (doc.errors.length === 0 && !problems.some((p) => p.severity === 'error')) {
    const limit = afterParsing(doc);
    if (limit) return refused(limit);
    const read = readValue(doc);
    if ('message' in read) return refused(read);
    const value = read.value;
    if (value === null || value === undefined) {
      problems.push({ file: path, line: 1, col: 1, severity: 'error', message: msg().load.emptyFile() });
    } else if (typeof value !== 'object' || Array.isArray(value)) {
      const at = posOfNode(file, doc.contents as Node | null);
      // "layout:text" without the space after the colon is one word to YAML.
      const missingSpace = typeof value === 'string' && /(^|\s)[a-z][\w-]*:[^\s/]/i.test(value);
      problems.push({ ...at, severity: 'error', message: msg().load.notFields(found(value), missingSpace) });
    }
  }
  // A file with a mistake counts as empty: what follows (the content model) sees only good files.
  if (problems.some((p) => p.severity === 'error')) return { file: emptySource(path), problems };
  return { file, problems };
}

/**
 * A picture or a Word file saved under a .yaml name, or text saved in another encoding than UTF-8:
 * said plainly, instead of YAML errors full of control characters.
 */
function notPlainText(path: string, text: string): Problem | undefined {
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    return { file: path, line: 1, col: 1, severity: 'error', message: msg().load.notText() };
  }
  // A CR without LF: line breaks of an old Mac editor, which YAML here does not take as line
  // breaks (a file of only CRs would look empty, and one with text would be one long line).
  const cr = /\r(?!\n)/.exec(text);
  if (cr) {
    const before = text.slice(0, cr.index).split('\n');
    return { file: path, line: before.length, col: before[before.length - 1]!.length + 1, severity: 'error', message: msg().load.oldLineBreaks() };
  }
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) {
    const before = text.slice(0, bad).split('\n');
    return {
      file: path,
      line: before.length,
      col: before[before.length - 1]!.length + 1,
      severity: 'error',
      message: msg().load.notUtf8(),
    };
  }
  return undefined;
}

export function posOfNode(file: SourceFile, node: Node | null | undefined): SourcePos {
  const offset = node && isNode(node) && node.range ? node.range[0] : 0;
  const at = file.lines.linePos(offset);
  return { file: file.path, line: at.line, col: at.col };
}

/**
 * The position of the value at `path`, or of the closest existing ancestor. With `key: true`,
 * the position of the key that holds the value (for "unknown key" messages).
 */
export function posOfPath(file: SourceFile, path: readonly PropertyKey[], opts: { key?: boolean } = {}): SourcePos {
  let node: unknown = file.doc.contents;
  let keyNode: unknown = undefined;
  for (const seg of path) {
    const items = (node as { items?: unknown[] } | null)?.items;
    if (!items) break;
    let next: unknown = undefined;
    let nextKey: unknown = undefined;
    if (typeof seg === 'number' && !(items[0] && typeof items[0] === 'object' && 'key' in (items[0] as object))) {
      next = items[seg];
    } else {
      for (const pair of items as { key?: { value?: unknown }; value?: unknown }[]) {
        const k = pair.key && typeof pair.key === 'object' ? pair.key.value : pair.key;
        if (String(k) === String(seg)) {
          next = pair.value ?? pair.key;
          nextKey = pair.key;
          break;
        }
      }
    }
    if (next === undefined) break;
    node = next;
    keyNode = nextKey;
  }
  return posOfNode(file, (opts.key && keyNode ? keyNode : node) as Node);
}
