/**
 * Norwegian (nb-NO) number and month formatting, shared by the charts (through Vega's locale)
 * and the data tables (through the functions below), so both print the same digits.
 *
 * The formats are fixed here rather than taken from the runtime's ICU data, whose versions differ
 * in small ways (design.md): digits grouped by threes with a no-break space, decimal comma,
 * a no-break space before "%", and the minus sign U+2212.
 */

/** d3-format / Vega locale definition for nb-NO (the equivalent of `Intl.NumberFormat('nb-NO')`). */
export const NB_NUMBER_LOCALE: {
  decimal: ',';
  thousands: '\u00a0';
  grouping: [3];
  currency: ['', '\u00a0kr'];
  minus: '\u2212';
} = {
  decimal: ',',
  thousands: '\u00a0',
  grouping: [3],
  currency: ['', '\u00a0kr'],
  minus: '\u2212',
};

/** Short month names (nb), January first. */
export const MONTH_SHORT: readonly string[] = Object.freeze([
  'jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.',
]);

/** Month names (nb), January first. */
export const MONTH_LONG: readonly string[] = Object.freeze([
  'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember',
]);

/**
 * d3-time-format / Vega locale definition for nb-NO: d3-time-format's nb-NO file, with the short
 * month names of design.md (d3's file has "jan", "feb" without the period).
 */
export const NB_TIME_LOCALE = {
  dateTime: '%A den %d. %B %Y %X',
  date: '%d.%m.%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  shortDays: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
  months: [...MONTH_LONG],
  shortMonths: [...MONTH_SHORT],
};

/** Decimals needed to print `n` exactly (at most 6), e.g. 99.9 → 1, 12 → 0. */
function naturalDecimals(n: number): number {
  for (let d = 0; d < 6; d++) {
    if (Math.abs(Math.round(n * 10 ** d) - n * 10 ** d) < 1e-9 * Math.max(1, Math.abs(n) * 10 ** d)) return d;
  }
  return 6;
}

/**
 * `n` in Norwegian: 12473228 → "12 473 228" (no-break spaces), 99.9 with 2 decimals → "99,90",
 * −5 → "−5" (U+2212). Without `decimals`, as many decimals as the number has (up to 6).
 */
export function formatNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const d = Math.max(0, Math.min(20, Math.trunc(decimals ?? naturalDecimals(n))));
  const fixed = Math.abs(n).toFixed(d); // "12473228.00"; exact rounding of the printed digits
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, NB_NUMBER_LOCALE.thousands);
  const body = frac ? `${grouped}${NB_NUMBER_LOCALE.decimal}${frac}` : grouped;
  // A value that rounds to zero prints as "0", not "−0" as d3-format would.
  return n < 0 && /[1-9]/.test(fixed) ? `${NB_NUMBER_LOCALE.minus}${body}` : body;
}

/** `n` percent in Norwegian: 99.9 → "99,90 %" (no-break space before the sign). */
export function formatPercent(n: number, decimals = 2): string {
  return `${formatNumber(n, decimals)}\u00a0%`;
}
