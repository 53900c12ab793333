/**
 * A monthly chart's numbers from a CSV file beside the slide (`data:`), as Excel exports it with
 * Norwegian settings (tests/fixtures/data/), and every mistake in such a file at its CSV
 * line:column (tests/fixtures/data-broken/).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEdition } from '../../src/build.js';
import { formatProblem } from '../../src/errors.js';
import { editionWith, readPdf, runCli } from '../helpers.js';

const GOOD = 'tests/fixtures/data';
const BROKEN = 'tests/fixtures/data-broken';
const chartOf = (dir: string, page: number) => (checkEdition(dir).edition!.slides[page - 1]!.content as { chart: { years: unknown } }).chart.years;

describe('data: a CSV file with the numbers of a monthly chart', () => {
  it('reads the form Excel writes: byte order mark, CRLF, no-break spaces between digit groups, ; between cells', () => {
    const years = chartOf(GOOD, 3) as Record<string, Record<string, number>>;
    expect(years['2024']).toMatchObject({ jan: 6463278, mar: 12464299, des: 8644804 });
    // The empty cell for December 2025 is after the edition month (November): no number, no warning.
    expect(years['2025']).toEqual({ jan: 7120449, feb: 5214812, mar: 12761756, apr: 7909422, mai: 6365162, jun: 6369819, jul: 3648773, aug: 4502674, sep: 4928105, okt: 4871990, nov: 4951197 });
  });

  it('reads cells pasted with tabs between them, full month names and decimal commas', () => {
    expect(chartOf(GOOD, 4)).toEqual({ '2025': { okt: 1.5, nov: 2.25 } });
    expect(checkEdition(GOOD).problems).toEqual([]);
  });

  it('takes what a spreadsheet adds in its stride: empty columns after the table, blank rows, a year written 2 024', () => {
    const dir = editionWith({ '04-svartid.csv': 'År;okt;nov;;;\r\n;;;;;\r\n2 025;1,5;2,25;;;\r\n' }, GOOD);
    expect(chartOf(dir, 4)).toEqual({ '2025': { okt: 1.5, nov: 2.25 } });
    expect(checkEdition(dir).problems).toEqual([]);
  });

  it('shows the numbers on the page in Norwegian format', async () => {
    const dir = editionWith({}, GOOD);
    const out = join(dir, 'data.pdf');
    const r = await runCli(['build', dir, '-o', out]);
    expect(r.code).toBe(0);
    const pages = (await readPdf(readFileSync(out))).pages;
    expect(pages[2]).toContain('2025 7 120 449 5 214 812 12 761 756');
    expect(pages[3]).toContain('1,5');
    expect(pages[3]).toContain('2,25');
  });

  it('points a warning about a number at its cell in the CSV file', () => {
    const dir = editionWith({ '03-meldingstjeneste.csv': 'År;okt;nov\r\n2025;4871990;4871990\r\n' }, GOOD);
    expect(checkEdition(dir).problems.map((p) => formatProblem({ ...p, file: relative(dir, p.file) }))).toEqual([
      '03-meldingstjeneste.csv:2:14: advarsel: samme tall som oktober 2025 (4 871 990). Sjekk at tallet ikke er kopiert fra måneden før.',
    ]);
  });

  it('says every mistake at its line and column in the CSV file, one message each', () => {
    expect(checkEdition(BROKEN).problems.map(formatProblem)).toEqual([
      `${BROKEN}/03-punktum.csv:2:6: «7.120.449» har punktum mellom sifrene. Skriv 7120449 eller 7 120 449.`,
      `${BROKEN}/04-latin1.csv:1:1: filen er ikke lagret som UTF-8, så æ, ø og å blir feil her. Lagre den på nytt fra Excel som «CSV UTF-8 (kommadelt)».`,
      `${BROKEN}/05-komma.csv:1:1: første linje har ikke semikolon (;) mellom kolonnene, men komma. Med komma mellom kolonnene kan ikke tall med desimalkomma leses. Lagre filen fra Excel som CSV med norske innstillinger, eller skriv «År;jan;feb;…».`,
      `${BROKEN}/06-maaned.csv:1:8: «may» er ikke en måned. Mente du «mai»?`,
      `${BROKEN}/07-aar.csv:2:1: «25» er ikke et årstall. Første kolonne skal ha året med fire sifre, for eksempel 2025.`,
      `${BROKEN}/08-ekstra.csv:2:10: linjen har flere tall enn det er måneder i første linje (2). Fjern det som står etter siste måned, eller skriv måneden i første linje.`,
      `${BROKEN}/09-tekst.csv:2:6: her står teksten «ca. 5000», men det skal være et tall. Skriv for eksempel 7120449, 7 120 449 eller 99,97, eller la cellen stå tom.`,
      `${BROKEN}/10-anforsel.csv:2:6: cellen begynner med anførselstegn ("), men det blir ikke lukket. Sett " på slutten av cellen, eller fjern det.`,
      `${BROKEN}/11-to-ganger.csv:3:1: 2025 står også på linje 2. Hvert år skal stå på bare én linje.`,
      `${BROKEN}/12-finnes-ikke.yaml:6:9: fant ikke datafilen «finnes-ikke.csv». Legg CSV-filen i samme mappe som lysbildet, eller rett navnet.`,
      `${BROKEN}/13-begge.yaml:6:3: grafen har både «data» og «years». Tallene skal stå ett sted: enten i CSV-filen (data) eller i lysbildefilen (years). Fjern det ene.`,
      `${BROKEN}/14-uten-maaned.csv:2:10: kolonnen har ingen måned i første linje. Skriv måneden (for eksempel «des»), eller fjern kolonnen.`,
    ]);
  });

  it('refuses a data file outside the edition folder, at the field', () => {
    const dir = editionWith({ '03-meldingstjeneste.yaml': 'layout: chart\ntitle: M\nchart:\n  kind: monthly\n  data: ../andre/tall.csv\n' }, GOOD);
    expect(checkEdition(dir).problems.map((p) => formatProblem({ ...p, file: relative(dir, p.file) }))).toEqual([
      '03-meldingstjeneste.csv: ingen lysbilder bruker denne datafilen. Skriv «data: 03-meldingstjeneste.csv» i grafen som skal vise tallene, eller flytt filen ut av mappen.',
      '03-meldingstjeneste.yaml:5:9: datafilen «../andre/tall.csv» ligger utenfor utgavemappen. Legg CSV-filen i samme mappe som lysbildet, og skriv bare filnavnet.',
    ]);
  });
});
