/**
 * What `deck watch` tells the editor after each build:
 *
 *   a warning     once, when it appears (not again on every save), and a line when it is gone
 *   an error      every time the build fails on it: it is why the PDF was not updated
 *   a good build  which pages look different from the last PDF, and how long after the save
 *                 the new PDF was there
 *
 * A warning is the same warning while its file and its text are the same, even if lines added
 * above it move it down. A failed build may stop before every warning is found, so only a good
 * build says that a warning is gone.
 */
import { createHash } from 'node:crypto';
import { formatProblem, type Problem } from '../errors.js';
import { msg } from '../messages/index.js';

export interface WatchReport {
  /** After a good build: its warnings, the PDF, its pages' SVGs, and the time since the save. */
  built(warnings: Problem[], file: string, pages: string[], ms: number, written?: boolean): void;
  /** After a failed build: the warnings found before it stopped, its errors, and the PDF kept. */
  failed(warnings: Problem[], errors: Problem[], kept: string | undefined): void;
}

export function createWatchReport(note: (line: string) => void, problem: (p: Problem) => void): WatchReport {
  let shown = new Map<string, Problem>();
  let lastPages: string[] | undefined;

  const identity = (p: Problem) => `${p.file}\u0000${p.message}`;
  const showNew = (warnings: Problem[]) => {
    for (const p of warnings) {
      if (!shown.has(identity(p))) problem(p);
      shown.set(identity(p), p);
    }
  };

  return {
    built(warnings, file, pages, ms, written = true) {
      const now = new Map(warnings.map((p) => [identity(p), p]));
      for (const [key, p] of shown) if (!now.has(key)) note(`${msg().watch.warningGone(formatProblem({ ...p, severity: 'error' }))}\n`);
      shown = new Map([...shown].filter(([key]) => now.has(key)));
      showNew(warnings);
      const hashes = pages.map((svg) => createHash('sha1').update(svg).digest('hex'));
      if (!lastPages) note(`${msg().watch.wrote(file, pages.length, ms)}\n`);
      else {
        const changed = hashes.flatMap((h, i) => (h !== lastPages![i] ? [i + 1] : []));
        note(`${written ? msg().watch.updated(file, ms, changed, pages.length, lastPages.length) : msg().watch.unchanged(file, ms)}\n`);
      }
      lastPages = hashes;
    },
    failed(warnings, errors, kept) {
      showNew(warnings);
      for (const p of errors) problem(p);
      note(`${msg().watch.failed(errors.length, kept)}\n`);
    },
  };
}
