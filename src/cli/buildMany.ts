/**
 * `deck build DIR DIR …`: several editions in one run, each into its default output
 * (dist/<month>-<year>.pdf). One process serves them all: Node, the modules, the fonts, the compiled
 * templates and the charts' compiled shapes are loaded once, which is most of a fresh build's time.
 *
 * An edition with problems is not written (its problems are printed as in a one-edition build) and
 * the others still are; the run then exits 1 and names the editions that were not written. Two
 * editions that would be written to the same file are a problem of the second.
 */
import { resolve } from 'node:path';
import { build } from '../build.js';
import { ContentError, EXIT, formatProblem, type Problem } from '../errors.js';
import { posOfPath } from '../load/sourceFile.js';
import { checkOutput } from '../output/writeFile.js';
import { msg } from '../messages/index.js';

export interface ManyOptions {
  strict: boolean;
  /** Each edition's HTML edition too, beside its PDF (--html). */
  html: boolean;
  /** Progress lines (stderr, unless --quiet). */
  note: (line: string) => void;
  /** A warning, when it is not a problem (without --strict). */
  warn: (p: Problem) => void;
  /** Problems (stderr, always). */
  err: (line: string) => void;
}

export async function buildEditions(dirs: readonly string[], opts: ManyOptions): Promise<number> {
  const m = msg().cli;
  const started = performance.now();
  const outputs = new Map<string, string>();
  const failed: string[] = [];
  const html = opts.html ? await import('../html/edition.js') : undefined;
  for (const dir of dirs) {
    const t0 = performance.now();
    try {
      const r = await build({
        dir,
        strict: opts.strict,
        onWarning: opts.strict ? undefined : opts.warn,
        claimOutput: (file, edition) => {
          const other = outputs.get(resolve(file));
          if (other !== undefined) throw ContentError.at(posOfPath(edition.deckFile, ['month']), m.sameOutput(file, other));
          outputs.set(resolve(file), dir);
          if (html) checkOutput(html.htmlPathFor(file), edition.dir, 'html');
        },
      });
      if (html) await html.writeHtmlEdition(r, html.htmlPathFor(r.file));
      const ms = performance.now() - t0;
      opts.note(`${html ? msg().html.wrote(r.file, html.htmlPathFor(r.file), r.pages, ms) : m.wrote(r.file, r.pages, ms)}\n`);
    } catch (err) {
      if (!(err instanceof ContentError)) throw err;
      for (const p of err.problems) opts.err(`${formatProblem(p)}\n`);
      opts.err(`${m.editionNotWritten(dir, err.problems.length)}\n`);
      failed.push(dir);
    }
    // A build runs on promises alone, and Node runs the callbacks that PDFKit's stream queues with
    // process.nextTick only when the event loop gets a turn: until then they hold the finished
    // document (some 2 MB an edition).
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
  }
  if (failed.length) {
    opts.err(`${m.editionsFailed(failed, dirs.length)}\n`);
    return EXIT.content;
  }
  opts.note(`${m.editionsWritten(dirs.length, performance.now() - started)}\n`);
  return EXIT.ok;
}
