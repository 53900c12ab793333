/**
 * YAML mistakes as editors make them (tests/fixtures/yaml-mistakes/, one per file): each gives one
 * message, at the line the editor got wrong, saying what the mistake is and what to write.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseSource } from '../../src/load/sourceFile.js';
import { firstMistake } from '../../src/load/yamlMistakes.js';
import { editionWith, runCli } from '../helpers.js';

const DIR = 'tests/fixtures/yaml-mistakes';

const MISTAKES: [string, string][] = [
  ['missing colon', `${DIR}/02-mangler-kolon.yaml:3:6: det mangler kolon etter «title». Skriv «title: Hvordan melde inn hendelser».`],
  ['key:value without a space', `${DIR}/03-mangler-mellomrom.yaml:2:7: det mangler mellomrom etter kolonet. Skriv «layout: text-chart».`],
  ['a tab', `${DIR}/04-tabulator.yaml:25:1: innrykket er laget med tabulator. Bruk mellomrom i stedet.`],
  ['one line indented wrong', `${DIR}/05-feil-innrykk.yaml:12:6: feil innrykk: «mai» har 5 mellomrom foran, men «apr» på linje 11 har 6 mellomrom. Felt på samme nivå skal ha like mange mellomrom foran.`],
  ['an unclosed quote', `${DIR}/06-uavsluttet-anforselstegn.yaml:5:11: teksten begynner med anførselstegn ("), men slutter ikke med det. Sett " på slutten av teksten.`],
  ['a list item at the wrong level', `${DIR}/07-punkt-feil-niva.yaml:13:5: feil innrykk: punktet har 4 mellomrom foran «-», men punktet på linje 12 har 6 mellomrom. Punkter i samme liste skal ha like mange mellomrom foran.`],
  ['": " inside a text', `${DIR}/08-kolon-i-tekst.yaml:6:11: teksten har et kolon som gjør at den leses som et nytt felt. Sett hele teksten i anførselstegn: «text: "Merk: her presenteres tilgjengelighet for produksjonsmilj…"».`],
  ['text after the closing quote', `${DIR}/09-tekst-etter-anforselstegn.yaml:6:26: teksten fortsetter etter anførselstegnet som avslutter den («finner du utførte endringer i forrige…»). Sett anførselstegn rundt hele teksten, og skriv sitater inne i teksten med « og ».`],
];

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('deck check on YAML mistakes', () => {
  it('gives one message per file, at the line of the mistake, and exits 1', async () => {
    const r = await runCli(['check', DIR]);
    expect(lines(r.err)).toEqual([...MISTAKES.map(([, m]) => m), 'deck: fant 8 feil.']);
    expect(r.code).toBe(1);
  });

  it.each(MISTAKES)('%s: exactly one message, with its file:line:col', async (_name, message) => {
    const file = message.slice(DIR.length + 1, message.indexOf(':'));
    const dir = editionWith({}, DIR);
    for (const name of readdirSync(dir)) if (![file, 'deck.yaml', '01-forside.yaml'].includes(name)) rmSync(join(dir, name));
    const r = await runCli(['check', dir]);
    expect(lines(r.err).map((l) => l.replace(relative(process.cwd(), dir), DIR))).toEqual([message, 'deck: fant 1 feil.']);
  });

  it('says the same in English with --lang en', async () => {
    const r = await runCli(['check', DIR, '--lang', 'en']);
    expect(lines(r.err)).toContain(`${DIR}/05-feil-innrykk.yaml:12:6: wrong indentation: \`mai\` has 5 spaces in front, but \`apr\` on line 11 has 6 spaces; fields at the same level start in the same column`);
  });
});

describe('finding the mistake in the text', () => {
  const problems = (text: string) => parseSource('x.yaml', text).problems.map((p) => `${p.line}:${p.col}: ${p.message}`);

  it('gives two messages for two separate mistakes, and none for what follows from them', () => {
    expect(problems('layout: text\ntitle Oppsummering\nbody:\n  - text: Merk: dette\n  - text: Hei\n')).toEqual([
      '2:6: det mangler kolon etter «title». Skriv «title: Oppsummering».',
      '4:11: teksten har et kolon som gjør at den leses som et nytt felt. Sett hele teksten i anførselstegn: «text: "Merk: dette"».',
    ]);
  });

  it('blames the first line of a level when the lines after it agree on another column', () => {
    const text = 'layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n       jan: 5\n      feb: 6\n      mar: 7\n';
    expect(problems(text)).toEqual(['7:8: feil innrykk: «jan» har 7 mellomrom foran, men «feb» på linje 8 har 6 mellomrom. Felt på samme nivå skal ha like mange mellomrom foran.']);
  });

  it('lists the other lines indented with tabs in the one message', () => {
    expect(problems('layout: chart\ntitle: M\nchart:\n\tkind: monthly\n\tyears:\n\t\t"2025":\n\t\t\tjan: 5\n')).toEqual([
      '4:1: innrykket er laget med tabulator. Bruk mellomrom i stedet, også på linje 5, 6 og 7.',
    ]);
  });

  it('reads a field on the line after a list item as belonging to the item, not to the list', () => {
    expect(problems('layout: text\ntitle: T\nbody:\n  - text: Ved kritiske hendelser\n  bullets:\n      - Ring\n')).toEqual([
      '5:3: «bullets» står på samme nivå som punktene i lista (se linje 4), men uten «-» foran. Er det et nytt punkt, skriv «- » foran. Hører det til punktet over, rykk linjen lenger inn.',
    ]);
  });

  const editions = ['tests/fixtures/mini', 'content/2025-11'];
  const files = editions.flatMap((d) => readdirSync(d).filter((n) => n.endsWith('.yaml')).map((n) => join(d, n)));

  it.each(files)('finds no mistake in %s, which is written right', (file) => {
    expect(firstMistake(readFileSync(file, 'utf8'))).toBeUndefined();
  });

  // Every way of getting one line of a real file wrong, tried on every line: one message, on that line.
  const MUTATIONS: Record<string, (line: string) => string | undefined> = {
    'one space less': (l) => (/^ +\S/.test(l) ? l.slice(1) : undefined),
    'one space more': (l) => (/^ *[^\s#]/.test(l) ? ` ${l}` : undefined),
    'no colon': (l) => (/^\s*(- )?[\w"]+: \S/.test(l) ? l.replace(': ', ' ') : undefined),
    'no space after the colon': (l) => (/^\s*(- )?[\w"]+: \S/.test(l) ? l.replace(': ', ':') : undefined),
    'a tab': (l) => (/^ +\S/.test(l) ? l.replace(/^ +/, '\t') : undefined),
  };
  const sample = ['tests/fixtures/mini', 'tests/fixtures/2025-12'].flatMap((d) => readdirSync(d).filter((n) => n.endsWith('.yaml')).map((n) => join(d, n)));

  it.each(Object.keys(MUTATIONS))('%s on any line of a slide file: one message, on that line', (name) => {
    const wrong: string[] = [];
    let tried = 0;
    for (const file of sample) {
      const original = readFileSync(file, 'utf8').split('\n');
      original.forEach((line, i) => {
        const changed = MUTATIONS[name]!(line);
        if (changed === undefined) return;
        const text = original.map((l, j) => (j === i ? changed : l)).join('\n');
        if (parseDocument(text).errors.length === 0) return; // still valid YAML: not a syntax mistake
        tried++;
        const got = parseSource(file, text).problems;
        if (got.length !== 1 || got[0]!.line !== i + 1) wrong.push(`${file}:${i + 1}: ${got.map((p) => `${p.line}:${p.col} ${p.message}`).join(' | ')}`);
      });
    }
    expect(tried).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});
