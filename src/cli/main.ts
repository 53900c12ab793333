/**
 * The `deck` command line. main() returns the exit code; only the bin shim exits.
 * Content errors print one line per problem (file:line:col: message) and no stack trace;
 * anything unexpected is a bug and keeps its stack.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonSchemas, SCHEMA_DIR } from '../validate/jsonSchema.js';
import { build, checkEdition } from '../build.js';
import { ContentError, EXIT, formatProblem, UsageError, type Problem } from '../errors.js';

export const DEFAULT_DIR = 'content/2025-11';

export const HELP = `deck – builds the monthly Altinn report ("Oppsummering fra Altinn sentralforvaltning") as a PDF

Usage:
  deck build [DIR] [-o FILE]   Build the edition in DIR (default ${DEFAULT_DIR}) into FILE
                               (default dist/<month>-<year>.pdf, e.g. dist/november-2025.pdf).
  deck check [DIR] [--strict]  Validate the edition without writing a PDF; lists every problem.
  deck schema                  Write the JSON Schemas for editors (content/schema/*.schema.json).
  deck --help                  Show this help.

Options:
  -o, --output FILE   Where to write the PDF (build).
      --strict        Treat warnings as errors.
  -q, --quiet         Print only errors.
  -h, --help          Show this help.

Exit codes: 0 success, 1 content error (the message names file:line:column), 2 usage error.
Progress and warnings go to stderr.
`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
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
  if (!command) throw new UsageError('missing command; expected "build", "check" or "schema"');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const dir = dirArg ?? DEFAULT_DIR;
  const note = (s: string) => values.quiet || io.err(s);
  const warn = (p: Problem) => io.err(formatProblem(p) + '\n');

  switch (command) {
    case 'build': {
      const started = performance.now();
      const result = await build({ dir, out: values.output, onWarning: values.quiet ? undefined : warn });
      if (values.strict && result.warnings.length) {
        throw new ContentError(result.warnings.map((w) => ({ ...w, severity: 'error' as const })));
      }
      note(`deck: wrote ${result.file} (${result.pages} pages) in ${Math.round(performance.now() - started)} ms\n`);
      return EXIT.ok;
    }
    case 'check': {
      if (values.output) throw new UsageError('--output applies to "build" only');
      const { problems } = checkEdition(dir);
      const errors = problems.filter((p) => p.severity === 'error' || values.strict);
      for (const p of problems) (p.severity === 'error' ? io.err : values.quiet ? () => {} : io.err)(formatProblem(p) + '\n');
      if (errors.length) {
        io.err(`deck: ${errors.length} problem${errors.length === 1 ? '' : 's'} found\n`);
        return EXIT.content;
      }
      note(`deck: ${dir} is valid${problems.length ? ` (${problems.length} warning${problems.length === 1 ? '' : 's'})` : ''}\n`);
      return EXIT.ok;
    }
    case 'schema': {
      if (dirArg) throw new UsageError(`unexpected argument "${dirArg}"`);
      mkdirSync(SCHEMA_DIR, { recursive: true });
      for (const [name, text] of Object.entries(jsonSchemas())) writeFileSync(join(SCHEMA_DIR, name), text);
      note(`deck: wrote ${SCHEMA_DIR}/deck.schema.json and slide.schema.json\n`);
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown command "${command}"; expected "build", "check" or "schema"`);
  }
}
