/**
 * The pipeline, one stage per folder under src/:
 *
 *   content/2025-11/*.yaml
 *        │ load       parse YAML, keep every value's line and column
 *        ▼
 *   EditionSource
 *        │ validate   check against the content model (validate/schema.ts); typed slides
 *        ▼
 *   Edition
 *        │ render     each slide's Handlebars layout → SVG; charts via Vega-Lite; text wrapped and fit-checked;
 *        │            pictures prepared (downscaled) once per deck and put in as data: URLs
 *        ▼
 *   RenderedSlide[]
 *        │ compose    our drawer on PDFKit pages → one tagged PDF with outline, links and metadata
 *        ▼
 *        │ output     written to a temporary file, renamed into place
 *        ▼
 *   dist/november-2025.pdf
 */
import { join } from 'node:path';
import { composePdf, metaFor, type ComposeOptions, type PageInput } from './compose/composePdf.js';
import { ContentError, type Problem } from './errors.js';
import { loadEdition } from './load/loadEdition.js';
import type { ParsedFiles } from './load/sourceFile.js';
import { checkOutput, isStillWritten, openOutput, writtenFile, type WrittenFile } from './output/writeFile.js';
import { MONTH_LONG } from './render/format.js';
import { startChartRenderer, type ChartRenderer } from './render/charts/pool.js';
import { finishedWithoutCharts, finishSlide, layoutSlide, type LaidOutSlide, type RenderedSlide } from './render/renderSlide.js';
import { timed, timingsBegin } from './timings.js';
import { applyAcknowledgements, type Acknowledged } from './validate/acknowledged.js';
import { validateEdition, type Edition, type Slide } from './validate/validate.js';
import { preparer, type PicturePreparer } from './render/pictures/prepare.js';
import { supplyPictures } from './render/pictures/supply.js';

export interface CheckResult {
  edition?: Edition;
  problems: Problem[];
  /** Warnings that the editor has marked as checked (`# kontrollert: …`), left out of `problems`. */
  acknowledged: Acknowledged['acknowledged'];
}

/** Load and validate an edition; every problem in the folder is reported, not only the first. */
export function checkEdition(dir: string, parsed?: ParsedFiles): CheckResult {
  const { source, problems } = loadEdition(dir, parsed);
  const result = validateEdition(source);
  const inCsv = result.edition?.slides.flatMap((s) => s.data?.acknowledgements ?? []) ?? [];
  const checked = applyAcknowledgements([...problems, ...result.problems], [source.deck, ...source.slides], inCsv);
  return { edition: result.edition, problems: checked.problems, acknowledged: checked.acknowledged };
}

export interface BuildOptions {
  dir: string;
  /** Output file; default dist/<month>-<year>.pdf. */
  out?: string;
  /** Called for each warning as it is found. */
  onWarning?: (p: Problem) => void;
  /** Warnings fail the build (nothing is written), after all of them have been found. */
  strict?: boolean;
  /** Layouts and charts kept from earlier builds (deck watch); see src/watch/cache.ts. */
  cache?: BuildCache;
  /**
   * Told the output file once the edition is valid, before anything is drawn; may throw (or reject
   * with) a ContentError. Awaited: deck build DIR DIR … decides in the editions' order, across threads.
   */
  claimOutput?: (file: string, edition: Edition) => void | Promise<void>;
  /** Also write the HTML edition beside the PDF (deck build --html). */
  html?: boolean;
}

/** What a long-lived caller (deck watch) keeps between builds so that unchanged slides are not redone. */
export interface BuildCache {
  /** The PDF the last build wrote, as it was left on disk. */
  written?: WrittenFile;
  /** The content files as parsed by earlier builds: an unchanged file is not parsed again. */
  parsed?: ParsedFiles;
  /** Lays out a slide, or returns the layout of the same slide from an earlier build. */
  layout(edition: Edition, slide: Slide): LaidOutSlide;
  /** A chart renderer that outlives one build: build() does not close it. */
  charts: ChartRenderer;
  /** Prepares pictures, or returns those of an earlier build. */
  pictures?: PicturePreparer;
  /** Draws slides as pages, or returns the drawings (and the PDF) of the same slides from an earlier build. */
  compose?: ComposeOptions;
}

export interface BuildResult {
  file: string;
  /** False when deck watch left the file alone: the save gave the same PDF as the one there. */
  written: boolean;
  pages: number;
  warnings: Problem[];
  slides: RenderedSlide[];
  /** The edition as validated (deck.yaml, the slide files): what the HTML edition and deck serve name. */
  edition: Edition;
  /** The HTML edition written beside the PDF (with `html`). */
  html?: string;
}

