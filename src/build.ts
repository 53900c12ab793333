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
 *        │ render     each slide's Handlebars layout → SVG; charts via Vega-Lite; text wrapped and fit-checked
 *        ▼
 *   RenderedSlide[]
 *        │ compose    PDFKit + svg-to-pdfkit → one PDF with outline, links and metadata
 *        ▼
 *   dist/november-2025.pdf
 */
import { join } from 'node:path';
import { composePdf, metaFor, type PageInput } from './compose/composePdf.js';
import { ContentError, type Problem } from './errors.js';
import { loadEdition } from './load/loadEdition.js';
import { MONTH_LONG } from './render/format.js';
import { startChartRenderer, type ChartRenderer } from './render/charts/pool.js';
import { finishedWithoutCharts, finishSlide, layoutSlide, type LaidOutSlide, type RenderedSlide } from './render/renderSlide.js';
import { validateEdition, type Edition } from './validate/validate.js';

export interface CheckResult {
  edition?: Edition;
  problems: Problem[];
}

/** Load and validate an edition; every problem in the folder is reported, not only the first. */
export function checkEdition(dir: string): CheckResult {
  const { source, problems } = loadEdition(dir);
  const result = validateEdition(source);
  return { edition: result.edition, problems: [...problems, ...result.problems] };
}

export interface BuildOptions {
  dir: string;
  /** Output file; default dist/<month>-<year>.pdf. */
  out?: string;
  /** Called for each warning as it is found. */
  onWarning?: (p: Problem) => void;
}

export interface BuildResult {
  file: string;
  pages: number;
  warnings: Problem[];
  slides: RenderedSlide[];
}

export function defaultOutput(edition: Edition): string {
  return join('dist', `${MONTH_LONG[edition.month - 1]}-${edition.year}.pdf`);
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  // Started first: the chart worker loads Vega while this thread reads and checks the content.
  const charts = startChartRenderer();
  try {
    const warnings: Problem[] = [];
    const warn = (p: Problem) => {
      warnings.push(p);
      opts.onWarning?.(p);
    };
    const { edition, problems } = checkEdition(opts.dir);
    problems.filter((p) => p.severity === 'warning').forEach(warn);
    const errors = problems.filter((p) => p.severity === 'error');
    if (!edition || errors.length) throw new ContentError(errors);

    // Each slide's charts go to the chart renderer the moment the slide is laid out, so the worker
    // draws them while this thread lays out the rest and composes the slides without charts.
    const laid = layoutAll(edition, (l) => (l.charts.length ? finishSlide(l, charts, warn) : finishedWithoutCharts(l)));
    // If composition stops early, the slides it never awaited must not count as unhandled failures.
    for (const { done } of laid) if (done instanceof Promise) done.catch(() => {});
    const pages: PageInput[] = laid.map(({ slide: l, done }) => ({
      page: l.page,
      title: l.title,
      opensSection: l.opensSection,
      svg: done instanceof Promise ? done.then((r) => r.svg) : done.svg,
    }));
    const slides = laid.map((l) => l.done);
    const file = opts.out ?? defaultOutput(edition);
    const monthLabel = `${MONTH_LONG[edition.month - 1]} ${edition.year}`;
    await composePdf(pages, metaFor(edition, monthLabel), file);
    return { file, pages: slides.length, warnings, slides: await Promise.all(slides) };
  } finally {
    await charts.close();
  }
}

/**
 * Lays out every slide and hands each to `next` as soon as it is laid out; collects the content
 * errors of all slides before failing (after which the results of `next` are discarded).
 */
export function layoutAll<T>(edition: Edition, next: (l: LaidOutSlide) => T): { slide: LaidOutSlide; done: T }[] {
  const laid: { slide: LaidOutSlide; done: T }[] = [];
  const problems: Problem[] = [];
  for (const s of edition.slides) {
    try {
      const slide = layoutSlide(edition, s);
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

/** Lays out and draws every slide (in-process charts); for tools that want the SVGs. */
export async function renderAll(edition: Edition, warn: (p: Problem) => void, charts: ChartRenderer = startChartRenderer()): Promise<RenderedSlide[]> {
  try {
    return await Promise.all(layoutAll(edition, (l) => finishSlide(l, charts, warn)).map((l) => l.done));
  } finally {
    await charts.close();
  }
}
