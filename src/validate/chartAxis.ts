/**
 * An uptime chart's `axisMin` (where its y axis starts) is the editor's choice of scale. A value or
 * a requirement below it would be drawn outside the plot, so it is a content error at that value,
 * not something the chart quietly works around: the editor lowers `axisMin` or corrects a typo.
 */
import type { Problem } from '../errors.js';
import { posOfPath } from '../load/sourceFile.js';
import { msg } from '../messages/index.js';
import type { Slide } from './validate.js';


/** One error per uptime value (and requirement) below its chart's `axisMin`. */
export function axisProblems(slides: readonly Slide[]): Problem[] {
  const problems: Problem[] = [];
  for (const s of slides) {
    const chart = 'chart' in s.content ? s.content.chart : undefined;
    if (chart?.kind !== 'uptime' || chart.axisMin === undefined) continue;
    const { axisMin } = chart;
    const error = (path: PropertyKey[], message: string) => problems.push({ ...posOfPath(s.file, ['chart', ...path]), severity: 'error', message });
    if (axisMin >= 100) {
      error(['axisMin'], msg().validate.axis.notBelowTop(axisMin));
      continue;
    }
    if (chart.requirement < axisMin) error(['requirement'], msg().validate.axis.requirementBelow(chart.requirement, axisMin));
    for (const [month, value] of Object.entries(chart.months)) {
      // A step of 0.1 below the value: a round number the editor can write.
      if (value !== undefined && value < axisMin) error(['months', month], msg().validate.axis.valueBelow(value, axisMin, (Math.floor(value * 10 + 1e-9) / 10).toFixed(2)));
    }
  }
  return problems;
}
