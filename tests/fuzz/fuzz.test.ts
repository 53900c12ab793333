/**
 * A property test of the whole pipeline on the November edition, mutated in bounded ways
 * (tests/fuzz/mutations.ts: one to three mutations of one file). For every case:
 *
 *   - check ends with problems or none (exit 1 or 0), never with anything else (a stack trace);
 *     every line it prints is file[:line:col]: message, with no raw control character
 *   - build agrees with check: it fails exactly when check fails, with the same errors
 *   - a build that succeeds writes a PDF that qpdf --check accepts
 *
 * It runs in-process with one render cache across cases (what deck watch does), so that only the
 * mutated slide is laid out and drawn again. `npm test` runs 300 cases with a fixed seed;
 * `npm run fuzz` runs 10 000 with a new seed (FUZZ_RUNS and FUZZ_SEED choose; the README has the
 * last result).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { checkAll } from '../../src/check/check.js';
import { ContentError, formatProblem, type Problem } from '../../src/errors.js';
import { createRenderCache } from '../../src/watch/cache.js';
import { editionWith } from '../helpers.js';
import { hasQpdf } from '../qpdf.js';
import { applyAll, mutation } from './mutations.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : RUNS > 1000 ? Date.now() % 2 ** 31 : 20251101;
const EDITION = 'content/2025-11';


/** A printed problem line: file, optionally :line:col, then the message; nothing a terminal obeys. */
const LINE = /^[^\n]+?(:\d+:\d+)?: \S/;
const RAW = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const errorsOf = (problems: Problem[]) => [...new Set(problems.filter((p) => p.severity === 'error').map(formatProblem))].sort();

describe('fuzzing the November edition', () => {
  const dir = editionWith({}, EDITION);
  const files = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
  const originals = new Map(files.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  const cache = createRenderCache();
  const work = mkdtempSync(join(tmpdir(), 'deck-fuzz-'));
  const out = join(work, 'fuzz.pdf');
  const pdfChecks: Promise<string | undefined>[] = [];
  const checked = new Set<string>();
  const counts = { cases: 0, refused: 0, built: 0 };
  afterAll(() => cache.close());

  /** qpdf --check on a copy of the PDF, in the background (two at a time would be the cores). */
  const checkPdf = (bytes: Buffer, what: string) => {
    const key = createHash('sha1').update(bytes).digest('hex');
    if (!hasQpdf || checked.has(key)) return;
    checked.add(key);
    const copy = join(work, `${key}.pdf`);
    writeFileSync(copy, bytes);
    pdfChecks.push(new Promise((done) => execFile('qpdf', ['--check', copy], (err, stdout) => done(err ? `qpdf --check failed on ${what}:\n${stdout}` : undefined))));
  };

  it(`check ends with exit 0 or 1, build agrees, and every PDF passes qpdf --check (${RUNS} cases, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (file, mutations) => {
        const what = `${file} after ${JSON.stringify(mutations)}`;
        writeFileSync(join(dir, file), applyAll(originals.get(file)!, mutations));
        try {
          counts.cases++;
          let problems: Problem[];
          try {
            problems = (await checkAll(dir, { layout: cache.layout })).problems;
          } catch (err) {
            if (!(err instanceof ContentError)) throw err; // anything else would be a stack trace
            problems = err.problems;
          }
          for (const p of problems) {
            const printed = formatProblem(p);
            expect(printed).toMatch(LINE);
            expect(printed).not.toMatch(RAW);
          }
          const checkErrors = errorsOf(problems);

          cache.startBuild();
          let buildErrors: string[] = [];
          try {
            await build({ dir, out, cache });
            cache.keepOnlyUsed();
          } catch (err) {
            if (!(err instanceof ContentError)) throw err;
            buildErrors = errorsOf(err.problems);
          }
          expect({ what, build: buildErrors }).toEqual({ what, build: checkErrors });
          if (checkErrors.length) counts.refused++;
          else {
            counts.built++;
            checkPdf(readFileSync(out), what);
          }
        } finally {
          writeFileSync(join(dir, file), originals.get(file)!);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: RUNS > 1000 },
    );
    const failed = (await Promise.all(pdfChecks)).filter(Boolean);
    expect(failed).toEqual([]);
    if (RUNS > 1000) console.log(`fuzz: ${counts.cases} cases (seed ${SEED}): ${counts.refused} refused with content errors, ${counts.built} built, ${checked.size} distinct PDFs checked by qpdf, 0 failures`);
  }, Math.max(120_000, RUNS * 3_000));
});
