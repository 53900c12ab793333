/**
 * A chart's text alternative, in Norwegian, generated from its data: what it shows, the period,
 * the latest value and how it compares with the same month a year earlier (uptime: against the
 * requirement), the highest and lowest month, and how the year so far compares with the same months
 * of the year before. Screen readers read it for the chart's Figure in the tagged PDF.
 *
 *   «Søylediagram: Meldingstjeneste, totalt antall meldinger …, per måned fra 2022 til 2025, én søyle
 *    per år. Siste verdi november 2025: 4 951 197, 1,7 % høyere enn november 2024 (4 866 260). …»
 *
 * Written to be heard: numbers are grouped with ordinary spaces, not the no-break spaces of the
 * slide (eSpeak NG, NVDA's default voice, reads «4 951 197» with no-break spaces as three numbers,
 * with ordinary spaces as one); a negative number has a hyphen-minus, which it reads «minus» (the
 * minus sign U+2212 it reads in English); a period is «fra 2022 til 2025», not «2022–2025», whose dash
 * it drops.
 */
import { MONTH_KEYS, type CategoriesChart, type Chart, type MonthlyChart, type UptimeChart } from '../../validate/schema.js';
import { formatNumber, formatPercent, MONTH_LONG } from '../format.js';

export interface AltContext {
  /** The slide title, as plain text. */
  title: string;
  /** The slide subtitle, as plain text. */
  subtitle?: string;
}

export function chartAltText(chart: Chart, context: AltContext): string {
  switch (chart.kind) {
    case 'monthly':
      return spoken(monthlyAlt(chart, context));
    case 'categories':
      return spoken(categoriesAlt(chart, context));
    case 'uptime':
      return spoken(uptimeAlt(chart, context));
  }
}

/** Text as a speech synthesiser reads it best: ordinary spaces, and a hyphen-minus before a number. */
export function spoken(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212(?=\d)/g, '-');
}

/** «Meldingstjeneste, totalt antall meldinger …»: title, subtitle and the chart's own caption. */
function what(chart: Chart, c: AltContext): string {
  return unique([c.title, c.subtitle, chart.title])
    .map((s) => s.replace(/[.:]\s*$/, ''))
    .join(', ');
}

function unique(parts: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  return parts.filter((p): p is string => {
    const t = p?.trim();
    if (!t || seen.has(t.toLowerCase())) return false;
    seen.add(t.toLowerCase());
    return true;
  });
}

/** A value as the data table prints it: whole numbers without, others with two decimals. */
function value(v: number): string {
  return formatNumber(v, Number.isInteger(v) ? 0 : 2);
}

/** «fra 2022 til 2025», or «2025» alone. */
function span(first: string, last: string): string {
  return first === last ? first : `fra ${first} til ${last}`;
}

