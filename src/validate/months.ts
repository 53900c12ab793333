/**
 * Month keys as editors write them: the short keys of the data (`jan` … `des`), the names the
 * slides show (`mars`, `juni`, `juli`, `jan.`), and the full names (`januar` … `desember`), in any
 * case. The content model reads them all as the short key; two keys for one month are an error.
 */
import { nearest } from './closest.js';

export const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'] as const;
export type MonthKey = (typeof MONTH_KEYS)[number];

/** Every accepted name of each month, January first; the first is the key the data uses. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'jan.', 'januar'],
  ['feb', 'feb.', 'februar'],
  ['mar', 'mars', 'mar.'],
  ['apr', 'apr.', 'april'],
  ['mai'],
  ['jun', 'juni', 'jun.'],
  ['jul', 'juli', 'jul.'],
  ['aug', 'aug.', 'august'],
  ['sep', 'sep.', 'sept', 'sept.', 'september'],
  ['okt', 'okt.', 'oktober'],
  ['nov', 'nov.', 'november'],
  ['des', 'des.', 'desember'],
];

/** Names in other languages that a month key is sometimes written as; only for suggestions. */
const OTHER_NAMES: Record<string, number> = { may: 4, march: 2, june: 5, july: 6, oct: 9, october: 9, dec: 11, december: 11, january: 0, february: 1 };

/** The month (0 = January) that a key names, or undefined. */
export function monthOf(key: string): number | undefined {
  const k = key.trim().toLowerCase();
  const i = MONTH_NAMES.findIndex((names) => names.includes(k));
  return i < 0 ? undefined : i;
}

/** Every accepted name, in any case, as a pattern a JSON Schema can carry (no flags there). */
export const MONTH_KEY_PATTERN = new RegExp(
  `^(?:${MONTH_NAMES.flat().map((n) => [...n].map((c) => (/[a-zæøå]/.test(c) ? `[${c}${c.toUpperCase()}]` : `\\${c}`)).join('')).join('|')})$`,
);

/**
 * The month name that an unknown key was probably meant as: the Norwegian key for a name in another
 * language (`may` → `mai`), or the nearest name when no other month's name is as near (`januer` →
 * `januar`). Never a different month by a tie.
 */
export function guessMonth(word: string): string | undefined {
  const w = word.trim().toLowerCase();
  if (Object.hasOwn(OTHER_NAMES, w)) return MONTH_KEYS[OTHER_NAMES[w]!];
  const all = MONTH_NAMES.flat();
  for (const prefixes of [false, true]) {
    const names = nearest(w, all, { prefixes });
    const months = new Set(names.map((n) => monthOf(n)!));
    if (months.size === 1) return names[0];
    if (months.size > 1) return undefined;
  }
  return undefined;
}
