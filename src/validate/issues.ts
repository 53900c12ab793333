/**
 * Turns the validator's issues into messages an editor can act on: what was found, what was
 * expected, and for a misspelled key or layout the closest valid name.
 */
import type { z } from 'zod';
import { msg } from '../messages/index.js';
import { found, type TypeName } from '../messages/types.js';
import { closest } from './closest.js';
import { guessMonth, MONTH_KEY_PATTERN } from './months.js';
import { fieldForNorwegian } from './norwegianNames.js';
import { NUMBER_TEXT, numberMistake } from './numbers.js';

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

export interface Explained {
  path: Path;
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
  message: string;
  /** A required field that is missing; or, for an unknown field, the field it was probably meant as. */
  missing?: string;
  meant?: string;
}

export function explainIssues(issues: readonly Issue[], root: unknown, schema: z.ZodType): Explained[] {
  const out: Explained[] = [];
  for (const issue of issues) out.push(...explain(issue, [], root, schema));
  // `titel:` is one mistake: the unknown field says «did you mean title», so «title is missing» is not said too.
  const parent = (e: Explained, drop: number) => e.path.slice(0, e.path.length - drop).join('\u0000');
  const meant = new Set(out.filter((e) => e.meant).map((e) => `${parent(e, 1)}\u0001${e.meant}`));
  // One message per place and text is enough (unions can report the same problem twice).
  const seen = new Set<string>();
  return out.filter((e) => {
    if (e.missing && meant.has(`${parent(e, 1)}\u0001${e.missing}`)) return false;
    const k = e.path.join('\u0000') + '\u0001' + e.message;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function explain(issue: Issue, base: Path, root: unknown, schema: z.ZodType): Explained[] {
  const path = [...base, ...issue.path];
  const value = valueAt(root, path);
  const field = fieldName(path);
  const m = msg().validate;
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [{ path, atKey: false, message: m.missingField(field, describeSchema(schemaAt(schema, path, root))), missing: field }];
      // `title:` with nothing after it: the text is missing, not of the wrong kind.
      if (value === null && issue.expected === 'string') return [{ path, atKey: false, message: m.empty(field) }];
      return [{ path, atKey: false, message: m.wrongType(field, typeName(issue.expected), found(value)) }];
    }
    case 'unrecognized_keys': {
      const known = keysOf(schemaAt(schema, path, root));
      return issue.keys.map((key) => {
        const elsewhere = otherBranchesWith(schema, path, root, key);
        const guess = suggestion(key, known);
        const message = elsewhere
          ? m.fieldOfOtherLayout(key, elsewhere.field, elsewhere.value, elsewhere.others)
          : guess !== undefined && fieldForNorwegian(key, known) === guess
            ? m.norwegianField(key, guess)
            : m.unknownField(key, guess, known);
        return { path: [...path, key], atKey: true, message, meant: elsewhere ? undefined : guess };
      });
    }
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc) {
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const here = valueAt(root, path);
        // `layout:` with nothing after it is a layout not yet chosen, not one called «null».
        if (here === undefined || here === null) return [{ path: here === null ? path : path.slice(0, -1), atKey: false, message: m.missingChoice(disc, options) }];
        const guess = typeof here === 'string' ? suggestion(here, options) : undefined;
        return [{ path, atKey: false, message: m.unknownChoice(disc, String(here), guess, options) }];
      }
      return explainUnion(issue, base, root, schema);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return [{ path, atKey: false, message: m.empty(field) }];
      if (issue.origin === 'array') return [{ path, atKey: false, message: m.tooFewEntries(field, min) }];
      return [{ path, atKey: false, message: m.tooSmall(field, min, found(value)) }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (Array.isArray(value)) return [{ path, atKey: false, message: m.tooManyEntries(field, max, value.length) }];
      return [{ path, atKey: false, message: m.tooBig(field, max, found(value)) }];
    }
    case 'invalid_value':
      return [{ path, atKey: false, message: m.notAllowed(field, issue.values.map(String), found(value)) }];
    case 'invalid_key': {
      const inner = issue.issues[0];
      const key = String(path[path.length - 1] ?? '');
      if (inner?.code === 'invalid_format' && samePattern(inner, MONTH_KEY_PATTERN)) return [{ path, atKey: true, message: m.unknownMonth(key, guessMonth(key)) }];
      return [{ path, atKey: true, message: m.badKey(key, inner?.message ?? '') }];
    }
    case 'invalid_format':
      if (samePattern(issue, NUMBER_TEXT)) return [{ path, atKey: false, message: numberMessage(field, value) }];
      return [{ path, atKey: false, message: m.format(field, issue.message, found(value)) }];
    case 'custom':
      return [{ path, atKey: Boolean((issue.params as { atKey?: boolean } | undefined)?.atKey), message: issue.message }];
    default:
      return [{ path, atKey: false, message: m.other(field) }];
  }
}

