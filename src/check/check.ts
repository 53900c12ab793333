/**
 * `deck check`: every problem the build would report, without drawing a chart or writing a PDF.
 *
 *   load + validate (syntax, content model, data sanity)   every file, all at once
 *   layout          every slide's text wrapped and fit-checked (text that does not fit is an error)
 *   chart warnings  the render stage's warnings (a chart without numbers), with the charts skipped
 */
import { checkEdition, layoutAll } from '../build.js';
import { ContentError, type Problem } from '../errors.js';
import type { ChartRenderer } from '../render/charts/pool.js';
import { finishSlide } from '../render/renderSlide.js';

/** Stands in for the chart renderer: the check wants the render stage's warnings, not the pictures. */
const skipCharts: ChartRenderer = {
  render: async (_chart, box) => ({ svg: '', width: box.width, height: box.height, noData: false, palette: [] }),
  close: async () => {},
};

/** Every problem of the edition, file by file, top to bottom within a file; and how many warnings are marked as checked. */
export async function checkAll(dir: string): Promise<{ problems: Problem[]; acknowledged: number }> {
  const { problems, acknowledged } = await findAll(dir);
  return { problems: inFileOrder(problems), acknowledged };
}

export function inFileOrder(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}

async function findAll(dir: string): Promise<{ problems: Problem[]; acknowledged: number }> {
  const { edition, problems, acknowledged } = checkEdition(dir);
  if (!edition || problems.some((p) => p.severity === 'error')) return { problems, acknowledged: acknowledged.length };
  const found = [...problems];
  try {
    const laid = layoutAll(edition, (l) => l);
    for (const { slide } of laid) await finishSlide(slide, skipCharts, (p) => found.push(p));
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    found.push(...err.problems);
  }
  return { problems: found, acknowledged: acknowledged.length };
}
