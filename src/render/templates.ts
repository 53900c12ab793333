/**
 * The template files (templates/: Handlebars layouts and partials, Vega-Lite chart specs) as this
 * process uses them. Each file is read when it is first needed and kept; `reloadTemplates()` reads
 * them all again (deck watch, after a template was saved) and says which changed.
 *
 * The Handlebars templates are precompiled at install time: `npm run prepare` writes their compiled
 * form to lib/precompiled-templates.cjs (src/render/precompile.ts), with a hash of each file's text.
 * A template whose text is the text that was precompiled comes from there, and a build loads only
 * the Handlebars runtime. A template edited since is compiled here, with the compiler loaded for it
 * alone, so that an edit takes effect without installing again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { ContentError } from '../errors.js';
import { msg } from '../messages/index.js';
import { ROOT, TEMPLATES_DIR } from '../paths.js';
import Handlebars from './handlebarsRuntime.js';

/** How every Handlebars template is compiled: a field the template uses but the view lacks is an error, not a blank. */
export const HANDLEBARS_OPTIONS = Object.freeze({ strict: true });

export const PRECOMPILED_FILE = join(ROOT, 'lib', 'precompiled-templates.cjs');

/** The template folders, and the files of each that deck reads. */
const FOLDERS = { layouts: '.hbs', partials: '.hbs', charts: '.vl.json' } as const;

interface Precompiled {
  handlebars: string;
  options: string;
  templates: Record<string, { sha1: string; spec: TemplateSpecification }>;
}

let where = { dir: TEMPLATES_DIR, precompiled: PRECOMPILED_FILE };
let texts = new Map<string, string>();
let generation = 0;
let precompiled: Precompiled | null | undefined;
let stats = { precompiled: 0, compiled: 0 };

/** Another templates folder and precompiled file (tests); forgets everything read before. */
export function useTemplates(dir: string, precompiledFile = PRECOMPILED_FILE): void {
  where = { dir, precompiled: precompiledFile };
  texts = new Map();
  precompiled = undefined;
  generation++;
  stats = { precompiled: 0, compiled: 0 };
}

export function templatesDir(): string {
  return where.dir;
}

/** Goes up whenever the templates in use change: whoever keeps something made from them makes it again. */
export function templatesGeneration(): number {
  return generation;
}

/** The text of a template file, `rel` relative to the templates folder ("layouts/text.hbs"). */
export function templateText(rel: string): string {
  let t = texts.get(rel);
  if (t === undefined) {
    t = readFileSync(join(where.dir, rel), 'utf8');
    texts.set(rel, t);
  }
  return t;
}

