/**
 * An uptime chart's `axisMin` (where its y axis starts) is the editor's choice of scale. A value or
 * a requirement below it would be drawn outside the plot, so it is a content error at that value,
 * not something the chart quietly works around: the editor lowers `axisMin` or corrects a typo.
 */
import type { Problem } from '../errors.js';
import { posOfPath } from '../load/sourceFile.js';
import type { Slide } from './validate.js';

/** The messages of this check: Norwegian first, English with DECK_LANG=en (for the message catalogue). */
export const axisMessages = {
  nb: {
    valueBelow: (value: number, axisMin: number, lower: string) =>
      `${value} er lavere enn starten på aksen (\`axisMin: ${axisMin}\`). Da havner punktet utenfor grafen. Skriv \`axisMin: ${lower}\` eller lavere, eller sjekk tallet.`,
    requirementBelow: (requirement: number, axisMin: number) =>
      `Kravet ${requirement} er lavere enn starten på aksen (\`axisMin: ${axisMin}\`). Da havner kravlinjen utenfor grafen. Skriv \`axisMin: ${requirement}\` eller lavere.`,
    notBelowTop: (axisMin: number) => `Aksen kan ikke starte på ${axisMin}, for den slutter på 100. Skriv et tall under 100, for eksempel \`axisMin: 99.00\`.`,
  },
  en: {
    valueBelow: (value: number, axisMin: number, lower: string) =>
      `${value} is below the start of the axis (\`axisMin: ${axisMin}\`), so the point would fall outside the chart; write \`axisMin: ${lower}\` or lower, or check the number`,
    requirementBelow: (requirement: number, axisMin: number) =>
      `the requirement ${requirement} is below the start of the axis (\`axisMin: ${axisMin}\`), so its line would fall outside the chart; write \`axisMin: ${requirement}\` or lower`,
    notBelowTop: (axisMin: number) => `the axis cannot start at ${axisMin}, since it ends at 100; write a number below 100, e.g. \`axisMin: 99.00\``,
  },
};

const messages = () => axisMessages[process.env.DECK_LANG === 'en' ? 'en' : 'nb'];

/** One error per uptime value (and requirement) below its chart's `axisMin`. */
export function axisProblems(slides: readonly Slide[]): Problem[] {
  const problems: Problem[] = [];
  for (const s of slides) {
    const chart = 'chart' in s.content ? s.content.chart : undefined;
    if (chart?.kind !== 'uptime' || chart.axisMin === undefined) continue;
    const { axisMin } = chart;
    const error = (path: PropertyKey[], message: string) => problems.push({ ...posOfPath(s.file, ['chart', ...path]), severity: 'error', message });
    if (axisMin >= 100) {
      error(['axisMin'], messages().notBelowTop(axisMin));
      continue;
    }
    if (chart.requirement < axisMin) error(['requirement'], messages().requirementBelow(chart.requirement, axisMin));
    for (const [month, value] of Object.entries(chart.months)) {
      // A step of 0.1 below the value: a round number the editor can write.
      if (value !== undefined && value < axisMin) error(['months', month], messages().valueBelow(value, axisMin, (Math.floor(value * 10 + 1e-9) / 10).toFixed(2)));
    }
  }
  return problems;
}
