/**
 * The JSON Schema that zod writes from the content model, made into what an editor needs
 * (yaml-language-server, which VS Code's YAML extension and monaco-yaml run):
 *
 *   layouts and chart kinds   a union of objects told apart by `layout` (or `kind`) becomes
 *                             if/then on that field, so that after `layout: text` completion offers
 *                             text's fields only, and a field of another layout is marked with a
 *                             message that says where it belongs; each branch is titled
 *                             «layout: text» (hover), and each value of `layout` has its description
 *   unknown fields            `propertyNames` listing the fields of the place, with a message that
 *                             names them (instead of «Property titel is not allowed.»)
 *   messages                  `errorMessage` on every field (what it must be, in Norwegian, from the
 *                             catalogue's `editor` group), which the server shows instead of its own
 *   keys                      years as editors write them (`2022:` is a number to YAML, `"2022":` a
 *                             text), months offered by name for completion
 *   hover                     `markdownDescription` = the description, so the examples in `…` show as code
 *
 * The meaning stays the content model's (zod): a file is valid here exactly when it is valid for
 * Ajv with the keywords below ignored (errorMessage, markdownDescription, markdownEnumDescriptions,
 * doNotSuggest are the server's own).
 */
import { nb } from '../messages/nb.js';
import { MONTH_KEY_PATTERN, MONTH_KEYS } from './months.js';
import { NUMBER_TEXT } from './numbers.js';
import { ISO_MONTH } from './schema.js';

/** Keywords that only editors read. */
export const EDITOR_KEYWORDS = ['errorMessage', 'markdownDescription', 'markdownEnumDescriptions', 'doNotSuggest'];

type Schema = { [k: string]: unknown } & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  description?: string;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  $ref?: string;
};

/** A value no one writes: a field of another layout may have no value at all (`const` with a message, unlike `not`, has one). */
const NOTHING_HERE = '\u0000';

const m = () => nb.editor;

export function forEditors(root: object): object {
  return edit(root) as object;
}

function edit(node: unknown, field?: string): unknown {
  if (Array.isArray(node)) return node.map((n) => edit(n));
  if (!node || typeof node !== 'object') return node;
  let s = { ...(node as Schema) };
  for (const key of ['items', 'propertyNames', 'not', 'if', 'then', 'else']) if (s[key]) s[key] = edit(s[key], key === 'items' ? field : undefined);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') s.additionalProperties = edit(s.additionalProperties, field) as Schema;
  for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(s[key])) s[key] = (s[key] as unknown[]).map((n) => edit(n, field));
  if (s.$defs) s.$defs = Object.fromEntries(Object.entries(s.$defs as Record<string, unknown>).map(([k, v]) => [k, edit(v)]));
  if (s.properties) s.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, withMessage(edit(v, k) as Schema, k)]));

  const union = s.anyOf ?? s.oneOf;
  const discriminated = union && byDiscriminator(union);
  if (discriminated) {
    const { anyOf: _a, oneOf: _o, ...rest } = s;
    s = { ...rest, ...discriminated };
  }
  // A number, or a number as text (`7 120 449`), or `~`: one schema with a list of types, so that the
  // server says our message; of alternatives it would say «Incorrect type. Expected number | null».
  if (s.anyOf?.some((b) => isNumber(b))) s.anyOf = s.anyOf.flatMap((b) => (isNumber(b) ? b.anyOf! : [b]));
  if (isNumber(s)) {
    const { anyOf, ...rest } = s;
    const text = anyOf!.find((b) => b.type === 'string')!;
    s = { ...rest, type: anyOf!.some((b) => b.type === 'null') ? ['number', 'string', 'null'] : ['number', 'string'], pattern: text.pattern, errorMessage: m().number() };
  }
  if (s.type === 'object' && s.additionalProperties === false && s.properties) {
    const { additionalProperties: _x, ...rest } = s;
    s = { ...rest, propertyNames: { enum: Object.keys(s.properties), errorMessage: m().unknownField(Object.keys(s.properties)), doNotSuggest: true } };
  }
  if (s.type === 'object' && s.required?.length && !s.errorMessage) s.errorMessage = m().needs(s.required);
  // No type: to YAML `2022:` is a number key, `"2022":` a text one; the pattern checks the text ones.
  if (s.propertyNames?.pattern === '^\\d{4}$') s.propertyNames = { pattern: '^\\d{4}$', errorMessage: m().year() };
  if (s.propertyNames?.pattern === MONTH_KEY_PATTERN.source) {
    const value = s.additionalProperties as Schema;
    s.propertyNames = { pattern: MONTH_KEY_PATTERN.source, errorMessage: m().month(), doNotSuggest: true };
    s.errorMessage = m().monthsUnder();
    // Named, so that completion offers them; any other name of a month still passes propertyNames.
    s.properties = Object.fromEntries(MONTH_KEYS.map((k) => [k, value]));
  }
  if (s.propertyNames?.pattern === ISO_MONTH.source) s.propertyNames = { pattern: ISO_MONTH.source, errorMessage: m().isoMonth() };
  if (isYearsOrData(s)) s = yearsOrData(s);
  if (typeof s.description === 'string' && !s.markdownDescription) s.markdownDescription = s.description;
  return s;
}

