/**
 * YAML syntax errors as an editor can act on them: where the mistake is (not where the parser gave
 * up), what it is in plain words, and how to fix it. The cases are the ones editors make:
 *
 *   an unclosed quote or bracket   the parser stops at the end of the file; point at the opening one
 *   "Merk: …" as plain text        a colon and a space start a new field; say to use quotes
 *   a line indented too far        one mistake, two or four parser errors; report it once
 *   a tab for indenting            say to use spaces
 */
import type { Document, LineCounter, YAMLError } from 'yaml';
import type { Problem } from '../errors.js';
import { msg } from '../messages/index.js';

export function yamlProblems(path: string, text: string, doc: Document.Parsed, lines: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const errors = doc.errors as YAMLError[];
  for (const err of [...errors, ...(doc.warnings as YAMLError[])]) {
    const isError = errors.includes(err);
    // The indentation case reports "nested mapping" and "multi-line key" at the same place: keep the latter.
    if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && errors.some((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === err.pos[0])) continue;
    const { offset, message } = explain(err, text);
    const at = lines.linePos(offset);
    const key = `${at.line}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file: path, line: at.line, col: at.col, severity: isError ? 'error' : 'warning', message });
  }
  return problems;
}

function explain(err: YAMLError, text: string): { offset: number; message: string } {
  const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = err.pos[0];
  const quote = /^Missing closing (["'])quote/.exec(first)?.[1];
  if (quote) {
    const open = unclosedQuote(text, at, quote);
    if (open !== undefined) return { offset: open, message: msg().yaml.unclosedQuote(quote) };
  }
  const flow = /Flow (sequence|mapping)/.exec(first)?.[1];
  if (flow && /end with a|Missing/.test(first)) {
    const [o, c] = flow === 'sequence' ? ['[', ']'] : ['{', '}'];
    const open = unclosedBracket(text, at, o, c);
    if (open !== undefined) return { offset: open, message: msg().yaml.unclosedBracket(o, c) };
  }
  const m = msg().yaml;
  switch (err.code) {
    case 'DUPLICATE_KEY':
      return { offset: at, message: m.duplicateKey(/^("[^"]*"|'[^']*'|[^:\n]*)/.exec(text.slice(at))![1]!.replace(/^["']|["']$/g, '').trim()) };
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const line = lineAt(text, at);
      const kv = /^\s*(?:-\s+)?([^:]+):\s+(.*)$/.exec(line);
      return { offset: at, message: m.colonInText(kv?.[1]?.trim() ?? 'title', kv?.[2]?.trim() ?? '…') };
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return { offset: at, message: m.indentedTooFar() };
    case 'TAB_AS_INDENT':
      return { offset: at, message: m.tab() };
    default:
      return { offset: at, message: m.other() };
  }
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Where the unclosed quote opens: inside an unclosed quoted text no unescaped quote of its kind can
 * occur, so it is the last such quote on the nearest line above with an odd number of them.
 */
function unclosedQuote(text: string, before: number, q: string): number | undefined {
  const lines = text.slice(0, before).split('\n');
  let offset = lines.slice(0, -1).reduce((n, l) => n + l.length + 1, 0);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const quotes = [...line.matchAll(q === '"' ? /(?<!\\)"/g : /'/g)].filter((m) => q === '"' || !/''/.test(line.slice(m.index! - 1, m.index! + 2)));
    if (quotes.length % 2 === 1) return offset + quotes[quotes.length - 1]!.index!;
    if (i > 0) offset -= lines[i - 1]!.length + 1;
  }
  return undefined;
}

/** The last bracket `open` before `before` that is not closed before it. */
function unclosedBracket(text: string, before: number, open: string, close: string): number | undefined {
  const stack: number[] = [];
  for (let i = 0; i < Math.min(before, text.length); i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close) stack.pop();
  }
  return stack.pop();
}