/**
 * The name the editor meant: the one a Norwegian word stands for («undertittel»: subtitle), else the
 * closest candidate, unless it is the word itself (then the word is wrong for another reason).
 */
function suggestion(word: string, candidates: readonly string[]): string | undefined {
  const guess = fieldForNorwegian(word, candidates) ?? closest(word, candidates);
  return guess !== undefined && guess.toLowerCase() !== word.toLowerCase() ? guess : undefined;
}

function samePattern(issue: { pattern?: unknown }, re: RegExp): boolean {
  const p = issue.pattern;
  return p instanceof RegExp ? p.source === re.source : p === re.source || p === String(re);
}

/** A number (numbers.ts) that is not one: what is wrong with how it is written, or that it is not a number. */
function numberMessage(field: string, value: unknown): string {
  return (typeof value === 'string' && numberMistake(value)) || msg().validate.number.notANumber(field, found(value));
}

/**
 * A field unknown to this layout (or chart kind) but known to others: which ones, by the value of
 * the field that chooses between them (`layout`, `kind`).
 */
function otherBranchesWith(schema: z.ZodType, path: Path, root: unknown, key: string): { field: string; value: string; others: string[] } | undefined {
  const options = unionAt(schema, path, root);
  if (!options) return undefined;
  const here = valueAt(root, path) as Record<string, unknown> | undefined;
  for (const field of ['layout', 'kind']) {
    if (typeof here?.[field] !== 'string') continue;
    const others = options.filter((o) => key in (defOf(o).shape ?? {})).map((o) => literalOf(defOf(o).shape![field])).filter((v): v is string => v !== undefined && v !== here[field]);
    if (others.length) return { field, value: String(here[field]), others };
  }
  return undefined;
}

function literalOf(s: z.ZodType | undefined): string | undefined {
  if (!s) return undefined;
  const d = defOf(unwrap(s)) as Def & { values?: unknown[] };
  return d.type === 'literal' && typeof d.values?.[0] === 'string' ? d.values[0] : undefined;
}

/**
 * A value matched no branch of a union: report the branch that came closest (the one whose
 * problems lie deepest, then the one with fewest problems), or, when every branch rejects the
 * same keys, list the keys that would be accepted.
 */
function explainUnion(issue: Extract<Issue, { code: 'invalid_union' }>, base: Path, root: unknown, schema: z.ZodType): Explained[] {
  const here = [...base, ...issue.path];
  const branches = issue.errors;
  if (branches.length === 0) return [{ path: here, atKey: false, message: msg().validate.other(fieldName(here)) }];
  const value = valueAt(root, here);
  const allUnknown = branches.every((b) => b.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0));
  if (allUnknown && value && typeof value === 'object' && !Array.isArray(value)) {
    const known = [...new Set(branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type' && i.path.length === 1).map((i) => String(i.path[0]))))];
    const keys = Object.keys(value);
    const bad = keys.find((k) => !known.includes(k)) ?? keys[0] ?? '';
    return [{ path: [...here, bad], atKey: true, message: msg().validate.unknownFieldOneOf(bad, suggestion(bad, known), known) }];
  }
  // A number: said as one, whatever else the value could have been.
  if (isNumberSchema(schemaAt(schema, here, root))) return [{ path: here, atKey: false, message: numberMessage(fieldName(here), value) }];
  // A rule of our own (a table cell written like a number, …) says it best.
  const own = branches.flat().find((i) => i.code === 'custom' && i.path.length === 0);
  if (own) return [{ path: here, atKey: false, message: own.message }];
  const depth = (b: readonly Issue[]) => Math.min(...b.map((i) => i.path.length));
  const best = [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!;
  if (depth(best) === 0 && best.length === 1 && best[0]!.code === 'invalid_type') {
    const expected = branches.map((b) => b[0]).filter((i): i is Extract<Issue, { code: 'invalid_type' }> => i?.code === 'invalid_type' && i.path.length === 0).map((i) => typeName(i.expected));
    return [{ path: here, atKey: false, message: msg().validate.wrongTypes(fieldName(here), [...new Set(expected)], found(value)) }];
  }
  return best.flatMap((i) => explain(i, here, root, schema));
}

function typeName(expected: string): TypeName {
  switch (expected) {
    case 'string': return 'text';
    case 'number': return 'number';
    case 'object': return 'mapping';
    case 'array': return 'list';
    case 'boolean': return 'boolean';
    default: return 'other';
  }
}

function fieldName(path: Path): string {
  const names = path.filter((p) => typeof p === 'string');
  return names.length ? String(names[names.length - 1]) : String(path[path.length - 1] ?? '');
}

export function valueAt(root: unknown, path: Path): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as never];
  }
  return v;
}

