/**
 * The data sanity rules (src/validate/sanity.ts) at their edges: what fires, what must not (noise on
 * real data), and where the warning points.
 */
import { describe, expect, it } from 'vitest';
import { checkEdition } from '../../src/build.js';
import { formatProblem } from '../../src/errors.js';
import { editionWith } from '../helpers.js';

/** The mini edition (month 2025-11) with slide 5 replaced by a chart of these year rows. */
function warningsFor(years: Record<string, Record<string, number | null>>): string[] {
  const rows = Object.entries(years)
    .map(([y, months]) => `    "${y}":${Object.keys(months).length ? '\n' : ' {}\n'}${Object.entries(months).map(([m, v]) => `      ${m}: ${v === null ? '~' : v}\n`).join('')}`)
    .join('');
  const dir = editionWith({ '05-meldinger.yaml': `layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n${rows}` });
  return checkEdition(dir).problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*\//, '') }));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov'];
/** Jan–nov 2025 with a steady level and small changes, and one value put in. */
function year2025(level: number, put: Record<string, number | null> = {}): Record<string, Record<string, number | null>> {
  return { '2025': Object.fromEntries(MONTHS.map((m, i) => [m, m in put ? put[m]! : level + (i % 3) * 1000 + i])) };
}

describe('far outside the usual level', () => {
  it('fires above 5× the median of the months around it (an extra digit)', () => {
    expect(warningsFor(year2025(1_000_000, { jun: 10_003_005 }))).toEqual([
      '05-meldinger.yaml:12:12: advarsel: 10 003 005 er mye høyere enn ellers i denne grafen (medianen for 12 måneder på hver side er 1 001 003). Sjekk om et siffer mangler eller er for mye.',
    ]);
  });

  it('fires below 1/5 (a missing digit)', () => {
    expect(warningsFor(year2025(1_000_000, { jun: 100_305 }))).toEqual([
      '05-meldinger.yaml:12:12: advarsel: 100 305 er mye lavere enn ellers i denne grafen (medianen for 12 måneder på hver side er 1 001 003). Sjekk om et siffer mangler eller er for mye.',
    ]);
  });

  it('does not fire at 4.9×', () => {
    expect(warningsFor(year2025(1_000_000, { jun: 4_900_000 }))).toEqual([]);
  });

  it('does not fire when a neighbouring month confirms the new level (a service that starts small)', () => {
    expect(warningsFor(year2025(400_000, { jan: 2256, feb: 1694 }))).toEqual([]);
  });

  it('does not fire on a real drop that the following months confirm', () => {
    expect(warningsFor(year2025(140_000, { aug: 53951, sep: 26483, okt: 31867, nov: 31000 }))).toEqual([]);
  });

  it('does not judge a value with fewer than four months around it', () => {
    expect(warningsFor({ '2025': { aug: 100, sep: 100_000, okt: 110, nov: 120 } })).toEqual([]);
  });
});

describe('the same number as the month before', () => {
  it('fires for counts, at the second value', () => {
    expect(warningsFor(year2025(1_000_000, { okt: 1_234_567, nov: 1_234_567 }))).toEqual([
      '05-meldinger.yaml:17:12: advarsel: samme tall som oktober 2025 (1 234 567). Sjekk at tallet ikke er kopiert fra måneden før.',
    ]);
  });

  it('does not fire for small numbers, which repeat by nature', () => {
    expect(warningsFor({ '2025': { jan: 40, feb: 45, mar: 51, apr: 38, mai: 44, jun: 47, jul: 30, aug: 41, sep: 44, okt: 42, nov: 42 } })).toEqual([]);
  });

  it('does not fire for uptime, whose percentages repeat by nature', () => {
    const dir = editionWith({
      '05-meldinger.yaml': 'layout: chart\ntitle: U\nchart:\n  kind: uptime\n  requirement: 99.9\n  months:\n    "2025-10": 99.97\n    "2025-11": 99.97\n',
    });
    expect(checkEdition(dir).problems).toEqual([]);
  });
});

describe('months', () => {
  it('a gap across the turn of the year is one warning, at the month after it', () => {
    expect(warningsFor({ '2024': { okt: 5, nov: 5 }, '2025': { feb: 5, mar: 5, apr: 5, mai: 5, jun: 5, jul: 5, aug: 5, sep: 5, okt: 5, nov: 6 } })).toEqual([
      '05-meldinger.yaml:10:12: advarsel: ingen tall for desember 2024 – januar 2025, mellom november 2024 og februar 2025. Legg dem inn.',
    ]);
  });

  it('an empty slot is one warning at the slot, and counts as present for gaps and the report month', () => {
    expect(warningsFor(year2025(1_000_000, { nov: null }))).toEqual([
      '05-meldinger.yaml:17:12: advarsel: ingen tall for november 2025 ennå («nov: ~»). Fyll det inn før rapporten sendes.',
    ]);
  });

  it('a slot for a month after the edition month is a future month, not a number to fill in', () => {
    expect(warningsFor({ ...year2025(1_000_000), '2025': { ...year2025(1_000_000)['2025'], des: null } })).toEqual([
      '05-meldinger.yaml:18:12: advarsel: desember 2025 er etter måneden for denne utgaven (november 2025). Fjern tallet, eller sjekk «month» i deck.yaml.',
    ]);
  });

  it('a chart with no numbers at all is left to the render stage, which warns once', () => {
    expect(warningsFor({ '2024': {}, '2025': {} })).toEqual([]);
  });
});
