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

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.col}` : p.file;
  return `${where}: ${p.severity === 'warning' ? msg().common.warning : ''}${p.message}`;
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
