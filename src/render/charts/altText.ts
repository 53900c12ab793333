/**
 * A chart's text alternative, in Norwegian, generated from its data: what it shows, the period,
 * the latest value and how it compares with the same month a year earlier (uptime: against the
 * requirement). Screen readers read it for the chart's Figure in the tagged PDF; the numbers use
 * the same formats as the chart and its data table (format.ts).
 *
 *   «Søylediagram: Meldingstjeneste, totalt antall meldinger …, per måned 2022–2025. Siste verdi
 *    november 2025: 4 951 197, 1,7 % høyere enn november 2024 (4 866 260).»
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
      return monthlyAlt(chart, context);
    case 'categories':
      return categoriesAlt(chart, context);
    case 'uptime':
      return uptimeAlt(chart, context);
  }
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

function span(first: string, last: string): string {
  return first === last ? first : `${first}–${last}`;
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
  const m = MONTH_KEYS.reduce((last, key, i) => (months[key] !== undefined ? i : last), -1);
  const latest = months[MONTH_KEYS[m]!]!;
  const when = `${MONTH_LONG[m]} ${year}`;
  const before = `${MONTH_LONG[m]} ${Number(year) - 1}`;
  const previous = chart.years[String(Number(year) - 1)]?.[MONTH_KEYS[m]!];
  return `${head} Siste verdi ${when}: ${value(latest)}${change(latest, previous, before)}.`;
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
  const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} og ${xs.at(-1)}`);
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
  return `${head} Siste verdi ${label(lastKey)}: ${formatPercent(latest, 2)}, ${versus}.${compared}${misses}`;
}
