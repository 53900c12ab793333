/** The November 2025 edition built with its HTML edition, once per test file that needs it. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../src/build.js';
import { htmlPathFor, writeHtmlEdition } from '../../src/html/edition.js';
import { runCli } from '../helpers.js';

export interface NovemberBuild {
  /** The HTML edition's path and text. */
  file: string;
  html: string;
  /** The slides' titles (as in the PDF's bookmarks) and SVGs. */
  titles: string[];
  svgs: string[];
  /** The same edition built again by `deck build --html`, to another folder. */
  again: Buffer;
}

export async function buildNovember(dir = 'content/2025-11'): Promise<NovemberBuild> {
  const out = join(mkdtempSync(join(tmpdir(), 'deck-html-')), 'november-2025.pdf');
  const r = await build({ dir, out });
  const file = await writeHtmlEdition(r, htmlPathFor(r.file));
  const other = join(mkdtempSync(join(tmpdir(), 'deck-html-')), 'x', 'utgave.pdf');
  const cli = await runCli(['build', dir, '-o', other, '--html', '-q']);
  if (cli.code !== 0) throw new Error(cli.err);
  return { file, html: readFileSync(file, 'utf8'), titles: r.slides.map((s) => s.title), svgs: r.slides.map((s) => s.svg), again: readFileSync(join(other, '..', 'utgave.html')) };
}
