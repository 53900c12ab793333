/**
 * The `deck` command line. main() returns the exit code; only the bin shim exits.
 * Content errors print one line per problem (file:line:col: message) and no stack trace;
 * anything unexpected is a bug and keeps its stack.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from '../validate/closest.js';
import { build } from '../build.js';
import { checkAll } from '../check/check.js';
import type { ChecklistItem } from '../edition/newMonth.js';
import { ContentError, EXIT, formatProblem, printable, UsageError, type Problem } from '../errors.js';
import { chosenLanguage, isLanguage, LANGUAGES, msg, setLanguage } from '../messages/index.js';
import { DEFAULT_WIDTH } from '../preview/defaults.js';
import { DEFAULT_PORT } from '../serve/defaults.js';
import { sourceDateProblem } from '../compose/metadata.js';
import { systemProblem } from '../output/writeFile.js';
import { interruptible } from './interrupt.js';
import { wroteMessage } from './wrote.js';

export const DEFAULT_DIR = 'content/2025-11';

// The modules that only one command or option needs (the HTML edition, serve, watch, preview,
// new-month, renumber, schema) are imported by it: a build does not load them.

export const HELP = () => msg().cli.help(DEFAULT_DIR, DEFAULT_WIDTH, DEFAULT_PORT);

const COMMANDS = ['build', 'check', 'watch', 'serve', 'preview', 'new-month', 'renumber', 'schema'] as const;

/** Where a worker thread of `deck build DIR DIR …` starts (src/cli/editionWorker.ts): the bundle exports it beside main. */
export const serveEditions = async (): Promise<void> => (await import('./buildMany.js')).serveEditions();

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
  const before = chosenLanguage();
  try {
    chooseLanguage(argv);
    return await run(argv, io);
  } catch (caught) {
    // A file or folder the system refused, where no stage gave a message of its own: one line still.
    const err = systemProblem(caught) ?? caught;
    if (err instanceof ContentError) {
      for (const p of err.problems) io.err(formatProblem(p) + '\n');
      io.err(`${msg().cli.nothingWritten(err.problems.length)}\n`);
      return EXIT.content;
    }
    if (err instanceof UsageError) {
      io.err(`deck: ${printable(err.message)}\n${msg().cli.seeHelp}\n`);
      return EXIT.usage;
    }
    throw err;
  } finally {
    // The language is the run's: a caller in the same process (a test) gets its own back.
    setLanguage(before);
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
        html: { type: 'boolean', default: false },
        port: { type: 'string' },
        from: { type: 'string' },
        width: { type: 'string' },
        'per-layout': { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        lang: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(argumentError(e as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  const [command, dirArg, ...extra] = positionals;
  if (values.help || command === 'help') {
    io.out(HELP());
    return EXIT.ok;
  }
  const m = msg().cli;
  if (!command) throw new UsageError(m.missingCommand(COMMANDS));
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(m.unknownCommand(command, closest(command, COMMANDS), COMMANDS));
  // Only build takes more than one folder (deck build DIR DIR …).
  if (extra.length && command !== 'build') throw new UsageError(m.unexpectedArgument(extra[0]!));
  const only = (option: keyof typeof values, ...commands: string[]) => {
    const v = values[option];
    if (v !== undefined && v !== false && !commands.includes(command)) throw new UsageError(m.onlyFor(`--${option}`, commands));
  };
  only('output', 'build', 'watch', 'preview', 'new-month');
  only('strict', 'build', 'check');
  only('html', 'build');
  only('port', 'serve');
  only('from', 'new-month');
  only('width', 'preview');
  only('per-layout', 'preview');
  if (values.output !== undefined && values.output.trim() === '') throw new UsageError(msg().output.noName());
  const badDate = command === 'build' || command === 'watch' || command === 'serve' ? sourceDateProblem() : undefined;
  if (badDate !== undefined) throw new UsageError(m.badSourceDate(badDate));

  const dir = dirArg ?? DEFAULT_DIR;
  const note = (s: string) => values.quiet || io.err(s);
  const warn = (p: Problem) => values.quiet || io.err(formatProblem(p) + '\n');

  switch (command) {
    case 'build': {
      if (extra.length) {
        if (values.output !== undefined) throw new UsageError(m.outputWithManyEditions);
        const { buildEditions } = await import('./buildMany.js');
        return buildEditions([dir, ...extra], { strict: values.strict, html: values.html, note, warn, err: io.err });
      }
      const started = performance.now();
      // With --strict the warnings come back as the build's problems, printed once by main().
      const result = await interruptible(io.err, () =>
        build({ dir, out: values.output, onWarning: values.strict ? undefined : warn, strict: values.strict, html: values.html }),
      );
      note(`${wroteMessage(result, performance.now() - started)}\n`);
      return EXIT.ok;
    }
    case 'check': {
      let problems: Problem[];
      let acknowledged = 0;
      try {
        ({ problems, acknowledged } = await checkAll(dir));
      } catch (err) {
        // A folder that cannot be read: its problem, and check's own summary (check writes nothing anyway).
        if (!(err instanceof ContentError)) throw err;
        problems = err.problems;
      }
      const failing = problems.filter((p) => p.severity === 'error' || values.strict);
      for (const p of problems) {
        if (p.severity === 'error' || values.strict) io.err(formatProblem(p) + '\n');
        else warn(p);
      }
      const warnings = problems.length - problems.filter((p) => p.severity === 'error').length;
      if (failing.length) {
        io.err(`${values.strict && warnings ? msg().check.failedStrict(failing.length) : msg().check.failed(failing.length, warnings)}\n`);
        return EXIT.content;
      }
      note(`${msg().check.valid(dir, warnings, acknowledged)}\n`);
      return EXIT.ok;
    }
    case 'watch': {
      const { watch } = await import('../watch/watch.js');
      return untilStopped(io, warn, (signal, problem) => watch({ dir, out: values.output, signal, note, problem }));
    }
    case 'serve': {
      const { parsePort, serve } = await import('../serve/serve.js');
      const port = parsePort(values.port);
      return untilStopped(io, warn, (signal, problem) => serve({ dir, port, signal, note, problem }));
    }
    case 'preview': {
      const width = values.width === undefined ? undefined : Number(values.width);
      if (width !== undefined && !(Number.isInteger(width) && width >= 96 && width <= 7680)) {
        throw new UsageError(m.width(values.width!));
      }
      const started = performance.now();
      const { preview } = await import('../preview/preview.js');
      const r = await interruptible(io.err, () => preview({ dir, outDir: values.output, width, perLayout: values['per-layout'], onWarning: warn }));
      note(`${msg().preview.wrote(r.files.length, r.outDir, performance.now() - started)}\n`);
      return EXIT.ok;
    }
    case 'new-month': {
      if (!dirArg) throw new UsageError(m.missingMonth);
      const { newMonth } = await import('../edition/newMonth.js');
      const r = newMonth({ month: dirArg, from: values.from, out: values.output });
      note(`${msg().newMonth.created(r.dir, r.from, r.slides, r.skipped)}\n`);
      io.out(checklist(r.changed, r.fill, r.revise, r.dir));
      return EXIT.ok;
    }
    case 'renumber': {
      const { renumber } = await import('../edition/renumber.js');
      const r = msg().files.renumber;
      let result;
      try {
        result = renumber(dir);
      } catch (err) {
        if (!(err instanceof ContentError)) throw err;
        for (const p of err.problems) io.err(formatProblem(p) + '\n');
        io.err(`${r.refused(err.problems.length)}\n`);
        return EXIT.content;
      }
      if (!result.renamed.length) {
        note(`${r.nothing(dir, result.last)}\n`);
        return EXIT.ok;
      }
      io.out(result.renamed.map((f) => `${r.renamed(f.from, f.to)}\n`).join(''));
      io.out(result.rewritten.map((w) => `  ${w.file}:${w.line}:${w.col}: ${r.rewrote(w.field, w.from, w.to)}\n`).join(''));
      note(`${r.done(dir, result.renamed.length, result.slides)}\n`);
      return EXIT.ok;
    }
    case 'schema': {
      if (dirArg) throw new UsageError(m.unexpectedArgument(dirArg));
      const { jsonSchemas, SCHEMA_DIR } = await import('../validate/jsonSchema.js');
      mkdirSync(SCHEMA_DIR, { recursive: true });
      for (const [name, text] of Object.entries(jsonSchemas())) writeFileSync(join(SCHEMA_DIR, name), text);
      note(`${m.schemaWritten(SCHEMA_DIR)}\n`);
      return EXIT.ok;
    }
  }
  return EXIT.usage;
}

/**
 * Runs a long-lived command (watch, serve) until Ctrl+C (SIGINT) or SIGTERM, or until io.signal is
 * aborted; errors are printed even with --quiet.
 */
async function untilStopped(io: Io, warn: (p: Problem) => void, run: (signal: AbortSignal, problem: (p: Problem) => void) => Promise<number>): Promise<number> {
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
    return await run(signal, (p) => (p.severity === 'error' ? io.err(formatProblem(p) + '\n') : warn(p)));
  } finally {
    if (stop) {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  }
}

/** What new-month did, and what the editor must do, one line per place (file:line:col). */
export function checklist(changed: ChecklistItem[], fill: ChecklistItem[], revise: ChecklistItem[], dir: string): string {
  const c = msg().newMonth.checklist;
  const line = (i: ChecklistItem) => `  ${printable(`${i.line > 0 ? `${i.file}:${i.line}:${i.col}` : i.file}: ${i.text}`)}\n`;
  let s = '';
  if (changed.length) s += `${c.changed}\n${changed.map(line).join('')}`;
  s += fill.length ? `\n${c.fill(fill.length)}\n${fill.map(line).join('')}` : `\n${c.nothingToFill}\n`;
  if (revise.length) s += `\n${c.revise(revise.length)}\n${revise.map(line).join('')}`;
  s += `\n${c.then(dir)}\n`;
  return s;
}

/** node:util's parseArgs errors, said in the catalogue's words. */
function argumentError(e: Error & { code?: string }): string {
  const m = msg().cli;
  const option = /'(-[^' ,]+)/.exec(e.message)?.[1] ?? /(--[\w-]+)/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return m.unknownOption(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(e.message) ? m.takesNoValue(option) : m.missingValue(/(--[\w-]+)/.exec(e.message)?.[1] ?? option);
    default:
      return m.badArguments(e.message);
  }
}

/** The language of the messages: --lang, else DECK_LANG, else Norwegian. Read before anything is said. */
function chooseLanguage(argv: string[]): void {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const fromArgs = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  const wanted = (fromArgs ?? (process.env.DECK_LANG || 'nb')).toLowerCase();
  if (isLanguage(wanted)) setLanguage(wanted);
  else {
    setLanguage('nb');
    throw new UsageError(msg().cli.unknownLanguage(wanted, Object.keys(LANGUAGES)));
  }
}