/** The template files of one folder (relative paths, sorted). */
export function templateFiles(folder: keyof typeof FOLDERS, dir = where.dir): string[] {
  return readdirSync(join(dir, folder))
    .filter((name) => name.endsWith(FOLDERS[folder]) && !name.startsWith('.'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** A hash of every template as this process uses it (the watch cache keys slides with it). */
export function templatesVersion(): string {
  const h = createHash('sha1');
  for (const folder of Object.keys(FOLDERS) as (keyof typeof FOLDERS)[]) {
    for (const rel of templateFiles(folder)) h.update(rel).update('\u0000').update(templateText(rel)).update('\u0000');
  }
  return h.digest('hex');
}

/**
 * Reads every template again. Returns the files whose text differs from what this process had read
 * (changed or deleted); when there are any, whatever was made from the old texts is to be made again.
 * A file this process never read has made nothing, so it is never in the list.
 */
export function reloadTemplates(): string[] {
  const fresh = new Map<string, string>();
  for (const folder of Object.keys(FOLDERS) as (keyof typeof FOLDERS)[]) {
    let files: string[];
    try {
      files = templateFiles(folder);
    } catch {
      continue; // a folder that is gone: the build says so when it needs one of its templates
    }
    for (const rel of files) {
      try {
        fresh.set(rel, readFileSync(join(where.dir, rel), 'utf8'));
      } catch {
        // Deleted between listing and reading: the next change event brings it up to date.
      }
    }
  }
  const changed = [...texts].filter(([rel, text]) => fresh.get(rel) !== text).map(([rel]) => rel);
  texts = fresh;
  if (changed.length) {
    generation++;
    stats = { precompiled: 0, compiled: 0 };
  }
  return changed.sort();
}

/** How many Handlebars templates came precompiled and how many were compiled at run time, since the last change. */
export function templateStats(): { precompiled: number; compiled: number } {
  return { ...stats };
}

/** A Handlebars template's compiled form: precompiled at install time if its text is still the same, else compiled now. */
export function handlebarsSpec(rel: string): TemplateSpecification {
  const text = templateText(rel);
  const entry = precompiledTemplates()?.templates[rel];
  if (entry && entry.sha1 === sha1(text)) {
    stats.precompiled++;
    return entry.spec;
  }
  stats.compiled++;
  let code: string;
  try {
    code = compiler().precompile(text, { ...HANDLEBARS_OPTIONS }) as unknown as string;
  } catch (err) {
    // "Parse error on line 3: …", or "if doesn't match each - 3:5" with the place as properties.
    const e = err as Error & { lineNumber?: number; column?: number };
    const line = e.lineNumber ?? Number(/on line (\d+)/.exec(e.message)?.[1] ?? 0);
    throw templateProblem(rel, line, (e.column ?? 0) + 1, e.message.split('\n').at(-1)!);
  }
  // The code that Handlebars' compiler writes for the template, made into functions as the compiler itself does.
  return new Function(`return ${code}`)() as TemplateSpecification;
}

/** A chart template's spec. */
export function templateJson(rel: string): unknown {
  const text = templateText(rel);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const at = Number(/at position (\d+)/.exec((err as Error).message)?.[1] ?? -1);
    const before = at >= 0 ? text.slice(0, at).split('\n') : [];
    throw templateProblem(rel, before.length, (before.at(-1)?.length ?? 0) + 1, (err as Error).message);
  }
}

/** A template that cannot be read, as a problem at its place (deck watch says it and goes on watching). */
function templateProblem(rel: string, line: number, col: number, detail: string): ContentError {
  return ContentError.at({ file: relative(process.cwd(), join(where.dir, rel)), line, col: line ? col : 0 }, msg().render.templateBroken(detail));
}

/** The module text of lib/precompiled-templates.cjs for the templates in `dir` (`npm run prepare`). */
export function precompiledModule(dir = where.dir): string {
  const hb = compiler();
  const entries = [...templateFiles('layouts', dir), ...templateFiles('partials', dir)].map((rel) => {
    const text = readFileSync(join(dir, rel), 'utf8');
    return `    ${JSON.stringify(rel)}: { sha1: ${JSON.stringify(sha1(text))}, spec: ${hb.precompile(text, { ...HANDLEBARS_OPTIONS })} },\n`;
  });
  return (
    '// Made by `npm run prepare` (src/render/precompile.ts) from templates/: the Handlebars templates,\n' +
    '// compiled. Do not edit; a template edited after this was made is compiled at run time instead.\n' +
    'module.exports = {\n' +
    `  handlebars: ${JSON.stringify(hb.VERSION)},\n` +
    `  options: ${JSON.stringify(JSON.stringify(HANDLEBARS_OPTIONS))},\n` +
    `  templates: {\n${entries.join('')}  },\n};\n`
  );
}

/** The precompiled templates, if they were made by this version of Handlebars with these options. */
function precompiledTemplates(): Precompiled | null {
  if (precompiled === undefined) {
    try {
      const p = createRequire(import.meta.url)(where.precompiled) as Precompiled;
      precompiled = p.handlebars === Handlebars.VERSION && p.options === JSON.stringify(HANDLEBARS_OPTIONS) ? p : null;
    } catch {
      precompiled = null; // not made (tsc run alone) or unreadable: every template is compiled here
    }
  }
  return precompiled;
}

/** Handlebars with its compiler: loaded only when a template must be compiled. */
function compiler(): typeof import('handlebars') {
  return createRequire(import.meta.url)('handlebars') as typeof import('handlebars');
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
