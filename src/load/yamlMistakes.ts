/**
 * The editor's mistake in a file that the YAML parser rejects, found from the text line by line.
 *
 * The parser's errors point where it gave up, which is rarely where the mistake is: a line indented
 * one space too little is reported on the line above it and then on every line after it; a missing
 * colon or `layout:chart` is «the line after this one is indented further»; an unclosed quote is
 * reported at the end of the file, or at the next quote. Editors write a small part of YAML (fields,
 * lists, quoted and plain text, one-line [lists]), so the text itself says what was meant:
 *
 *   tab          a tab among the spaces in front of a line
 *   missingColon `title Oppsummering` where the lines around are fields
 *   missingSpace `layout:chart`
 *   indent       a field or a list item that is not in the column of the fields (items) around it
 *   itemAmongFields / fieldAmongItems   a `- ` line where fields are, or a field where items are
 *   quote        a text that starts with a quote that is not closed on its line, or goes on after it
 *   colonInText  `title: Merk: dette` (a colon and a space inside plain text)
 *   bracket      a [ or { that is never closed
 *
 * Each mistake comes with the line as it should be, so that the caller can correct it and look for
 * the next one (yamlErrors.ts): one message per mistake, none for what follows from it.
 */

import { parseDocument } from 'yaml';

export type Mistake = { line: number; col: number; fixed: string[] } & (
  | { kind: 'tab'; more: number[] }
  | { kind: 'missingColon'; key: string; value: string }
  | { kind: 'missingSpace'; key: string; value: string }
  | { kind: 'indentField'; name: string; has: number; expected: number; refName: string; refLine: number }
  | { kind: 'indentItem'; has: number; expected: number; refLine: number }
  | { kind: 'itemAmongFields'; refName: string; refLine: number }
  | { kind: 'fieldAmongItems'; name: string; refLine: number }
  | { kind: 'unclosedQuote'; quote: string }
  | { kind: 'textAfterQuote'; after: string }
  | { kind: 'colonInText'; key: string; text: string }
  | { kind: 'unclosedBracket'; open: string; close: string }
);

type Kind = Mistake['kind'];
type Found = { [K in Kind]: Omit<Extract<Mistake, { kind: K }>, 'fixed'> & { fix: (lines: string[]) => void; alternatives?: Found[] } }[Kind];

/** A level of nesting: the fields of one mapping or the items of one list, all in one column. */
interface Level {
  indent: number;
  kind: 'map' | 'seq';
  /** The latest line of this level, and its field name (for a mapping). */
  line: number;
  name: string;
  /** The first line of the level, and how many lines it has so far. */
  first: number;
  count: number;
}

/** What a line (or the part of it after `- `) holds. */
type Content =
  | { kind: 'key'; key: string; valueCol: number; value: Value }
  | { kind: 'scalar'; value: Value }
  | { kind: 'empty' };

type Value =
  | { kind: 'none' }
  | { kind: 'plain'; text: string }
  | { kind: 'quoted'; quote: string; closed: boolean; after: string; afterCol: number }
  | { kind: 'flow'; closed: boolean; open: string }
  | { kind: 'block' };

const KEY_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;

/** The first mistake in `text`, or undefined when the text is as an editor would write it. */
export function firstMistake(text: string): Mistake | undefined {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const found = scan(lines);
  if (!found) return undefined;
  const candidates = [found, ...(found.alternatives ?? [])].map((f) => {
    const fixed = [...lines];
    f.fix(fixed);
    const { fix: _fix, alternatives: _alt, ...mistake } = f;
    return { mistake: { ...mistake, fixed } as Mistake, left: parseDocument(fixed.join('\n')).errors.length };
  });
  // Of several readings, the one whose correction leaves fewer parser errors (a key twice counts)
  // is the editor's mistake; when two do as well, the one that puts the line in an even column
  // (files indent by two), then the first.
  const even = (m: Mistake) => (m.kind === 'indentField' || m.kind === 'indentItem') && m.expected % 2 === 0;
  return candidates.sort((a, b) => a.left - b.left || Number(even(b.mistake)) - Number(even(a.mistake)))[0]!.mistake;
}

