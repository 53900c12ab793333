/**
 * Warnings an editor has checked: a comment `# kontrollert: <why>` on the line a warning points at
 * acknowledges every warning of that line, and `--strict` passes.
 *
 *   des: 7632537 # kontrollert: står slik i kilden (SOURCE-NOTES.md 2.2)
 *
 * In a chart's CSV file the comment is a cell after the numbers of the row, which is the line the
 * warning points at: `2024;…;7 632 537;# kontrollert: står slik i kilden` (validate/chartData.ts).
 *
 * The reason is required: without one the warning stands, and the comment gets a warning of its
 * own. A `# kontrollert` on a line that has no warning (any more) is reported, so that old ones do
 * not pile up; `deck new-month` takes them all away (the new month is checked anew). Only warnings
 * of content files (data sanity, sections) can be acknowledged; errors never.
 */
import { Parser } from 'yaml';
import type { Problem } from '../errors.js';
import type { SourceFile } from '../load/sourceFile.js';
import { msg } from '../messages/index.js';

export interface Acknowledgement {
  file: string;
  line: number;
  col: number;
  /** The reason as written; '' when there is none. */
  reason: string;
  /** Where the comment stands in the text, from `#` to its end. */
  start: number;
  end: number;
}

const ACK = /^#\s*kontrollert\b\s*:?\s*(.*?)\s*$/i;

/** The reason of a comment that acknowledges (`# kontrollert: …`; '' without a reason), or undefined for any other comment. */
export function acknowledgementIn(comment: string): string | undefined {
  return ACK.exec(comment.trim())?.[1];
}

/** The YAML comments of a text, with their offsets (what the document model drops). */
export function comments(text: string): { offset: number; source: string }[] {
  const found: { offset: number; source: string }[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const t = n as { type?: string; offset?: number; source?: string };
      if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') found.push({ offset: t.offset, source: t.source });
      else for (const v of Object.values(n)) walk(v);
    }
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found;
}

/** Every `# kontrollert` comment of a file. */
/** By parsed file: deck watch parses only the files that changed, so an unchanged one is the same object. */
const found = new WeakMap<object, Acknowledgement[]>();

export function acknowledgements(file: Pick<SourceFile, 'path' | 'text' | 'lines'>): Acknowledgement[] {
  // Reading the comments parses the text once more: not for the many files without the word.
  if (!/kontrollert/i.test(file.text)) return [];
  let acks = found.get(file);
  if (!acks) found.set(file, (acks = commentAcknowledgements(file)));
  return acks;
}

function commentAcknowledgements(file: Pick<SourceFile, 'path' | 'text' | 'lines'>): Acknowledgement[] {
  return comments(file.text).flatMap(({ offset, source }) => {
    const reason = acknowledgementIn(source);
    if (reason === undefined) return [];
    const at = file.lines.linePos(offset);
    return [{ file: file.path, line: at.line, col: at.col, reason, start: offset, end: offset + source.length }];
  });
}

export interface Acknowledged {
  /** The problems left: errors, warnings not acknowledged, and warnings about the comments themselves. */
  problems: Problem[];
  /** The warnings that a comment with a reason acknowledges. */
  acknowledged: { warning: Problem; reason: string }[];
}

/**
 * Takes the acknowledged warnings out of `problems`, and reports comments that acknowledge nothing
 * or give no reason. `more`: acknowledgements found elsewhere (in a chart's CSV file).
 */
export function applyAcknowledgements(problems: readonly Problem[], files: readonly SourceFile[], more: readonly Acknowledgement[] = []): Acknowledged {
  const acks = [...files.flatMap(acknowledgements), ...more];
  const key = (file: string, line: number) => `${file}\u0000${line}`;
  const byLine = new Map(acks.map((a) => [key(a.file, a.line), a]));
  const used = new Set<Acknowledgement>();
  const left: Problem[] = [];
  const acknowledged: Acknowledged['acknowledged'] = [];
  for (const p of problems) {
    const ack = p.severity === 'warning' && p.line > 0 ? byLine.get(key(p.file, p.line)) : undefined;
    if (ack) used.add(ack);
    if (ack?.reason) acknowledged.push({ warning: p, reason: ack.reason });
    else left.push(p);
  }
  const m = msg().checked;
  for (const a of acks) {
    const at = { file: a.file, line: a.line, col: a.col, severity: 'warning' as const };
    if (!used.has(a)) left.push({ ...at, message: m.stale(a.reason) });
    else if (!a.reason) left.push({ ...at, message: m.noReason() });
  }
  return { problems: left, acknowledged };
}

/** The text without its `# kontrollert` comments (and the spaces before them); what new-month copies. */
export function withoutAcknowledgements(file: Pick<SourceFile, 'path' | 'text' | 'lines'>): { text: string; removed: Acknowledgement[] } {
  const removed = acknowledgements(file);
  let text = file.text;
  for (const a of [...removed].reverse()) {
    let start = a.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    // A comment alone on its line goes with its line.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const alone = start === lineStart;
    const end = alone && text[a.end] === '\n' ? a.end + 1 : a.end;
    text = text.slice(0, start) + text.slice(end);
  }
  return { text, removed };
}
