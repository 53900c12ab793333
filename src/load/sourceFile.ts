import { LineCounter, parseDocument, type Document, isNode, type Node } from 'yaml';
import type { Problem, SourcePos } from '../errors.js';

/** A parsed YAML file that still knows where every value came from. */
export interface SourceFile {
  /** Path as shown to the user. */
  path: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export function parseSource(path: string, text: string): { file: SourceFile; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const file: SourceFile = { path, doc, lines };
  const problems: Problem[] = [];
  for (const err of [...doc.errors, ...doc.warnings]) {
    const at = lines.linePos(err.pos[0]);
    problems.push({
      file: path,
      line: at.line,
      col: at.col,
      severity: doc.errors.includes(err as never) ? 'error' : 'warning',
      message: yamlMessage(err.code, err.message),
    });
  }
  if (problems.length === 0) {
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) {
      problems.push({ file: path, line: 1, col: 1, severity: 'error', message: 'the file is empty; expected fields such as "layout: text" and "title: …"' });
    } else if (typeof value !== 'object' || Array.isArray(value)) {
      const at = posOfNode(file, doc.contents as Node | null);
      problems.push({ ...at, severity: 'error', message: `expected a mapping of fields ("key: value" lines), found ${describeValue(value)}` });
    }
  }
  return { file, problems };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'this key appears twice in the same mapping; keep one of them';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return `YAML syntax error: ${first}; check the indentation and quotes on this line`;
    default:
      return `YAML syntax error: ${first}`;
  }
}

export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text "${v.length > 40 ? v.slice(0, 37) + '…' : v}"`;
  return `${typeof v === 'number' ? 'the number' : 'the value'} ${String(v)}`;
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
