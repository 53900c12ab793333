/**
 * The JSON Schemas that editors' tools read (content/schema/*.schema.json): committed, current, and
 * in agreement with the validator. They are checked with a real JSON Schema validator (Ajv, draft
 * 2020-12, as the files declare), the way VS Code's YAML extension reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EDITOR_KEYWORDS } from '../../src/validate/editorSchema.js';
import { jsonSchemas } from '../../src/validate/jsonSchema.js';

const SCHEMA_DIR = 'content/schema';

function contentFiles(dir = 'content'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return contentFiles(path);
    return /\.ya?ml$/.test(e.name) ? [path] : [];
  });
}

const kindOf = (file: string) => (file.endsWith('deck.yaml') ? 'deck' : 'slide');

function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  // The keywords only editors read (yaml-language-server): Ajv checks everything else strictly.
  ajv.addVocabulary(EDITOR_KEYWORDS);
  // Ajv leaves formats to a plug-in; the schemas use only "email", which zod also checks with a pattern.
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  const load = (name: string) => ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')));
  return { deck: load('deck.schema.json'), slide: load('slide.schema.json') };
}

describe('the committed JSON Schemas', () => {
  it('are what `deck schema` writes from the content model today (run `deck schema` after changing src/validate/schema.ts)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), name).toBe(text);
    }
  });

  it('are valid JSON Schema (2020-12) that Ajv compiles in strict mode', () => {
    expect(() => validators()).not.toThrow();
  });
});

describe('every content file', () => {
  const files = contentFiles();
  const { deck, slide } = validators();

  it('includes the November edition', () => {
    expect(files).toContain('content/2025-11/deck.yaml');
    expect(files.filter((f) => f.startsWith('content/2025-11/'))).toHaveLength(41);
  });

  it.each(files)('%s validates against its JSON Schema', (file) => {
    const validate = kindOf(file) === 'deck' ? deck : slide;
    const ok = validate(parse(readFileSync(file, 'utf8')));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(files)('%s names its schema on the first line, with a path that leads to it', (file) => {
    const first = readFileSync(file, 'utf8').split('\n')[0]!;
    const expected = relative(dirname(file), join(SCHEMA_DIR, `${kindOf(file)}.schema.json`));
    expect(first).toBe(`# yaml-language-server: $schema=${expected}`);
    expect(resolve(dirname(file), expected)).toBe(resolve(SCHEMA_DIR, `${kindOf(file)}.schema.json`));
  });
});

describe('the JSON Schema agrees with the validator', () => {
  const { slide } = validators();
  const accepts = (yaml: string) => slide(parse(yaml));

  it('accepts an empty slot for a number still to come (`des: ~` and `des:`)', () => {
    expect(accepts('layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n      nov: 5\n      des: ~\n')).toBe(true);
    expect(accepts('layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n      des:\n')).toBe(true);
    expect(accepts('layout: chart\ntitle: U\nchart:\n  kind: uptime\n  requirement: 99.9\n  months:\n    "2025-12": ~\n')).toBe(true);
  });

  it.each([
    ['unknown layout', '03-ukjent-layout.yaml'],
    ['misspelled key', '04-feilstavet-felt.yaml'],
    ['wrong type', '05-feil-type.yaml'],
    ['number with points between the digits', '06-tall-med-punktum.yaml'],
    ['number that can be read two ways', '07-tvetydig-tall.yaml'],
  ])('rejects the %s fixture, as the validator does', (_name, file) => {
    expect(accepts(readFileSync(join('tests/fixtures/broken', file), 'utf8'))).toBe(false);
  });

  const monthly = (rows: string) => `layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n${rows}`;

  it.each([
    ['digit groups with spaces', '      jan: 7 120 449\n'],
    ['digit groups with no-break spaces', '      jan: 7\u00a0120\u00a0449\n'],
    ['digit groups with narrow no-break spaces', '      jan: 7\u202f120\u202f449\n'],
    ['a decimal comma', '      jan: 99,97\n'],
    ['a number in quotes', '      jan: "1168508"\n'],
    ['the month names the slides show, in any case', '      mars: 1\n      Juni: 2\n      juli: 3\n      jan.: 4\n'],
    ['full month names', '      januar: 1\n      desember: 2\n'],
  ])('accepts %s, as the validator does', (_name, rows) => {
    expect(accepts(monthly(rows))).toBe(true);
  });

  it('accepts a monthly chart from a CSV file, and rejects one with both years and data, or a field of another layout', () => {
    expect(accepts('layout: chart\ntitle: M\nchart:\n  kind: monthly\n  data: 09-meldingstjeneste.csv\n')).toBe(true);
    expect(accepts('layout: chart\ntitle: M\nchart:\n  kind: monthly\n  data: x.csv\n  years:\n    "2025": {}\n')).toBe(false);
    expect(accepts('layout: chart\ntitle: M\nchart:\n  kind: monthly\n')).toBe(false);
    expect(accepts('layout: text\ntitle: T\nbody:\n  - text: x\nchart:\n  kind: monthly\n  data: x.csv\n')).toBe(false);
    expect(accepts('layout: text\ntitel: T\nbody:\n  - text: x\n')).toBe(false);
  });

  it.each([
    ['points between the digits', '      jan: 7.120.449\n'],
    ['commas between the digits', '      jan: 7,120,449\n'],
    ['a number that can be read two ways', '      jan: 1,530\n'],
    ['a month in English', '      may: 5\n'],
  ])('rejects %s, as the validator does', (_name, rows) => {
    expect(accepts(monthly(rows))).toBe(false);
  });
});
