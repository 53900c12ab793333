import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, MONTH_LONG, MONTH_SHORT, NB_NUMBER_LOCALE, NB_TIME_LOCALE } from '../../src/render/format.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups digits by threes with no-break spaces', () => {
    expect(formatNumber(12473228)).toBe(`12${NBSP}473${NBSP}228`);
    expect(formatNumber(1000)).toBe(`1${NBSP}000`);
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes a decimal comma, with the decimals asked for', () => {
    expect(formatNumber(99.9, 2)).toBe('99,90');
    expect(formatNumber(99.985, 1)).toBe('100,0');
    expect(formatNumber(1234.5)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(12473228.4, 0)).toBe(`12${NBSP}473${NBSP}228`);
    expect(formatNumber(0.25)).toBe('0,25');
  });

  it('uses the minus sign U+2212, and never prints −0', () => {
    expect(formatNumber(-5)).toBe(`${MINUS}5`);
    expect(formatNumber(-1500.5, 2)).toBe(`${MINUS}1${NBSP}500,50`);
    expect(formatNumber(-0.001, 2)).toBe('0,00');
    expect(formatNumber(-0)).toBe('0');
  });

  it('prints what Vega prints on a chart with the same locale', () => {
    const nb = (vega as unknown as { locale(n: object, t: object): { format(spec: string): (n: number) => string } }).locale(
      NB_NUMBER_LOCALE,
      NB_TIME_LOCALE,
    );
    for (const [n, d] of [[12473228, 0], [99.9, 2], [-1500.5, 2], [0.5, 1], [1e9, 0], [-42, 0]] as const) {
      expect(formatNumber(n, d)).toBe(nb.format(`,.${d}f`)(n));
    }
  });
});

describe('formatPercent', () => {
  it('puts a no-break space before the percent sign, two decimals by default', () => {
    expect(formatPercent(99.9)).toBe(`99,90${NBSP}%`);
    expect(formatPercent(100)).toBe(`100,00${NBSP}%`);
    expect(formatPercent(95, 0)).toBe(`95${NBSP}%`);
    expect(formatPercent(-0.5, 1)).toBe(`${MINUS}0,5${NBSP}%`);
  });
});

describe('month names', () => {
  it('has the Norwegian short forms of design.md', () => {
    expect(MONTH_SHORT).toEqual(['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.']);
  });

  it('has the full names in lower case', () => {
    expect(MONTH_LONG).toHaveLength(12);
    expect(MONTH_LONG[0]).toBe('januar');
    expect(MONTH_LONG[2]).toBe('mars');
    expect(MONTH_LONG[11]).toBe('desember');
    expect(MONTH_LONG.every((m) => m === m.toLowerCase())).toBe(true);
  });

  it('gives Vega the same month names', () => {
    const nb = (vega as unknown as { locale(n: object, t: object): { utcFormat(spec: string): (d: number) => string } }).locale(
      NB_NUMBER_LOCALE,
      NB_TIME_LOCALE,
    );
    expect(nb.utcFormat('%b %y')(Date.UTC(2023, 11, 1))).toBe('des. 23');
    expect(nb.utcFormat('%b')(Date.UTC(2025, 2, 1))).toBe('mars');
    expect(nb.utcFormat('%B')(Date.UTC(2025, 5, 1))).toBe('juni');
  });
});
