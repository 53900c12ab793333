/**
 * Numbers and months as editors type them (src/validate/numbers.ts, months.ts): read as the
 * numbers and months they are, or an error that says exactly how to write them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEdition } from '../../src/build.js';
import { formatProblem } from '../../src/errors.js';
import type { MonthlyChart } from '../../src/validate/schema.js';
import { editionWith, readPdf, runCli } from '../helpers.js';

const monthly = (rows: string) => `layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n${rows}`;

function check(text: string, file = '05-meldinger.yaml') {
  const { edition, problems } = checkEdition(editionWith({ [file]: text }));
  return { edition, problems: problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*\//, '') })) };
}

const year = (text: string) => (check(text).edition?.slides[4]!.content as { chart: MonthlyChart }).chart.years['2025'];

describe('chart values', () => {
  it.each([
    ['7120449', 7120449],
    ['7 120 449', 7120449],
    ['7\u00a0120\u00a0449', 7120449],
    ['7\u202f120\u202f449', 7120449],
    ['99,97', 99.97],
    ['"99.97"', 99.97],
    ['"1168508"', 1168508],
    ['12 473 228,5', 12473228.5],
    ['−5', -5],
  ])('reads %j as %d', (written, value) => {
    expect(year(monthly(`      nov: ${written}\n`))).toEqual({ nov: value });
  });

  it.each([
    ['7.120.449', '«7.120.449» har punktum mellom sifrene. Skriv 7120449 eller 7 120 449.'],
    ['7,120,449', '«7,120,449» har komma mellom sifrene. Skriv 7120449 eller 7 120 449.'],
    ['1,530', '«1,530» kan leses på to måter: som 1530, eller som et desimaltall. Skriv 1530 hvis det er et helt tall, eller 1,53 hvis det er et desimaltall.'],
    ['7.120,5', '«7.120,5» har punktum mellom sifrene. Skriv 7120,5 eller 7 120,5.'],
    ['"7 120.5"', '«7 120.5» har punktum foran desimalene. Skriv 7 120,5 eller 7120,5.'],
    ['99,97 %', '«99,97 %» skal stå uten prosenttegn. Skriv 99,97.'],
    ['mange', '«nov» skal være et tall, men her står teksten «mange». Skriv for eksempel 7120449, 7 120 449 eller 99,97.'],
  ])('%j is an error that says how to write it', (written, message) => {
    expect(check(monthly(`      nov: ${written}\n`)).problems).toEqual([`05-meldinger.yaml:7:12: ${message}`]);
  });

  it('are read the same in uptime charts', () => {
    const c = check('layout: chart\ntitle: U\nchart:\n  kind: uptime\n  requirement: 99,90\n  months:\n    "2025-10": "99.95"\n    "2025-11": 99,97\n');
    expect(c.problems).toEqual([]);
    expect(c.edition?.slides[4]!.content).toMatchObject({ chart: { requirement: 99.9, months: { '2025-10': 99.95, '2025-11': 99.97 } } });
  });

  it('are read as numbers by the data sanity checks too', () => {
    const rows = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep'].map((m, i) => `      ${m}: 4 9${i}0 000\n`).join('');
    expect(check(monthly(`${rows}      okt: 4 871 990\n      nov: 4\u00a0871\u00a0990\n`)).problems).toEqual([
      '05-meldinger.yaml:17:12: advarsel: samme tall som oktober 2025 (4 871 990). Sjekk at tallet ikke er kopiert fra måneden før.',
    ]);
  });
});

describe('table cells', () => {
  const table = (row: string) => `layout: table\ntitle: T\ntable:\n  columns: [a, b, c, d]\n  rows:\n    - ${row}\n`;

  it('read digit groups and a decimal comma as numbers, and keep other text (a year, a percentage) as text', () => {
    const c = check(table('["Antall e-post", "1 030", "99,5", "2024"]'), '04-hendelser.yaml');
    expect(c.problems).toEqual([]);
    expect(c.edition?.slides[3]!.content).toMatchObject({ table: { rows: [['Antall e-post', 1030, 99.5, '2024']] } });
  });

  it.each([
    ['"1,530"', '«1,530» kan leses på to måter: som 1530, eller som et desimaltall. Skriv 1530 hvis det er et helt tall, eller 1,53 hvis det er et desimaltall.'],
    ['"7.120.449"', '«7.120.449» har punktum mellom sifrene. Skriv 7120449 eller 7 120 449.'],
  ])('are an error when written as %s', (cell, message) => {
    const c = check(table(`["x", ${cell}, "", ""]`), '04-hendelser.yaml');
    expect(c.problems).toEqual([`04-hendelser.yaml:6:13: ${message}`]);
  });
});

describe('month keys', () => {
  it('accept the names the slides show and the full names, in any case, as the month they name', () => {
    expect(year(monthly('      januar: 1\n      Feb.: 2\n      mars: 3\n      APRIL: 4\n      juni: 6\n      Juli: 7\n      desember: 12\n'))).toEqual({
      jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, des: 12,
    });
  });

  it('are an error when two of them name the same month, at the second', () => {
    expect(check(monthly('      jun: 5\n      Juni: 6\n')).problems).toEqual(['05-meldinger.yaml:8:7: «Juni» og «jun» er samme måned. Behold bare den ene.']);
  });

  it.each([
    ['may', '«may» er ikke en måned. Mente du «mai»?'],
    ['januer', '«januer» er ikke en måned. Mente du «januar»?'],
    ['desmber', '«desmber» er ikke en måned. Mente du «desember»?'],
    ['maj', '«maj» er ikke en måned. Skriv månedene som jan, feb, mars … des, eller med hele navnet: januar, februar …'],
  ])('suggest the month that %s was meant as, never a different one', (key, message) => {
    expect(check(monthly(`      ${key}: 5\n`)).problems).toEqual([`05-meldinger.yaml:7:7: ${message}`]);
  });
});

describe('a build with numbers as editors type them', () => {
  it('prints them the Norwegian way in the data table', async () => {
    const text = readFileSync('tests/fixtures/mini/05-meldinger.yaml', 'utf8').replace('jan: 7120449', 'januar: 7 120 449').replace('feb: 5214812', 'feb: "5\u00a0214\u00a0812"');
    const dir = editionWith({ '05-meldinger.yaml': text });
    const out = join(dir, 'x.pdf');
    const r = await runCli(['build', dir, '-o', out]);
    expect(r.code).toBe(0);
    expect((await readPdf(readFileSync(out))).pages[4]).toContain('2025 7 120 449 5 214 812 12 761 756');
  });
});