function scan(lines: string[]): Found | undefined {
  const tabs = lines.flatMap((l, i) => (/^ *\t/.test(l) ? [i + 1] : []));
  const stack: Level[] = [];
  /** The line before opened a block (`key:` or `-` with nothing after it). */
  let open: { indent: number; kind: 'key' | 'item' } | undefined;
  /** The line before ended in plain text, which may go on on deeper lines. */
  let plain: { indent: number } | undefined;
  /** Inside a block of text (`|`, `>`) owned by a line at this indent. */
  let block: number | undefined;
  /** The line before was a list item with plain text: `- text Ved kritiske hendelser`. */
  let itemText: { no: number; col: number } | undefined;
  /** Inside a text or [list] that goes on from an earlier line. */
  let carry: { until: (line: string) => number | undefined } | undefined;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const no = i + 1;
    if (carry) {
      const end = carry.until(raw);
      if (end === undefined) continue;
      carry = undefined;
      continue;
    }
    if (/^\s*(#.*)?$/.test(raw) || /^(---|\.\.\.)\s*$/.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    if (block !== undefined) {
      if (indent > block) continue;
      block = undefined;
    }
    if (tabs.includes(no) && /^ *\t/.test(raw)) {
      return {
        kind: 'tab', line: no, col: raw.indexOf('\t') + 1, more: tabs.filter((t) => t !== no),
        fix: (ls) => {
          for (const t of tabs) ls[t - 1] = ls[t - 1]!.replace(/^[ \t]+/, (ws) => ws.replace(/\t/g, '  '));
        },
      };
    }
    const body = raw.slice(indent);
    const isItem = /^-( |$)/.test(body);
    const itemCol = isItem ? indent + 1 + (body.slice(1).length - body.slice(1).trimStart().length) : indent;
    const content = isItem ? readContent(raw, itemCol) : readContent(raw, indent);
    const kind: 'item' | 'key' | 'other' = isItem ? 'item' : content.kind === 'key' ? 'key' : 'other';

    // A line deeper than the one before, where the one before opened a block: a new level.
    let opened = false;
    if (open && (indent > open.indent || (open.kind === 'key' && kind === 'item' && indent === open.indent))) {
      if (kind === 'other' && !nextIsField(lines, i, indent)) {
        // `body:` with the text on the next line: the text is the value.
        plain = { indent: open.indent };
        open = undefined;
        const v = content.kind === 'scalar' ? content.value : undefined;
        const m = v && valueMistake(v, raw, no, lines, indent, undefined);
        if (m) return m;
        if (v) ({ carry, block } = continuation(v, lines, i, indent, carry, block));
        continue;
      }
      stack.push({ indent, kind: kind === 'item' ? 'seq' : 'map', line: no, name: '', first: no, count: 0 });
      opened = true;
    }
    open = undefined;
    if (!opened) {
      if (plain && indent > plain.indent && kind === 'other') continue; // more of the text above
      if (stack.length === 0) stack.push({ indent, kind: kind === 'item' ? 'seq' : 'map', line: no, name: '', first: no, count: 0 });
      const top = stack[stack.length - 1]!;
      if (indent > top.indent && kind === 'key' && itemText && itemText.col === indent) {
        // Fields under an item that holds only text: the item's first word was meant as a field.
        const m = missingColon(lines[itemText.no - 1]!, itemText.no, itemText.col);
        if (m) return m;
      }
      if (indent > top.indent) return wrongIndent(lines, no, indent, kind, [top], content);
      if (indent < top.indent) {
        const popped: Level[] = [];
        while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) popped.push(stack.pop()!);
        const now = stack[stack.length - 1]!;
        if (now.indent !== indent) return wrongIndent(lines, no, indent, kind, [...popped, now], content);
        if (now.kind === 'map' && kind === 'item') {
          const list = popped.find((l) => l.kind === 'seq');
          if (list) return wrongIndent(lines, no, indent, kind, [list], content);
        }
      }
      // `key:` followed by `- ` items in the same column: the list ends where the next field starts.
      const here = stack[stack.length - 1]!;
      if (here.kind === 'seq' && kind !== 'item' && stack.length > 1 && stack[stack.length - 2]!.indent === indent) stack.pop();
      const level = stack[stack.length - 1]!;
      if (level.kind === 'map' && kind === 'item') {
        return { kind: 'itemAmongFields', line: no, col: indent + 1, refName: level.name, refLine: level.line, fix: (ls) => (ls[i] = ' '.repeat(indent) + ls[i]!.slice(indent + 1).trimStart()) };
      }
      if (level.kind === 'seq' && kind !== 'item') {
        const name = content.kind === 'key' ? content.key : body.split(/\s/)[0]!;
        return { kind: 'fieldAmongItems', line: no, col: indent + 1, name, refLine: level.line, fix: (ls) => (ls[i] = `${' '.repeat(indent)}- ${ls[i]!.slice(indent)}`) };
      }
    }
    const level = stack[stack.length - 1]!;
    level.line = no;
    level.count++;
    plain = undefined;
    itemText = isItem && content.kind === 'scalar' && content.value.kind === 'plain' ? { no, col: itemCol } : undefined;

    if (kind === 'other') {
      const m = missingColon(raw, no, indent);
      if (m) return m;
      continue;
    }
    if (kind === 'key' && content.kind === 'key') level.name = content.key;
    if (isItem) {
      level.name = '-';
      if (content.kind === 'empty') {
        open = { indent, kind: 'item' };
        continue;
      }
      if (content.kind === 'key') stack.push({ indent: itemCol, kind: 'map', line: no, name: content.key, first: no, count: 1 });
    }
    const keyIndent = isItem && content.kind === 'key' ? itemCol : indent;
    const value = content.kind === 'key' || content.kind === 'scalar' ? content.value : ({ kind: 'none' } as Value);
    const m = valueMistake(value, raw, no, lines, content.kind === 'key' ? content.valueCol : itemCol, content.kind === 'key' ? content.key : undefined);
    if (m) return m;
    if (value.kind === 'none') {
      open = content.kind === 'key' ? { indent: keyIndent, kind: 'key' } : undefined;
    } else if (value.kind === 'plain') {
      plain = { indent: isItem ? indent : keyIndent };
    }
    ({ carry, block } = continuation(value, lines, i, isItem && content.kind !== 'key' ? indent : keyIndent, carry, block));
  }
  return undefined;
}

