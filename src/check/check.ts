/**
 * `deck check`: every problem the build would report, without drawing a chart or writing a PDF.
 *
 *   load + validate (syntax, content model, data sanity)   every file, all at once
 *   layout          every slide's text wrapped and fit-checked (text that does not fit is an error)
 *   chart warnings  the render stage's warnings (a chart without numbers), with the charts skipped
 *   pictures        checked in validate (file, format, alt text); prepared as for the build, for
 *                   the warning about a picture still large after downscaling
 */
import { checkEdition, layoutAll } from '../build.js';
import { ContentError, type Problem } from '../errors.js';
import type { ChartRenderer } from '../render/charts/pool.js';
import { finishSlide, type LaidOutSlide } from '../render/renderSlide.js';
import { preparer } from '../render/pictures/prepare.js';
import { supplyPictures } from '../render/pictures/supply.js';
import type { Edition, Slide } from '../validate/validate.js';

/** Stands in for the chart renderer: the check wants the render stage's warnings, not the pictures. */
const skipCharts: ChartRenderer = {
  render: async (_chart, box) => ({ svg: '', width: box.width, height: box.height, noData: false, palette: [] }),
  close: async () => {},
};

export interface CheckOptions {
  /** Lays out a slide, or returns the layout of the same slide from earlier (see BuildCache). */
  layout?: (edition: Edition, slide: Slide) => LaidOutSlide;
}

/** Every problem of the edition, file by file, top to bottom within a file; and how many warnings are marked as checked. */
export async function checkAll(dir: string, opts: CheckOptions = {}): Promise<{ problems: Problem[]; acknowledged: number }> {
  const { problems, acknowledged } = await findAll(dir, opts);
  return { problems: inFileOrder(problems), acknowledged };
}

export function inFileOrder(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}

async function findAll(dir: string, opts: CheckOptions): Promise<{ problems: Problem[]; acknowledged: number }> {
  const { edition, problems, acknowledged } = checkEdition(dir);
  if (!edition || problems.some((p) => p.severity === 'error')) return { problems, acknowledged: acknowledged.length };
  const found = [...problems];
  try {
    const laid = layoutAll(edition, (l) => l, opts.layout && ((s) => opts.layout!(edition, s))).map((l) => l.slide);
    const warn = (p: Problem) => found.push(p);
    // Pictures are prepared as for the build: the warning for a picture still large afterwards is the same.
    const pictures = supplyPictures(laid, preparer, warn);
    for (const slide of laid) await finishSlide(slide, skipCharts, warn, pictures);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    found.push(...err.problems);
  }
  return { problems: found, acknowledged: acknowledged.length };
}