/** What a field must be, as the editor says it when the value does not fit. */
function withMessage(s: Schema, field: string): Schema {
  if (s.errorMessage || s.$ref || s.anyOf || s.oneOf || s.allOf) return s;
  if (s.type === 'object') return { ...s, errorMessage: m().mapping(field) };
  if (s.const !== undefined || s.enum) return { ...s, errorMessage: m().choice(field, (s.enum ?? [s.const]).map(String)) };
  if (s.pattern === ISO_MONTH.source) return { ...s, errorMessage: m().format(field, nb.validate.formats.month) };
  if (s.format === 'email') return { ...s, errorMessage: m().format(field, nb.validate.formats.email) };
  if (s.pattern && /png/.test(s.pattern)) return { ...s, errorMessage: m().format(field, nb.validate.formats.picture) };
  if (s.pattern && /csv/.test(s.pattern)) return { ...s, errorMessage: m().format(field, nb.validate.formats.csv) };
  switch (s.type) {
    case 'string': return { ...s, errorMessage: m().text(field) };
    case 'array': return { ...s, errorMessage: m().list(field, s.minItems ?? 0) };
    case 'boolean': return { ...s, errorMessage: m().boolean(field) };
    case 'integer':
    case 'number': return { ...s, errorMessage: m().whole(field, s.minimum, s.maximum) };
    default: return s;
  }
}

function isNumber(s: Schema): boolean {
  return !!s.anyOf?.some((b) => b.type === 'string' && b.pattern === NUMBER_TEXT.source) && s.anyOf.some((b) => b.type === 'number') && s.anyOf.every((b) => ['number', 'string', 'null'].includes(b.type as string));
}

/**
 * A union of objects that a field with a fixed value tells apart (`layout: text`, `kind: monthly`),
 * as if/then: one branch per value, the field's values with their descriptions.
 */
function byDiscriminator(members: Schema[]): Schema | undefined {
  if (members.length < 2 || !members.every((o) => o.type === 'object' && o.properties)) return undefined;
  const field = ['layout', 'kind'].find((d) => members.every((o) => typeof o.properties![d]?.const === 'string'));
  if (!field) return undefined;
  const values = members.map((o) => o.properties![field]!.const as string);
  const fieldsOf = (o: Schema) => Object.keys(o.properties!);
  const all = [...new Set(members.flatMap(fieldsOf))];
  return {
    type: 'object',
    properties: {
      [field]: {
        type: 'string',
        enum: values,
        description: m().choiceDescription(field, values),
        markdownEnumDescriptions: members.map((o) => o.properties![field]!.description ?? ''),
        errorMessage: m().choice(field, values),
      },
    },
    required: [field],
    errorMessage: m().needsChoice(field, values),
    allOf: members.map((o, i) => {
      const value = values[i]!;
      const { additionalProperties: _x, ...branch } = o;
      const elsewhere = all.filter((f) => !fieldsOf(o).includes(f));
      const others = (f: string) => values.filter((_v, j) => fieldsOf(members[j]!).includes(f));
      return {
        // A pattern, not `const`: while completing, the server takes a const as matched by any
        // beginning of it, and `layout: text` would then also choose text-columns and text-chart.
        if: { properties: { [field]: { type: 'string', pattern: `^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` } }, required: [field] },
        then: {
          ...branch,
          title: `${field}: ${value}`,
          properties: {
            ...branch.properties,
            ...Object.fromEntries(elsewhere.map((f) => [f, { const: NOTHING_HERE, doNotSuggest: true, errorMessage: nb.validate.fieldOfOtherLayout(f, field, value, others(f)) }])),
          },
          propertyNames: { enum: all, errorMessage: m().unknownFieldIn(field, value, fieldsOf(o)), doNotSuggest: true },
          errorMessage: m().needsIn(field, value, (branch.required ?? []).filter((r) => r !== field)),
        },
      };
    }),
  };
}

/** The monthly chart: its numbers in `years` or in a CSV file (`data`), one of the two. */
function isYearsOrData(s: Schema): boolean {
  return s.type === 'object' && !!s.properties?.years && !!s.properties.data && !!s.required?.includes('years');
}

function yearsOrData(s: Schema): Schema {
  const message = m().yearsOrData();
  return {
    ...s,
    required: s.required!.filter((r) => r !== 'years'),
    errorMessage: m().needs(s.required!.filter((r) => r !== 'years')),
    anyOf: [
      { properties: { years: {} }, required: ['years'], errorMessage: message },
      { properties: { data: {} }, required: ['data'], errorMessage: message },
    ],
    allOf: [{ if: { properties: { years: {} }, required: ['years'] }, then: { properties: { data: { const: NOTHING_HERE, errorMessage: nb.data.bothYearsAndData() } } } }],
  };
}
