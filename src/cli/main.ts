/**
 * The `deck` command line. main() returns the exit code; only the bin shim exits.
 * Content errors print one line per problem (file:line:col: message) and no stack trace;
 * anything unexpected is a bug and keeps its stack.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonSchemas, SCHEMA_DIR } from '../validate/jsonSchema.js';
import { build } from '../build.js';
import { checkAll } from '../check/check.js';
import { newMonth, type ChecklistItem } from '../edition/newMonth.js';
import { ContentError, EXIT, formatProblem, UsageError, type Problem } from '../errors.js';
import { DEFAULT_WIDTH, preview } from '../preview/preview.js';
import { watch } from '../watch/watch.js';

export const DEFAULT_DIR = 'content/2025-11';

export const HELP = `deck – builds the monthly Altinn report ("Oppsummering fra Altinn sentralforvaltning") as a PDF

Usage:
  deck build [DIR] [-o FILE]     Build the edition in DIR (default ${DEFAULT_DIR}) into FILE
                                 (default dist/<month>-<year>.pdf, e.g. dist/november-2025.pdf).
  deck check [DIR] [--strict]    Check the edition without writing a PDF; lists every problem and
                                 warning of every file, each as file:line:column.
  deck watch [DIR] [-o FILE]     Build, then build again each time a file of DIR is saved; only the
                                 slides that changed are drawn again. A failed build keeps the last
                                 good PDF. Ctrl+C stops.
  deck preview [DIR] [-o DIR]    One PNG per slide and an overview sheet of all slides (overview.png),
                                 drawn like the PDF, into DIR (default preview/<edition>/).
  deck new-month MONTH [--from DIR] [-o DIR]
                                 Start the edition for MONTH (e.g. 2025-12) from the latest edition in
                                 content/ (or DIR): month and titles advance, every chart gets an empty
                                 slot for the new month; ends with a checklist of what to fill in.
  deck schema                    Write the JSON Schemas for editors (content/schema/*.schema.json).
  deck --help                    Show this help.

Options:
  -o, --output PATH   Where to write: the PDF (build, watch), the pictures (preview), the new
                      edition folder (new-month; default: beside the edition it starts from).
      --strict        Treat warnings as errors (build, check); a build then writes nothing.
      --from DIR      The edition that new-month starts from.
      --width PX      Width of each slide picture in pixels (preview; default ${DEFAULT_WIDTH}).
      --per-layout    preview: one picture per layout, named after it (the layout catalogue).
  -q, --quiet         Print only errors.
  -h, --help          Show this help.

Exit codes: 0 success, 1 content error (the message names file:line:column), 2 usage error.
Progress and warnings go to stderr.
`;

const COMMANDS = ['build', 'check', 'watch', 'preview', 'new-month', 'schema'] as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Stops `deck watch`; by default Ctrl+C (SIGINT) or SIGTERM does. */
  signal?: AbortSignal;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof ContentError) {
      for (const p of err.problems) io.err(formatProblem(p) + '\n');
      const n = err.problems.length;
      io.err(`deck: ${n} problem${n === 1 ? '' : 's'} found; nothing was written\n`);
      return EXIT.content;
    }
    if (err instanceof UsageError) {
      io.err(`deck: ${err.message}\nRun "deck --help" for usage.\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        strict: { type: 'boolean', default: false },
        from: { type: 'string' },
        width: { type: 'string' },
        'per-layout': { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, dirArg, ...extra] = positionals;
  if (values.help || command === 'help') {
    io.out(HELP);
    return EXIT.ok;
  }
  const expected = `expected ${COMMANDS.slice(0, -1).map((c) => `"${c}"`).join(', ')} or "schema"`;
  if (!command) throw new UsageError(`missing command; ${expected}`);
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}"; ${expected}`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const only = (option: keyof typeof values, ...commands: string[]) => {
    const v = values[option];
    if (v !== undefined && v !== false && !commands.includes(command)) {
      const names = commands.map((c) => `"${c}"`);
      throw new UsageError(`--${option} applies to ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]} only`);
    }
  };
  only('output', 'build', 'watch', 'preview', 'new-month');
  only('strict', 'build', 'check');
  only('from', 'new-month');
  only('width', 'preview');
  only('per-layout', 'preview');

  const dir = dirArg ?? DEFAULT_DIR;
  const note = (s: string) => values.quiet || io.err(s);
  const warn = (p: Problem) => values.quiet || io.err(formatProblem(p) + '\n');

  switch (command) {
    case 'build': {
      const started = performance.now();
      // With --strict the warnings come back as the build's problems, printed once by main().
      const result = await build({ dir, out: values.output, onWarning: values.strict ? undefined : warn, strict: values.strict });
      note(`deck: wrote ${result.file} (${result.pages} pages) in ${Math.round(performance.now() - started)} ms\n`);
      return EXIT.ok;
    }
    case 'check': {
      const problems = await checkAll(dir);
      const failing = problems.filter((p) => p.severity === 'error' || values.strict);
      for (const p of problems) {
        if (p.severity === 'error' || values.strict) io.err(formatProblem(p) + '\n');
        else warn(p);
      }
      const warnings = problems.length - problems.filter((p) => p.severity === 'error').length;
      if (failing.length) {
        const more = values.strict ? (warnings ? ' (warnings count with --strict)' : '') : warnings ? `, and ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
        io.err(`deck: ${failing.length} problem${failing.length === 1 ? '' : 's'} found${more}\n`);
        return EXIT.content;
      }
      note(`deck: ${dir} is valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n`);
      return EXIT.ok;
    }
    case 'watch':
      return watchUntilStopped(dir, values.output, io, note, warn);
    case 'preview': {
      const width = values.width === undefined ? undefined : Number(values.width);
      if (width !== undefined && !(Number.isInteger(width) && width >= 96 && width <= 7680)) {
        throw new UsageError(`--width must be a whole number of pixels from 96 to 7680, found "${values.width}"`);
      }
      const started = performance.now();
      const r = await preview({ dir, outDir: values.output, width, perLayout: values['per-layout'], onWarning: warn });
      note(`deck: wrote ${r.files.length} pictures to ${r.outDir} in ${Math.round(performance.now() - started)} ms\n`);
      return EXIT.ok;
    }
    case 'new-month': {
      if (!dirArg) throw new UsageError('missing month; write for example "deck new-month 2025-12"');
      const r = newMonth({ month: dirArg, from: values.from, out: values.output });
      note(`deck: created ${r.dir} from ${r.from} (${r.slides} slides)${r.skipped.length ? `; not copied: ${r.skipped.join(', ')}` : ''}\n`);
      io.out(checklist(r.changed, r.fill, r.revise, r.dir));
      return EXIT.ok;
    }
    case 'schema': {
      if (dirArg) throw new UsageError(`unexpected argument "${dirArg}"`);
      mkdirSync(SCHEMA_DIR, { recursive: true });
      for (const [name, text] of Object.entries(jsonSchemas())) writeFileSync(join(SCHEMA_DIR, name), text);
      note(`deck: wrote ${SCHEMA_DIR}/deck.schema.json and slide.schema.json\n`);
      return EXIT.ok;
    }
  }
  return EXIT.usage;
}

async function watchUntilStopped(dir: string, out: string | undefined, io: Io, note: (s: string) => void, warn: (p: Problem) => void): Promise<number> {
  let signal = io.signal;
  let stop: (() => void) | undefined;
  if (!signal) {
    const ac = new AbortController();
    stop = () => ac.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal = ac.signal;
  }
  try {
    return await watch({ dir, out, signal, note, problem: (p) => (p.severity === 'error' ? io.err(formatProblem(p) + '\n') : warn(p)) });
  } finally {
    if (stop) {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  }
}

/** What new-month did, and what the editor must do, one line per place (file:line:col). */
export function checklist(changed: ChecklistItem[], fill: ChecklistItem[], revise: ChecklistItem[], dir: string): string {
  const line = (i: ChecklistItem) => `  ${i.line > 0 ? `${i.file}:${i.line}:${i.col}` : i.file}: ${i.text}\n`;
  let s = '';
  if (changed.length) s += `Changed for the new month:\n${changed.map(line).join('')}`;
  s += fill.length ? `\nFill in (${fill.length} number${fill.length === 1 ? '' : 's'}; each is \`~ # fyll inn\` now):\n${fill.map(line).join('')}` : '\nNothing to fill in.\n';
  if (revise.length) s += `\nCheck and revise (${revise.length}):\n${revise.map(line).join('')}`;
  s += `\nThen: deck check ${dir}   (or: deck watch ${dir}, to see the PDF as you go)\n`;
  return s;
}
