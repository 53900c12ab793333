/**
 * YAML syntax errors as an editor can act on them: where the mistake is (not where the parser gave
 * up), what it is in plain words, and how to fix it; one message per mistake.
 *
 * The parser says that the file is broken; the text says where and how (yamlMistakes.ts). Each
 * mistake found is corrected in a copy of the text and the copy parsed again, so that a second,
 * separate mistake gets its own message and what merely follows from the first gets none. What the
 * text does not explain is reported once, at the parser's first error.
 */
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Problem } from '../errors.js';
import { msg } from '../messages/index.js';
import { firstMistake, type Mistake } from './yamlMistakes.js';

/** More separate mistakes than this in one file are left for the next run. */
const MAX_MISTAKES = 10;

export function yamlProblems(path: string, text: string, doc: Document.Parsed, lines: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const at = (offset: number) => lines.linePos(offset);
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  // A key twice is a mistake of its own, but in a file that does not parse it may only seem so:
  // duplicates are looked for in the text as corrected.
  const { found, corrected } = syntax.length ? syntaxProblems(path, text) : { found: [], corrected: text };
  problems.push(...found);
  // Without syntax errors the text is the one already parsed (with the same options): no second parse.
  if (corrected !== undefined) problems.push(...duplicateKeys(path, corrected, corrected === text ? { doc, lines } : undefined));
  for (const w of doc.warnings) {
    const pos = at(w.pos[0]);
    problems.push({ file: path, line: pos.line, col: pos.col, severity: 'warning', message: msg().yaml.other() });
  }
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** The syntax mistakes, and the text with them corrected (undefined when it still does not parse). */
function syntaxProblems(path: string, text: string): { found: Problem[]; corrected?: string } {
  const found: Problem[] = [];
  let current = text;
  for (let round = 0; round < MAX_MISTAKES; round++) {
    const m = firstMistake(current);
    if (!m || found.some((p) => p.line === m.line)) break;
    found.push({ file: path, line: m.line, col: m.col, severity: 'error', message: describe(m) });
    // Behind tabs the intended indenting is unknown: the rest waits until they are spaces.
    if (m.kind === 'tab') return { found };
    current = m.fixed.join('\n');
    if (syntaxErrors(current).errors.length === 0) return { found, corrected: current };
  }
  const { errors, lines } = syntaxErrors(current);
  const first = errors[0];
  if (first) {
    const { offset, message } = explain(first, current);
    const pos = lines.linePos(offset);
    if (!found.some((p) => p.line === pos.line)) found.push({ file: path, line: pos.line, col: pos.col, severity: 'error', message });
  }
  return { found };
}

function duplicateKeys(path: string, text: string, parsed?: { doc: Document.Parsed; lines: LineCounter }): Problem[] {
  const lines = parsed?.lines ?? new LineCounter();
  const doc = parsed?.doc ?? parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  return doc.errors
    .filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => ({ file: path, ...lines.linePos(e.pos[0]), severity: 'error' as const, message: msg().yaml.duplicateKey(keyAt(text, e.pos[0])) }));
}

function syntaxErrors(text: string): { errors: YAMLError[]; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  return { errors: doc.errors, lines };
}

function describe(m: Mistake): string {
  const y = msg().yaml;
  switch (m.kind) {
    case 'tab': return y.tab(m.more);
    case 'missingColon': return y.missingColon(m.key, m.value);
    case 'missingSpace': return y.missingSpace(m.key, m.value);
    case 'indentField': return y.indentField(m.name, m.has, m.expected, m.refName, m.refLine);
    case 'indentItem': return y.indentItem(m.has, m.expected, m.refLine);
    case 'itemAmongFields': return y.itemAmongFields(m.refName, m.refLine);
    case 'fieldAmongItems': return y.fieldAmongItems(m.name, m.refLine);
    case 'unclosedQuote': return y.unclosedQuote(m.quote);
    case 'textAfterQuote': return y.textAfterQuote(m.after);
    case 'colonInText': return y.colonInText(m.key, m.text);
    case 'unclosedBracket': return y.unclosedBracket(m.open, m.close);
  }
}

/** The parser's own error, for what the text does not explain: an unclosed quote or bracket at its start. */
function explain(err: YAMLError, text: string): { offset: number; message: string } {
  const first = err.message.split('\n')[0]!;
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
  return { offset: at, message: msg().yaml.other() };
}

/** The field name on the line of `offset` (a duplicate key), without its quotes. */
function keyAt(text: string, offset: number): string {
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1).split('\n')[0]!;
  const m = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^:#]*?)\s*:(\s|$)/.exec(line);
  return (m?.[1] ?? line.trim()).replace(/^["']|["']$/g, '');
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