export function defaultOutput(edition: Edition): string {
  return join('dist', `${MONTH_LONG[edition.month - 1]}-${edition.year}.pdf`);
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  timingsBegin();
  const charts = opts.cache?.charts ?? startChartRenderer();
  try {
    const warnings: Problem[] = [];
    const warn = (p: Problem) => {
      warnings.push(p);
      opts.onWarning?.(p);
    };
    const { edition, problems } = timed('load and validate', () => checkEdition(opts.dir, opts.cache?.parsed));
    problems.filter((p) => p.severity === 'warning').forEach(warn);
    const errors = problems.filter((p) => p.severity === 'error');
    if (!edition || errors.length) throw new ContentError(errors);
    const file = opts.out ?? defaultOutput(edition);
    if (opts.claimOutput) await opts.claimOutput(file, edition);
    // Both files or neither: the HTML edition's path is checked before the PDF is written.
    const html = opts.html ? await import('./html/edition.js') : undefined;
    const htmlFile = html?.htmlPathFor(file);
    if (htmlFile) checkOutput(htmlFile, edition.dir, 'html');

    // Every slide is laid out first, so that each picture is prepared once, at the largest size the
    // deck draws it; composition draws the slides without charts and pictures first and the others
    // as their charts and pictures arrive.
    const laid = timed('layout', () => finishAll(edition, charts, opts.cache?.pictures ?? preparer, warn, opts.cache ? (s) => opts.cache!.layout(edition, s) : undefined));
    // If composition stops early, the slides it never awaited must not count as unhandled failures.
    for (const { done } of laid) if (done instanceof Promise) done.catch(() => {});
    const pages: PageInput[] = laid.map(({ slide: l, done }) => ({
      page: l.page,
      title: l.title,
      opensSection: l.opensSection,
      svg: done instanceof Promise ? done.then((r) => r.svg) : done.svg,
    }));
    const slides = laid.map((l) => l.done);
    const monthLabel = `${MONTH_LONG[edition.month - 1]} ${edition.year}`;
    if (opts.strict) {
      await Promise.all(slides);
      if (warnings.length) throw new ContentError(warnings);
    }
    // The output's temporary file exists while the PDF is composed: a path that cannot be written
    // is said before the work, and a build stopped midway leaves the previous PDF as it was.
    const out = openOutput(file, edition.dir);
    let written: boolean;
    try {
      const pdf = await composePdf(pages, metaFor(edition, monthLabel), opts.cache?.compose);
      // Composing runs in long stretches without a pause: a Ctrl+C that came meanwhile is
      // handled here (src/cli/interrupt.ts), before the previous PDF is replaced. Signals are
      // taken in the event loop's poll phase, which one setImmediate would not wait for.
      await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
      // A save that gives the same PDF (a comment edited) leaves the file alone: a viewer that has
      // it open has nothing to reload.
      written = !isStillWritten(file, pdf, opts.cache?.written);
      if (written) {
        timed('write file', () => out.commit(pdf));
        if (opts.cache) opts.cache.written = writtenFile(file, pdf);
      }
    } finally {
      out.discard();
    }
    const result: BuildResult = { file, written, pages: slides.length, warnings, slides: await Promise.all(slides), edition };
    if (html && htmlFile) {
      await html.writeHtmlEdition(result, htmlFile);
      result.html = htmlFile;
    }
    return result;
  } finally {
    if (!opts.cache) await charts.close();
  }
}

/**
 * Lays out every slide and hands each to `next` as soon as it is laid out; collects the content
 * errors of all slides before failing (after which the results of `next` are discarded).
 */
export function layoutAll<T>(
  edition: Edition,
  next: (l: LaidOutSlide) => T,
  lay: (s: Slide) => LaidOutSlide = (s) => layoutSlide(edition, s),
): { slide: LaidOutSlide; done: T }[] {
  const laid: { slide: LaidOutSlide; done: T }[] = [];
  const problems: Problem[] = [];
  for (const s of edition.slides) {
    try {
      const slide = lay(s);
      laid.push({ slide, done: problems.length ? (undefined as T) : next(slide) });
    } catch (err) {
      if (!(err instanceof ContentError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length) {
    for (const { done } of laid) if (done instanceof Promise) done.catch(() => {});
    throw new ContentError(problems);
  }
  return laid;
}

/** Lays out every slide, then finishes each: its charts drawn and its pictures put in. */
function finishAll(
  edition: Edition,
  charts: ChartRenderer,
  pictures: PicturePreparer,
  warn: (p: Problem) => void,
  lay?: (s: Slide) => LaidOutSlide,
): { slide: LaidOutSlide; done: RenderedSlide | Promise<RenderedSlide> }[] {
  const laid = layoutAll(edition, (l) => l, lay).map((l) => l.slide);
  const supply = supplyPictures(laid, pictures, warn);
  return laid.map((l) => ({ slide: l, done: l.charts.length || l.pictures.length ? finishSlide(l, charts, warn, supply) : finishedWithoutCharts(l) }));
}

/** Lays out and draws every slide (in-process charts); for tools that want the SVGs. */
export async function renderAll(edition: Edition, warn: (p: Problem) => void, charts: ChartRenderer = startChartRenderer()): Promise<RenderedSlide[]> {
  try {
    return await Promise.all(finishAll(edition, charts, preparer, warn).map((l) => l.done));
  } finally {
    await charts.close();
  }
}
