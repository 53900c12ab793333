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
import { composePdf, metaFor } from './compose/composePdf.js';
import { ContentError, type Problem } from './errors.js';
import { loadEdition } from './load/loadEdition.js';
import { MONTH_LONG } from './render/format.js';
import { renderSlide, type RenderedSlide } from './render/renderSlide.js';
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
  const warnings: Problem[] = [];
  const warn = (p: Problem) => {
    warnings.push(p);
    opts.onWarning?.(p);
  };
  const { edition, problems } = checkEdition(opts.dir);
  problems.filter((p) => p.severity === 'warning').forEach(warn);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!edition || errors.length) throw new ContentError(errors);

  const slides = await renderAll(edition, warn);
  const file = opts.out ?? defaultOutput(edition);
  const monthLabel = `${MONTH_LONG[edition.month - 1]} ${edition.year}`;
  await composePdf(slides, metaFor(edition, monthLabel), file);
  return { file, pages: slides.length, warnings, slides };
}

/** Renders every slide; collects the fit errors of all slides before failing. */
export async function renderAll(edition: Edition, warn: (p: Problem) => void): Promise<RenderedSlide[]> {
  const results = await Promise.allSettled(edition.slides.map((s) => renderSlide(edition, s, warn)));
  const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (errors.length) {
    const content = errors.filter((e): e is ContentError => e instanceof ContentError);
    if (content.length !== errors.length) throw errors.find((e) => !(e instanceof ContentError));
    throw new ContentError(content.flatMap((e) => e.problems));
  }
  return results.map((r) => (r as PromiseFulfilledResult<RenderedSlide>).value);
}