/** Whether the next line with content is a field or list item in the column `indent`. */
function nextIsField(lines: string[], i: number, indent: number): boolean {
  const next = lines.slice(i + 1).find((l) => !/^\s*(#.*)?$/.test(l));
  if (next === undefined || next.length - next.trimStart().length !== indent) return false;
  return /^-( |$)/.test(next.trimStart()) || readContent(next, indent).kind === 'key';
}

/** A value that goes on on the next lines: a block of text, a quoted text or a [list]. */
function continuation(value: Value, lines: string[], i: number, owner: number, carry: { until: (l: string) => number | undefined } | undefined, block: number | undefined) {
  if (value.kind === 'block') return { carry, block: owner };
  if (value.kind === 'quoted' && !value.closed) return { carry: { until: (l: string) => closingQuote(l, 0, value.quote) }, block };
  if (value.kind === 'flow' && !value.closed) {
    let depth = flowDepth(lines[i]!);
    return {
      carry: {
        until: (l: string) => {
          depth += flowDepth(l);
          return depth <= 0 ? 0 : undefined;
        },
      },
      block,
    };
  }
  return { carry, block };
}

/** Reads what a line holds from column `at` on: a field (`key: value`), a value, or nothing. */
function readContent(raw: string, at: number): Content {
  const s = raw.slice(at);
  if (s.trim() === '' || s.trimStart().startsWith('#')) return { kind: 'empty' };
  const q = s[0];
  if (q === '"' || q === "'") {
    const end = closingQuote(s, 1, q);
    if (end !== undefined) {
      const rest = s.slice(end + 1);
      const key = /^\s*:(\s|$)/.exec(rest);
      if (key) {
        const valueAt = at + end + 1 + key[0].length;
        return { kind: 'key', key: s.slice(1, end), valueCol: valueAt, value: readValue(raw, valueAt) };
      }
    }
    return { kind: 'scalar', value: readValue(raw, at) };
  }
  if (q === '[' || q === '{' || q === '|' || q === '>') return { kind: 'scalar', value: readValue(raw, at) };
  const colon = /:(\s|$)/.exec(s);
  const comment = /\s#/.exec(s);
  if (colon && (!comment || colon.index < comment.index)) {
    const valueAt = at + colon.index + 1 + (s.slice(colon.index + 1).length - s.slice(colon.index + 1).trimStart().length);
    return { kind: 'key', key: s.slice(0, colon.index).trim(), valueCol: valueAt, value: readValue(raw, valueAt) };
  }
  return { kind: 'scalar', value: readValue(raw, at) };
}

function readValue(raw: string, at: number): Value {
  const s = raw.slice(at);
  if (s.trim() === '' || s.startsWith('#')) return { kind: 'none' };
  const q = s[0]!;
  if (q === '"' || q === "'") {
    const end = closingQuote(s, 1, q);
    if (end === undefined) return { kind: 'quoted', quote: q, closed: false, after: '', afterCol: 0 };
    const rest = s.slice(end + 1);
    const after = rest.replace(/\s+#.*$/, '').trim();
    return { kind: 'quoted', quote: q, closed: true, after, afterCol: at + end + 1 + (rest.length - rest.trimStart().length) + 1 };
  }
  if (q === '[' || q === '{') return { kind: 'flow', closed: flowDepth(s) <= 0, open: q };
  if (/^[|>][-+0-9]*\s*(#.*)?$/.test(s)) return { kind: 'block' };
  return { kind: 'plain', text: s.replace(/\s+#.*$/, '').trimEnd() };
}

/** The index of the quote that closes a text opened before `from`, or undefined. */
function closingQuote(s: string, from: number, q: string): number | undefined {
  for (let i = from; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return undefined;
}

/** How many brackets a line opens minus how many it closes, outside quoted text. */
function flowDepth(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' || c === "'") {
      const end = closingQuote(s, i + 1, c);
      if (end === undefined) break;
      i = end;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]!))) break;
  }
  return depth;
}

/** Mistakes inside a value: an unclosed quote, text after the closing quote, a colon in plain text. */
function valueMistake(v: Value, raw: string, no: number, lines: string[], col: number, key: string | undefined): Found | undefined {
  const i = no - 1;
  if (v.kind === 'quoted' && !v.closed) {
    const q = v.quote;
    // A text that goes on on the next line is possible, but an editor's text ends on its line: when
    // the next line is a field or a list item, or the text never ends, the quote was not closed.
    const rest = lines.slice(i + 1).join('\n');
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    const looksLikeField = next !== undefined && /^\s*(-( |$)|["']?[\p{L}\p{N}_][^:#]*["']?:(\s|$))/u.test(next);
    if (looksLikeField || closingQuote(rest, 0, q) === undefined) {
      return { kind: 'unclosedQuote', line: no, col: col + 1, quote: q, fix: (ls) => (ls[i] = ls[i]!.trimEnd() + q) };
    }
  }
  if (v.kind === 'quoted' && v.closed && v.after) {
    return {
      kind: 'textAfterQuote', line: no, col: v.afterCol, after: v.after,
      fix: (ls) => (ls[i] = `${ls[i]!.slice(0, col)}"…"`),
    };
  }
  if (v.kind === 'plain' && (/:\s/.test(v.text) || v.text.endsWith(':'))) {
    const text = v.text;
    return {
      kind: 'colonInText', line: no, col: col + 1, key: key ?? '-', text,
      fix: (ls) => (ls[i] = `${ls[i]!.slice(0, col)}"${text.replace(/["\\]/g, '\\$&')}"`),
    };
  }
  if (v.kind === 'flow' && !v.closed) {
    const close = v.open === '[' ? ']' : '}';
    let depth = flowDepth(raw.slice(col));
    for (const l of lines.slice(i + 1)) {
      depth += flowDepth(l);
      if (depth <= 0) return undefined;
    }
    return { kind: 'unclosedBracket', line: no, col: col + 1, open: v.open, close, fix: (ls) => (ls[i] = ls[i]!.trimEnd() + close) };
  }
  return undefined;
}

/** A line of plain text where fields are: `title Oppsummering` or `layout:chart`. */
function missingColon(raw: string, no: number, indent: number): Found | undefined {
  const i = no - 1;
  const body = raw.slice(indent).replace(/\s+#.*$/, '').trimEnd();
  const tight = /^([^\s:]+):(\S.*)$/.exec(body);
  if (tight && KEY_NAME.test(tight[1]!.replace(/^["']|["']$/g, '')) && !tight[2]!.startsWith('/')) {
    const key = tight[1]!;
    return { kind: 'missingSpace', line: no, col: indent + key.length + 1, key, value: tight[2]!, fix: (ls) => (ls[i] = `${ls[i]!.slice(0, indent)}${key}: ${tight[2]}`) };
  }
  const words = /^(\S+)(?:\s+(.*))?$/.exec(body);
  if (!words) return undefined;
  const key = words[1]!.replace(/:$/, '');
  const value = words[2] ?? '';
  return {
    kind: 'missingColon', line: no, col: indent + key.length + 1, key, value,
    fix: (ls) => (ls[i] = `${ls[i]!.slice(0, indent)}${key}:${value ? ` ${value}` : ''}`),
  };
}

/**
 * A line whose indent matches none of the levels it could belong to. `candidates` are the levels
 * around it (nearest first); it belongs to the nearest of its own kind, the deeper one when two are
 * as near. When that level has only its first line so far, the first line may be the one that is
 * wrong (`jan` one space in, `feb` … `des` not): that is the alternative, which firstMistake tries.
 */
function wrongIndent(lines: string[], no: number, indent: number, kind: 'item' | 'key' | 'other', candidates: Level[], content: Content): Found {
  const want = kind === 'item' ? 'seq' : 'map';
  const same = candidates.filter((l) => l.kind === want);
  const pool = same.length ? same : candidates;
  const byDistance = [...pool].sort((a, b) => Math.abs(a.indent - indent) - Math.abs(b.indent - indent) || b.indent - a.indent);
  const best = byDistance[0]!;
  const name = content.kind === 'key' ? content.key : lines[no - 1]!.trim().split(/\s/)[0]!;
  const found = indentMistake(lines, no, kind, best.indent, best.line, best.name || name);
  // A level as near on the other side is as likely.
  const other = byDistance.find((l) => l !== best && Math.abs(l.indent - indent) === Math.abs(best.indent - indent));
  found.alternatives = other ? [indentMistake(lines, no, kind, other.indent, other.line, other.name || name)] : [];
  if (best.count === 1 && best.first === best.line && best.kind === want) {
    const first = lines[best.first - 1]!;
    const firstIndent = first.length - first.trimStart().length;
    const firstItem = /^-( |$)/.test(first.trimStart());
    const firstKind = firstItem ? 'item' : readContent(first, firstIndent).kind === 'key' ? 'key' : 'other';
    if (firstKind === kind) found.alternatives.push(indentMistake(lines, best.first, firstKind, indent, no, name));
    else if (firstItem && kind === 'key') {
      // `- title: …` whose next field is in another column: the item's line moves, dash and all.
      const c = readContent(first, best.indent);
      if (c.kind === 'key') {
        const shift = indent - best.indent;
        const i = best.first - 1;
        found.alternatives.push({
          kind: 'indentField', line: best.first, col: best.indent + 1, name: c.key, has: best.indent, expected: indent, refName: name, refLine: no,
          fix: (ls) => (ls[i] = shift > 0 ? ' '.repeat(shift) + ls[i]! : ls[i]!.slice(-shift)),
        });
      }
    }
  }
  return found;
}

function indentMistake(lines: string[], no: number, kind: 'item' | 'key' | 'other', expected: number, refLine: number, refName: string): Found {
  const i = no - 1;
  const raw = lines[i]!;
  const indent = raw.length - raw.trimStart().length;
  const fix = (ls: string[]) => (ls[i] = ' '.repeat(expected) + ls[i]!.trimStart());
  if (kind === 'item') return { kind: 'indentItem', line: no, col: indent + 1, has: indent, expected, refLine, fix };
  const c = readContent(raw, indent);
  const name = c.kind === 'key' ? c.key : raw.trim().split(/\s/)[0]!;
  return { kind: 'indentField', line: no, col: indent + 1, name, has: indent, expected, refName, refLine, fix };
}