// ---------- walking the schema to learn which keys a place accepts ----------

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
  in?: z.ZodType;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  for (;;) {
    const d = defOf(s);
    if ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable') && d.innerType) s = d.innerType;
    else if (d.type === 'lazy' && d.getter) s = d.getter();
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

/** Whether `s` is the content model's number (a number, or a number as text: numbers.ts). */
function isNumberSchema(s: z.ZodType | undefined): boolean {
  if (!s) return false;
  const d = defOf(unwrap(s));
  return d.type === 'union' && (d.options ?? []).some((o) => {
    const checks = (defOf(o) as Def & { checks?: { _zod: { def: { pattern?: unknown } } }[] }).checks ?? [];
    return checks.some((c) => samePattern(c._zod.def, NUMBER_TEXT));
  });
}

/** The options of the union at `path` (the layouts of a slide, the kinds of a chart), if there is one. */
function unionAt(schema: z.ZodType, path: Path, root: unknown): z.ZodType[] | undefined {
  const parent = path.length ? schemaAt(schema, path.slice(0, -1), root) : undefined;
  let s: z.ZodType | undefined = path.length ? undefined : schema;
  if (parent) {
    const d = defOf(parent);
    const seg = path[path.length - 1]!;
    s = d.type === 'object' ? d.shape?.[String(seg)] : d.type === 'array' ? d.element : d.type === 'record' ? d.valueType : undefined;
  }
  if (!s) return undefined;
  const d = defOf(unwrap(s));
  return d.type === 'union' && d.options ? d.options.map(unwrap).filter((o) => defOf(o).type === 'object') : undefined;
}

/** The schema at `path`, choosing union branches by the value found there. */
function schemaAt(schema: z.ZodType, path: Path, root: unknown): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  let v: unknown = root;
  for (let i = 0; i <= path.length && s; i++) {
    s = pickBranch(unwrap(s), v);
    if (i === path.length) break;
    const seg = path[i]!;
    const d = defOf(s);
    if (d.type === 'object') s = d.shape?.[String(seg)];
    else if (d.type === 'array') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else s = undefined;
    v = valueAt(v, [seg]);
  }
  return s;
}

function pickBranch(s: z.ZodType, value: unknown): z.ZodType {
  const d = defOf(s);
  if (d.type !== 'union' || !d.options) return s;
  const objects = d.options.map(unwrap).filter((o) => defOf(o).type === 'object');
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const scored = objects.map((o) => ({ o, score: keys.filter((k) => k in (defOf(o).shape ?? {}) && !isLiteralMismatch(defOf(o).shape![k]!, (value as Record<string, unknown>)[k])).length }));
    scored.sort((a, b) => b.score - a.score);
    if (scored[0]) return scored[0].o;
  }
  return objects[0] ?? s;
}

function isLiteralMismatch(s: z.ZodType, v: unknown): boolean {
  const d = defOf(unwrap(s)) as Def & { values?: unknown[] };
  return d.type === 'literal' && !(d.values ?? []).includes(v);
}

function keysOf(s: z.ZodType | undefined): string[] {
  if (!s) return [];
  const d = defOf(unwrap(s));
  return d.type === 'object' ? Object.keys(d.shape ?? {}) : [];
}

function describeSchema(s: z.ZodType | undefined): string {
  if (!s) return '';
  const desc = (s as { description?: string }).description ?? (unwrap(s) as { description?: string }).description;
  return desc ? desc.replace(/\.$/, '') : '';
}
