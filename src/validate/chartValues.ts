/**
 * Chart numbers that cannot be right, whatever the month: a content error at the value (where
 * sanity.ts only warns about numbers that are probably wrong).
 *
 *   categories   every series has one number per category, no more, no fewer
 *   counts       the numbers of monthly and category charts are counts: never below zero
 *   uptime       an uptime, its requirement and axisMin are percentages: from 0 to 100
 */
import type { Problem } from '../errors.js';
import { posOfPath } from '../load/sourceFile.js';
import { msg } from '../messages/index.js';
import type { Slide } from './validate.js';

export function chartValueProblems(slides: readonly Slide[]): Problem[] {
  const problems: Problem[] = [];
  for (const s of slides) {
    const chart = 'chart' in s.content ? s.content.chart : undefined;
    if (!chart) continue;
    const m = msg().validate.chartValues;
    const error = (path: PropertyKey[], message: string, key = false) => problems.push({ ...posOfPath(s.file, ['chart', ...path], { key }), severity: 'error', message });
    switch (chart.kind) {
      case 'monthly':
        for (const [year, months] of Object.entries(chart.years)) {
          for (const [month, value] of Object.entries(months)) if (value !== undefined && value < 0) error(['years', year, month], m.negative(value));
        }
        break;
      case 'categories':
        for (const [name, values] of Object.entries(chart.series)) {
          if (values.length !== chart.categories.length) error(['series', name], m.seriesLength(name, values.length, chart.categories.length));
          values.forEach((value, i) => value < 0 && error(['series', name, i], m.negative(value)));
        }
        break;
      case 'uptime': {
        const outside = (v: number | undefined) => v !== undefined && (v < 0 || v > 100);
        if (outside(chart.requirement)) error(['requirement'], m.notAPercentage(chart.requirement));
        if (outside(chart.axisMin)) error(['axisMin'], m.notAPercentage(chart.axisMin!));
        for (const [month, value] of Object.entries(chart.months)) if (outside(value)) error(['months', month], m.notAPercentage(value!));
        break;
      }
    }
  }
  return problems;
}
