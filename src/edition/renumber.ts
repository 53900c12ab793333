/**
 * `deck renumber [DIR]`: gives the slide files the numbers 01 … NN in their present order, for an
 * editor who has inserted slides as 09a-…, 09b-… and wants the names tidy again.
 *
 *   slides           NN-name.yaml in slide order (load/editionFiles.ts) → 01-name.yaml, 02-…, keeping
 *                    the name after the number and the extension
 *   their files      a data or picture file that a slide names and whose name starts with the
 *                    slide's number (09-meldingstjeneste.csv beside 09-meldingstjeneste.yaml) gets
 *                    the slide's new number too
 *   references       every field that names a renamed file (FILE_FIELDS, in any slide or deck.yaml)
 *                    is rewritten in place: only that value changes, comments and layout stay
 *
 * Nothing is renamed when a file name has a mistake (the order would be a guess), when a file
 * cannot be read as YAML (its references would be missed), or when a new name is taken by a file
 * that stays (or by two files at once, also in other upper and lower case).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { Scalar } from 'yaml';
import { ContentError, type Problem } from '../errors.js';
import { DECK_FILE, listFolder, namedFiles, numberWidth, sortFolder, type SlideName } from '../load/editionFiles.js';
import { parseSource, type SourceFile } from '../load/sourceFile.js';
import { msg } from '../messages/index.js';

export interface Rewrite {
  /** The YAML file, as shown, and where the value stands. */
  file: string;
  line: number;
  col: number;
  field: string;
  from: string;
  to: string;
}

export interface RenumberResult {
  dir: string;
  /** Renamed files, relative to the folder, in slide order. */
  renamed: { from: string; to: string }[];
  rewritten: Rewrite[];
  slides: number;
  /** The last slide's number as written after renumbering (`40`). */
  last: string;
}

export function renumber(dir: string): RenumberResult {
  const shown = (name: string) => relative(process.cwd(), join(dir, name)) || name;
  const atFile = (name: string, message: string): Problem => ({ file: shown(name), line: 0, col: 0, severity: 'error', message });
  const names = listFolder(dir);
  const folder = sortFolder(names);
  if (folder.problems.length) throw new ContentError(folder.problems.map((p) => atFile(p.name, p.message)));

  const files = new Map<string, { source: SourceFile; text: string }>();
  const problems: Problem[] = [];
  for (const name of [DECK_FILE, ...folder.slides.map((s) => s.name)]) {
    const text = readFileSync(join(dir, name), 'utf8');
    const { file, problems: p } = parseSource(shown(name), text);
    problems.push(...p.filter((x) => x.severity === 'error'));
    files.set(name, { source: file, text });
  }
  if (problems.length) throw new ContentError(problems);

  const width = numberWidth(folder.slides.length);
  const prefixOf = (i: number) => String(i + 1).padStart(width, '0');
  const plan = new Map<string, string>();
  folder.slides.forEach((s, i) => {
    const to = `${prefixOf(i)}-${s.rest}`;
    if (to !== s.name) plan.set(s.name, to);
    for (const named of namedFiles(files.get(s.name)!.source.doc)) {
      const companion = named.inFolder && companionName(named.inFolder, s, prefixOf(i));
      if (companion && names.includes(named.inFolder!) && !plan.has(named.inFolder!) && companion !== named.inFolder) plan.set(named.inFolder!, companion);
    }
  });

  const collisions = collisionsOf(plan, names).map(([from, to]) => atFile(from, msg().files.renumber.collision(to)));
  if (collisions.length) throw new ContentError(collisions);

  const rewritten: Rewrite[] = [];
  for (const [name, { source, text }] of files) {
    const edits = namedFiles(source.doc).filter((n) => n.inFolder && plan.has(n.inFolder));
    if (!edits.length) continue;
    let out = text;
    // From the end of the file, so that earlier offsets stay right.
    for (const n of [...edits].sort((a, b) => b.node.range![0] - a.node.range![0])) {
      const to = plan.get(n.inFolder!)!;
      const [start, end] = n.node.range!;
      out = out.slice(0, start) + written(n.node, to) + out.slice(end);
      const at = source.lines.linePos(start);
      rewritten.push({ file: source.path, line: at.line, col: at.col, field: n.field, from: n.value, to });
    }
    writeFileSync(join(dir, name), out);
  }
  // Through temporary names, so that a chain (10 → 11 while 09b → 10) never overwrites a file.
  const moves = [...plan].map(([from, to], i) => ({ from, to, tmp: `${from}.renumber-${process.pid}-${i}` }));
  for (const m of moves) renameSync(join(dir, m.from), join(dir, m.tmp));
  for (const m of moves) renameSync(join(dir, m.tmp), join(dir, m.to));

  const order = new Map(folder.slides.map((s, i) => [s.name, i]));
  return {
    dir,
    renamed: [...plan].map(([from, to]) => ({ from, to })).sort((a, b) => (order.get(a.from) ?? 1e9) - (order.get(b.from) ?? 1e9) || a.from.localeCompare(b.from)),
    rewritten: rewritten.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    slides: folder.slides.length,
    last: prefixOf(folder.slides.length - 1),
  };
}

/** `09-meldingstjeneste.csv` named by slide 09 → `10-meldingstjeneste.csv` when the slide becomes 10. */
function companionName(file: string, slide: SlideName, prefix: string): string | undefined {
  const base = posix.basename(file);
  const old = `${slide.digits}${slide.letter}-`;
  if (!base.toLowerCase().startsWith(old.toLowerCase())) return undefined;
  const dir = posix.dirname(file);
  const renamed = `${prefix}-${base.slice(old.length)}`;
  return dir === '.' ? renamed : `${dir}/${renamed}`;
}

/** Renames whose new name another file keeps, or that two renames share (file systems that ignore case included). */
function collisionsOf(plan: ReadonlyMap<string, string>, names: readonly string[]): [string, string][] {
  const key = (n: string) => n.toLowerCase();
  const staying = new Set(names.filter((n) => !plan.has(n)).map(key));
  const targets = new Map<string, number>();
  for (const to of plan.values()) targets.set(key(to), (targets.get(key(to)) ?? 0) + 1);
  return [...plan].filter(([, to]) => staying.has(key(to)) || targets.get(key(to))! > 1);
}

/** The new value as it is written in the file: in the quotes the old one had. */
function written(node: Scalar, value: string): string {
  if (node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return value;
}
