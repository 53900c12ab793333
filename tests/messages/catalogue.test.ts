/**
 * The message catalogue (src/messages/): English has exactly the entries of Norwegian, and the
 * language is chosen per run.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { nb } from '../../src/messages/nb.js';

type Tree = { [k: string]: unknown };

/** Every entry as "group.name" with its kind (text, or a function and how many values it takes). */
function entries(t: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(t)) {
    const name = prefix + k;
    if (typeof v === 'function') out[name] = `function/${v.length}`;
    else if (typeof v === 'string') out[name] = 'text';
    else Object.assign(out, entries(v as Tree, `${name}.`), Object.keys(v as Tree).length ? {} : { [name]: 'empty group' });
  }
  return out;
}

describe('the message catalogue', () => {
  it('has the same entries in English as in Norwegian, each taking the same values', () => {
    expect(entries(en)).toEqual(entries(nb));
  });

  it('has the messages of every part of deck: no group is left empty', () => {
    for (const [group, entries] of Object.entries(nb)) expect(Object.keys(entries), group).not.toEqual([]);
  });
});
