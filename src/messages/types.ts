/**
 * What the messages are made of: the values a message names, described without words, so that
 * each catalogue (nb.ts, en.ts) can say them in its own language.
 */

/** A month as one number: year × 12 + month index (0 = January). */
export type MonthIndex = number;

/** A value found in a content file, as a message describes it. */
export type Found =
  | { kind: 'nothing' }
  | { kind: 'list' }
  | { kind: 'mapping' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'other'; value: string };

/** What kind of value a field takes, as the content model says it. */
export type TypeName = 'text' | 'number' | 'mapping' | 'list' | 'boolean' | 'other';

export function found(v: unknown): Found {
  if (v === null || v === undefined) return { kind: 'nothing' };
  if (Array.isArray(v)) return { kind: 'list' };
  if (typeof v === 'object') return { kind: 'mapping' };
  if (typeof v === 'string') return { kind: 'text', text: v };
  if (typeof v === 'number') return { kind: 'number', value: v };
  return { kind: 'other', value: String(v) };
}

/** A text on one line, cut to `max` characters. */
export function excerpt(text: string, max = 40): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 3)}…` : one;
}

/** "a, b and c" with the catalogue's word for "and" (or "or"). */
export function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