/** «september», «september og oktober», «mai, juni og juli». */
function list(xs: readonly string[]): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} og ${xs.at(-1)}`;
}

/** The keys of the highest and of the lowest value (all of them when several share it). */
function extremes<K>(entries: readonly (readonly [K, number])[]): { high: K[]; low: K[]; max: number; min: number } {
  const max = Math.max(...entries.map(([, v]) => v));
  const min = Math.min(...entries.map(([, v]) => v));
  return { high: entries.filter(([, v]) => v === max).map(([k]) => k), low: entries.filter(([, v]) => v === min).map(([k]) => k), max, min };
}

function monthlyAlt(chart: MonthlyChart, c: AltContext): string {
  const years = Object.keys(chart.years).sort();
  const withData = years.filter((y) => Object.values(chart.years[y] ?? {}).some((v) => v !== undefined));
  if (withData.length === 0) {
    const period = years.length ? ` ${span(years[0]!, years.at(-1)!)}` : '';
    return `Søylediagram: ${what(chart, c)}${period}. Diagrammet er tomt: det finnes ingen tall for denne perioden.`;
  }
  const head = `Søylediagram: ${what(chart, c)}, per måned ${span(withData[0]!, withData.at(-1)!)}, én søyle per år.`;
  const year = withData.at(-1)!;
  const months = chart.years[year]!;
  const filled = MONTH_KEYS.flatMap((key, i) => (months[key] === undefined ? [] : [[i, months[key]!] as const]));
  const [m, latest] = filled.at(-1)!;
  const when = `${MONTH_LONG[m]} ${year}`;
  const before = `${MONTH_LONG[m]} ${Number(year) - 1}`;
  const lastYear = chart.years[String(Number(year) - 1)];
  const previous = lastYear?.[MONTH_KEYS[m]!];
  return [`${head} Siste verdi ${when}: ${value(latest)}${change(latest, previous, before)}.`, highLow(filled, year), soFar(filled, year, lastYear)].filter(Boolean).join(' ');
}

/** «I 2025 var september høyest (503 526) og februar lavest (387 090).» Needs two different values. */
function highLow(filled: readonly (readonly [number, number])[], year: string): string {
  const e = extremes(filled);
  if (e.max === e.min) return '';
  const names = (ms: number[]) => list(ms.map((i) => MONTH_LONG[i]!));
  return `I ${year} var ${names(e.high)} høyest (${value(e.max)}) og ${names(e.low)} lavest (${value(e.min)}).`;
}

/**
 * «Fra januar til november 2025 var snittet per måned 8,1 % høyere enn i de samme månedene i 2024.»
 * Only when the year before has a value for each of those months (an average is no sum: it also
 * suits numbers that cannot be added up).
 */
function soFar(filled: readonly (readonly [number, number])[], year: string, lastYear: Partial<Record<string, number>> | undefined): string {
  if (filled.length < 2 || !lastYear) return '';
  const earlier = filled.map(([i]) => lastYear[MONTH_KEYS[i]!]);
  if (earlier.some((v) => v === undefined)) return '';
  const mean = (vs: number[]) => vs.reduce((a, v) => a + v, 0) / vs.length;
  const now = mean(filled.map(([, v]) => v));
  const then = mean(earlier as number[]);
  if (then === 0) return '';
  const months = filled.map(([i]) => i);
  const consecutive = months.every((i, k) => k === 0 || i === months[k - 1]! + 1);
  const period = consecutive ? `Fra ${MONTH_LONG[months[0]!]} til ${MONTH_LONG[months.at(-1)!]} ${year}` : `I de ${months.length} månedene med tall i ${year}`;
  const pct = ((now - then) / Math.abs(then)) * 100;
  if (Math.abs(pct) < 0.05) return `${period} var snittet per måned omtrent det samme som i de samme månedene i ${Number(year) - 1}.`;
  return `${period} var snittet per måned ${formatPercent(Math.abs(pct), 1)} ${pct > 0 ? 'høyere' : 'lavere'} enn i de samme månedene i ${Number(year) - 1}.`;
}

/** «, 1,7 % høyere enn november 2024 (4 866 260)», or why there is nothing to compare with. */
function change(latest: number, previous: number | undefined, before: string): string {
  if (previous === undefined) return `; ingen verdi for ${before} å sammenligne med`;
  if (previous === 0) return latest === 0 ? `, det samme som i ${before}` : `, mot 0 i ${before}`;
  const pct = ((latest - previous) / Math.abs(previous)) * 100;
  if (Math.abs(pct) < 0.05) return `, omtrent det samme som i ${before} (${value(previous)})`;
  return `, ${formatPercent(Math.abs(pct), 1)} ${pct > 0 ? 'høyere' : 'lavere'} enn ${before} (${value(previous)})`;
}

function categoriesAlt(chart: CategoriesChart, c: AltContext): string {
  const names = Object.keys(chart.series);
  const head = `Gruppert søylediagram: ${what(chart, c)}. ${chart.categories.length} kategorier med én søyle hver for ${list(names)}.`;
  const rows = chart.categories.map((cat, i) => {
    const values = names.filter((n) => chart.series[n]![i] !== undefined).map((n) => `${n} ${value(chart.series[n]![i]!)}`);
    return `${cat.replace(/[.:]\s*$/, '')}: ${values.length ? values.join(', ') : 'ingen tall'}`;
  });
  if (!rows.length || names.length === 0) return `${head} Diagrammet er tomt: det finnes ingen tall.`;
  return `${head} ${rows.join('; ')}.`;
}

function uptimeAlt(chart: UptimeChart, c: AltContext): string {
  const keys = Object.keys(chart.months).sort();
  const label = (key: string) => {
    const [y, m] = key.split('-');
    return `${MONTH_LONG[Number(m) - 1]} ${y}`;
  };
  const req = formatPercent(chart.requirement, 2);
  if (keys.length === 0) return `Linjediagram: ${what(chart, c)}. Diagrammet er tomt: det finnes ingen tall.`;
  const head = `Linjediagram: ${what(chart, c)}, oppetid per måned fra ${label(keys[0]!)} til ${label(keys.at(-1)!)}, med kravet på ${req} som stiplet linje.`;
  const lastKey = keys.at(-1)!;
  const latest = chart.months[lastKey]!;
  const versus =
    latest > chart.requirement ? `over kravet på ${req}` : latest === chart.requirement ? `akkurat på kravet på ${req}` : `under kravet på ${req}`;
  const [y, m] = lastKey.split('-');
  const yearBefore = `${Number(y) - 1}-${m}`;
  const before = chart.months[yearBefore];
  const compared = before === undefined ? '' : ` Samme måned året før (${label(yearBefore)}): ${formatPercent(before, 2)}.`;
  const below = keys.filter((k) => chart.months[k]! < chart.requirement);
  const misses = below.length
    ? ` ${below.length} av ${keys.length} måneder lå under kravet: ${below.map((k) => `${label(k)} (${formatPercent(chart.months[k]!, 2)})`).join(', ')}.`
    : ` Alle ${keys.length} månedene lå på eller over kravet.`;
  const e = extremes(keys.map((k) => [k, chart.months[k]!] as const));
  const months = (ks: string[]) => (ks.length <= 3 ? ` (${list(ks.map(label))})` : ` (${ks.length} måneder)`);
  const range = e.max === e.min ? '' : ` Høyeste oppetid: ${formatPercent(e.max, 2)}${months(e.high)}; laveste: ${formatPercent(e.min, 2)}${months(e.low)}.`;
  return `${head} Siste verdi ${label(lastKey)}: ${formatPercent(latest, 2)}, ${versus}.${compared}${misses}${range}`;
}
