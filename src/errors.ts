/**
 * Errors a user can act on. A ContentError names the place in a content file; a UsageError is a
 * wrong command line. Anything else that is thrown is a bug and keeps its stack trace.
 */
import { msg } from './messages/index.js';

export const EXIT = Object.freeze({ ok: 0, content: 1, usage: 2 });

export interface SourcePos {
  /** Path as the user knows it (relative to the working directory). */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  col: number;
}

export interface Problem extends SourcePos {
  message: string;
  severity: 'error' | 'warning';
}

/** Characters that a terminal obeys instead of showing: C0 and C1 controls, line and direction marks. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A text from content (a file name, a value quoted in a message) made safe to print: control
 * characters are shown as escapes (\n, \x1B, \u202E), so that a message cannot colour, move,
 * clear or retitle the editor's terminal, or turn text around, whatever the content holds.
 */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.col}` : p.file;
  return printable(`${where}: ${p.severity === 'warning' ? msg().common.warning : ''}${p.message}`);
}

export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    // The same problem found on several slides (a deck-wide text such as the footer) is told once.
    const unique = [...new Map(problems.map((p) => [formatProblem(p), p])).values()];
    super(unique.map(formatProblem).join('\n'));
    this.problems = unique;
    this.name = 'ContentError';
  }

  static at(pos: SourcePos, message: string): ContentError {
    return new ContentError([{ ...pos, message, severity: 'error' }]);
  }
}

export class UsageError extends Error {
  override name = 'UsageError';
}
