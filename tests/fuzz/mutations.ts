/**
 * Bounded mutations of an edition's files, as an unlucky editor or an adversary makes them: a line
 * deleted, duplicated or moved, a character changed, indenting changed, a value replaced by one of
 * another type, a file cut short. Positions are taken modulo the text's size, so every mutation
 * applies to every file.
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'deleteLine'; line: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'changeChar'; at: number; how: 'insert' | 'replace' | 'delete'; char: string }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'retype'; line: number; value: string }
  | { kind: 'truncate'; at: number };

/** Characters that mean something to YAML, to deck's markup or to a terminal, and some that do not. */
export const CHARS = [':', '-', ' ', '"', "'", '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\t', '\n', '\r', ',', '%', '@', '`', '~', '?', '\\',
  'a', 'Z', '0', '9', '.', 'æ', '–', '«', '😀', '中', '\u0000', '\u001b', '\u009b', '\u202e', '\ufeff', '\u00a0', '\ufffd'];

/** Values of other types and shapes, put where a value was. */
export const VALUES = ['[]', '{}', '~', '', '0', '-5', '1e400', '.nan', '-.inf', 'true', 'null', '"tekst"', "'tekst'", '[1, 2]', '{a: 1}', '&x v', '*x', '*nope',
  '!!binary aGVp', '!tag x', '|', '>-', '99999999999999999999', '"2025-13"', '__proto__', 'constructor', '"[a](javascript:x)"', '"[a](www.x.no)"', '"**fet"', '😀',
  '"7.120.449"', '"1,530"', '"99,5 %"', 'des', '"2025"', '- x', 'a: b: c', '"\\e[31m"'];

const line = fc.nat({ max: 200 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), line }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line }),
  fc.record({ kind: fc.constant('swapLines' as const), a: line, b: line }),
  fc.record({ kind: fc.constant('changeChar' as const), at: fc.nat({ max: 5000 }), how: fc.constantFrom('insert' as const, 'replace' as const, 'delete' as const), char: fc.constantFrom(...CHARS) }),
  fc.record({ kind: fc.constant('indent' as const), line, by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('retype' as const), line, value: fc.constantFrom(...VALUES) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: 5000 }) }),
);

export function applyAll(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(apply, text);
}

function apply(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const at = (n: number) => n % lines.length;
  switch (m.kind) {
    case 'deleteLine':
      lines.splice(at(m.line), 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(at(m.line), 0, lines[at(m.line)]!);
      return lines.join('\n');
    case 'swapLines': {
      const [a, b] = [at(m.a), at(m.b)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'changeChar': {
      const i = m.at % (text.length + 1);
      if (m.how === 'insert') return text.slice(0, i) + m.char + text.slice(i);
      if (m.how === 'replace') return text.slice(0, i) + m.char + text.slice(i + 1);
      return text.slice(0, i) + text.slice(i + 1);
    }
    case 'indent': {
      const i = at(m.line);
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'retype': {
      const i = at(m.line);
      const field = /^(\s*(?:- )?[^:#"'\s][^:#]*:)(\s.*)?$/.exec(lines[i]!);
      const item = /^(\s*- )(.*)$/.exec(lines[i]!);
      if (field) lines[i] = `${field[1]} ${m.value}`;
      else if (item) lines[i] = `${item[1]}${m.value}`;
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
}
