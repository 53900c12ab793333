/**
 * Input that is too large or too deep for a slide is refused with a message at its place, quickly:
 * the size of a file before it is read, a line before it is parsed, lists and groups inside each
 * other before the parser builds them, the rest before the content is checked. (How quickly is
 * measured by npm run bench, in tests/bench/hostile.mjs; here only what is said.)
 */
import { describe, it } from 'vitest';
import { editionWith } from '../helpers.js';
import { expectRefused, SECRET } from '../refused.js';

const slide = (text: string) => editionWith({ '08-ny.yaml': text });
const at = (line: number, col: number) => `DIR/08-ny.yaml:${line}:${col}`;
const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${String(i).padStart(5, '0')}: 1`).join('\n');

describe('input too large for a slide', () => {
  it('40 000 fields, 100 000 list items, a 20 MB paragraph: refused by the size of the file', async () => {
    const tooLarge = (size: string) => `DIR/08-ny.yaml: filen er for stor (${size}). En lysbildefil kan være høyst 128 kB. Sjekk at dette er riktig fil.`;
    await expectRefused(slide(keys(40_000)), [tooLarge('391 kB')]);
    await expectRefused(slide(`layout: text\ntitle: x\nbody:\n  - bullets:\n${'      - a\n'.repeat(100_000)}`), [tooLarge('977 kB')]);
    await expectRefused(slide(`layout: text\ntitle: x\nbody:\n  - text: ${'Mye tekst her. '.repeat(1_400_000)}\n`), [tooLarge('20,0 MB')]);
  });

  it('more slide files than an edition can have, or more bytes in all', async () => {
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`${100 + i}-x.yaml`, 'layout: closing\n']));
    await expectRefused(editionWith(many), ['DIR: mappen har 208 lysbildefiler. En utgave kan ha høyst 200. Sjekk at dette er riktig mappe, eller flytt filene som ikke hører til.']);
    const large = `layout: closing\n${`# ${'x'.repeat(2998)}\n`.repeat(40)}`;
    const big = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`${10 + i}-stor.yaml`, large]));
    await expectRefused(editionWith(big), [
      'DIR: lysbildefilene i mappen er til sammen større enn 2,0 MB, som er mer enn en utgave kan være. Sjekk at dette er riktig mappe, eller flytt filene som ikke hører til.',
    ]);
  });

  it('12 000 fields or 30 000 list items in a file under the size limit: refused by their number', async () => {
    const many = (n: string) => `her står ${n} punkter eller felt på samme nivå. Det kan være høyst 500. Del innholdet på flere lysbilder.`;
    await expectRefused(slide(keys(12_000)), [`${at(1, 1)}: ${many('12 000')}`]);
    await expectRefused(slide(`layout: list-columns\ntitle: x\nitems:\n${'- a\n'.repeat(30_000)}`), [`${at(4, 1)}: ${many('30 000')}`]);
  });

  it('a line of 5 000 characters', async () => {
    await expectRefused(slide(`layout: text\ntitle: ${'a.'.repeat(2500)}\n`), [
      `${at(2, 4001)}: linjen er for lang (5 007 tegn). En linje kan ha høyst 4 000 tegn. Del teksten opp, eller sjekk at dette er riktig fil.`,
    ]);
  });

  it('a text of 5 000 characters, written on short lines', async () => {
    await expectRefused(slide(`layout: text\ntitle: x\nbody:\n  - text: >\n${'      Mye tekst her.\n'.repeat(350)}`), [
      `${at(4, 11)}: teksten er for lang (5 250 tegn). En tekst kan ha høyst 4 000 tegn, og det er mer enn et lysbilde har plass til. Kort den ned, eller del den på flere lysbilder.`,
    ]);
  });
});

describe('lists and groups inside each other', () => {
  const deep = 'lister og grupper står for mange nivåer inni hverandre her (det kan være høyst 24 nivåer). Sjekk innrykket og klammene ([ ] og { }) på linjene over.';

  it('100 000 brackets, «- » 1 000 times on one line, 30 levels of fields: refused before they are built', async () => {
    await expectRefused(slide(`layout: text\ntitle: [\n${' [\n'.repeat(40_000)}`), [`${at(26, 2)}: ${deep}`]);
    await expectRefused(slide(`layout: text\ntitle: x\nbody:\n${'- '.repeat(1000)}x\n`), [`${at(4, 123)}: ${deep}`]);
    const nested = Array.from({ length: 30 }, (_, i) => `${' '.repeat(i)}n${i}:`).join('\n');
    await expectRefused(slide(`layout: text\ntitle: x\n${nested} x\n`), [`${at(27, 25)}: ${deep}`]);
  });
});

describe('a file that repeats parts of itself (YAML anchors and aliases)', () => {
  it('an alias bomb: refused at its first alias, not expanded', async () => {
    // Seven levels of five aliases each: 35 aliases, which expand to 5⁷ × 9 texts.
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const bomb = ['layout: text', 'title: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < names.length; i++) bomb.push(`${names[i]}: &${names[i]} [${Array(5).fill(`*${names[i - 1]}`).join(', ')}]`);
    await expectRefused(slide(bomb.join('\n') + '\n'), [
      `${at(3, 8)}: her viser filen til en del av seg selv («*navn») som igjen viser videre, så innholdet blir altfor stort når det leses. Skriv innholdet der det skal stå, uten «&» og «*».`,
    ]);
  });

  it('more than 50 aliases', async () => {
    await expectRefused(slide(`layout: text\ntitle: &t Tittel\nbody:\n${'  - text: *t\n'.repeat(60)}`), [
      `${at(54, 11)}: filen viser til andre deler av seg selv (med «*navn») mer enn 50 ganger. Skriv innholdet der det skal stå, uten «&» og «*».`,
    ]);
  });
});

describe('field names that are not plain names', () => {
  const reserved = (key: string) => `«${key}» kan ikke brukes som navn på et felt, en serie eller et år. Gi det et annet navn.`;

  it('__proto__, constructor and prototype, as a field, a series, a year or an uptime month', async () => {
    await expectRefused(slide(`layout: text\ntitle: x\n__proto__:\n  polluted: ${SECRET}\nbody:\n  - text: y\n`), [`${at(3, 1)}: ${reserved('__proto__')}`]);
    const chart = (inner: string) => `layout: chart\ntitle: x\nchart:\n${inner}`;
    await expectRefused(slide(chart('  kind: categories\n  categories: [a, b]\n  series:\n    constructor: [1, 2]\n')), [`${at(7, 5)}: ${reserved('constructor')}`]);
    await expectRefused(slide(chart('  kind: monthly\n  years:\n    __proto__:\n      jan: 1\n')), [`${at(6, 5)}: ${reserved('__proto__')}`]);
    await expectRefused(slide(chart('  kind: uptime\n  requirement: 99.9\n  months:\n    prototype: 99.9\n')), [`${at(7, 5)}: ${reserved('prototype')}`]);
  });

  it('a list or a group before the colon', async () => {
    await expectRefused(slide('layout: text\n? [a, b]\n: c\n'), [
      `${at(2, 3)}: her står en liste eller en gruppe foran et kolon, der det skal stå et navn. Skriv navnet som vanlig tekst, som «title:».`,
    ]);
  });
});
