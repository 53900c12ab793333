/**
 * `deck new-month`: the December edition made from the November content, and January 2026 (a new
 * year) made from a small December edition (tests/fixtures/2025-12/).
 */
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newMonth, windowFromTitle, type NewMonthResult } from '../../src/edition/newMonth.js';
import { chartToCsv, runCli } from '../helpers.js';
import { pngPicture, svgPicture } from '../pictureFiles.js';

/** A content folder in a temp dir (schemas included, so the files' schema lines stay as they are). */
function contentCopy(edition: string, name: string): { root: string; from: string } {
  const root = join(mkdtempSync(join(tmpdir(), 'deck-month-')), 'content');
  mkdirSync(root, { recursive: true });
  cpSync('content/schema', join(root, 'schema'), { recursive: true });
  cpSync(edition, join(root, name), { recursive: true });
  return { root, from: join(root, name) };
}

const items = (r: NewMonthResult, list: 'changed' | 'fill' | 'revise') =>
  r[list].map((i) => `${relative(r.dir, i.file)}${i.line ? `:${i.line}:${i.col}` : ''}: ${i.text}`);

/** The lines that differ between two texts, as "-old" / "+new" (a small diff, enough for these edits). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return [...a.filter((l) => !b.includes(l)).map((l) => `-${l}`), ...b.filter((l) => !a.includes(l)).map((l) => `+${l}`)];
}

describe('deck new-month 2025-12 from the November edition', () => {
  let root: string;
  let from: string;
  let r: NewMonthResult;

  beforeAll(() => {
    ({ root, from } = contentCopy('content/2025-11', '2025-11'));
    r = newMonth({ month: '2025-12', contentRoot: root });
  });

  it('finds the latest edition and creates content/2025-12 next to it', () => {
    expect(r.from).toBe(from);
    expect(r.dir).toBe(join(root, '2025-12'));
    expect(r.slides).toBe(40);
    expect(r.skipped).toEqual(['SOURCE-NOTES.md']);
    expect(readdirSync(r.dir).sort()).toEqual(readdirSync(from).filter((n) => n !== 'SOURCE-NOTES.md').sort());
  });

  it('advances the month, the title page and the uptime window', () => {
    expect(items(r, 'changed')).toEqual([
      '01-tittel.yaml:4:11: subtitle: desember 2025',
      '13-autorisasjon.yaml:45:12: «# kontrollert: står slik i kildematerialet, som sist…» er tatt bort. Sjekk tallet på nytt for den nye måneden, og merk det igjen hvis det fortsatt er riktig',
      '20-advokatregisteret.yaml:36:12: «# kontrollert: oktober og november 2025 har samme ta…» er tatt bort. Sjekk tallet på nytt for den nye måneden, og merk det igjen hvis det fortsatt er riktig',
      '23-oppetid-graf.yaml:9:3: Sluttbrukerløsning inkl. grensesnitt siste 2 år (krav 99,90 %): 2023-12 er tatt ut (tittelen sier 24 måneder)',
      'deck.yaml:3:8: month: "2025-12"',
    ]);
  });

  it('leaves an empty slot for December in every monthly chart and the uptime chart, each on the checklist', () => {
    expect(items(r, 'fill')).toEqual([
      '09-meldingstjeneste.yaml:59:12: Meldingstjeneste: tallet for desember 2025',
      '10-innsendingstjeneste.yaml:59:12: Innsendingstjeneste: tallet for desember 2025',
      '11-varsling-epost.yaml:58:12: Varslingstjeneste – e-post de siste år: tallet for desember 2025',
      '12-varsling-sms.yaml:58:12: Varslingstjeneste – SMS de siste år: tallet for desember 2025',
      '13-autorisasjon.yaml:58:12: Autorisasjon: tallet for desember 2025',
      '14-samtykker.yaml:60:12: Samtykker: tallet for desember 2025',
      '15-innsendinger-altinn3.yaml:58:12: Innsendinger av Altinn 3.0-tjenester: tallet for desember 2025',
      '18-tilda.yaml:72:12: data.altinn.no – datadeling og tilrettelegging: tallet for desember 2025',
      '19-oppslag-apper.yaml:35:12: data.altinn.no – oppslag fra apper i Altinn studio: tallet for desember 2025',
      '20-advokatregisteret.yaml:37:12: data.altinn.no – Advokatregisteret: tallet for desember 2025',
      '21-bits.yaml:27:12: data.altinn.no – Bits: tallet for desember 2025',
      '23-oppetid-graf.yaml:33:16: Sluttbrukerløsning inkl. grensesnitt siste 2 år (krav 99,90 %): oppetiden for desember 2025',
    ]);
    for (const i of r.fill) expect(readFileSync(i.file, 'utf8').split('\n')[i.line - 1]).toMatch(/^ +(des|"2025-12"): ~ # fyll inn$/);
  });

  it('keeps dated text and lists it for the editor, with the numbers that are not by month', () => {
    expect(items(r, 'revise')).toEqual([
      '06-planlagte-endringer.yaml:9:9: nevner «november»: [Endringer i november](https://altinn.github.io/docs/ny-funksjonali…',
      '17-ebevis-drosjeloyve.yaml:17:3: data.altinn.no – datadeling og tilrettelegging: disse tallene er ikke per måned. Oppdater dem for desember 2025 hvis de er endret',
      '24-brukerservice.yaml:4:1: Altinn brukerservice (ABS): tallene i tabellen. Oppdater dem for desember 2025',
    ]);
    expect(readFileSync(join(r.dir, '06-planlagte-endringer.yaml'), 'utf8')).toBe(readFileSync(join(from, '06-planlagte-endringer.yaml'), 'utf8'));
  });

  it('changes nothing else: comments (but «# kontrollert»), quotes and layout stay, untouched files are copied byte for byte', () => {
    const edited: Record<string, string[]> = {
      'deck.yaml': ['-month: "2025-11"', '+month: "2025-12"'],
      '01-tittel.yaml': ['-subtitle: november 2025', '+subtitle: desember 2025'],
      '23-oppetid-graf.yaml': ['-    "2023-12": 99.98', '+    "2025-12": ~ # fyll inn'],
    };
    for (const f of ['09-meldingstjeneste', '10-innsendingstjeneste', '11-varsling-epost', '12-varsling-sms', '13-autorisasjon', '14-samtykker', '15-innsendinger-altinn3', '18-tilda', '19-oppslag-apper', '20-advokatregisteret', '21-bits']) {
      edited[`${f}.yaml`] = ['+      des: ~ # fyll inn'];
    }
    // The two checked warnings of November: the December edition is checked anew.
    edited['13-autorisasjon.yaml'] = ['-      des: 7632537 # kontrollert: står slik i kildematerialet, som siste tall i raden for 2024. Kan være et reelt fall eller en feil i kilden (SOURCE-NOTES.md 2.2).', '+      des: 7632537', '+      des: ~ # fyll inn'];
    edited['20-advokatregisteret.yaml'] = ['-      nov: 31867 # kontrollert: oktober og november 2025 har samme tall i kildematerialet. Beholdt som i kilden (SOURCE-NOTES.md 2.6).', '+      nov: 31867', '+      des: ~ # fyll inn'];
    for (const name of readdirSync(r.dir)) {
      const diff = changedLines(readFileSync(join(from, name), 'utf8'), readFileSync(join(r.dir, name), 'utf8'));
      expect(diff, name).toEqual(edited[name] ?? []);
    }
  });

  it('builds, with one warning per empty slot (file:line), and fails under --strict without writing a PDF', async () => {
    const out = join(root, 'desember.pdf');
    const shown = relative(process.cwd(), r.dir);
    const ok = await runCli(['build', r.dir, '-o', out]);
    expect(ok.code).toBe(0);
    const warnings = ok.err.split('\n').filter((l) => l.includes('advarsel: ')).map((l) => l.replace(`${shown}/`, ''));
    const slot = (file: string, line: number, key = 'des') => `${file}:${line}:${key === 'des' ? 12 : 16}: advarsel: ingen tall for desember 2025 ennå («${key}: ~»). Fyll det inn før rapporten sendes.`;
    expect(warnings).toEqual([
      slot('09-meldingstjeneste.yaml', 59),
      slot('10-innsendingstjeneste.yaml', 59),
      slot('11-varsling-epost.yaml', 58),
      slot('12-varsling-sms.yaml', 58),
      // Kept from November (see tests/content/november-2025.test.ts), like the two below.
      '13-autorisasjon.yaml:45:12: advarsel: 7 632 537 er mye lavere enn ellers i denne grafen (medianen for 12 måneder på hver side er 49 790 077). Sjekk om et siffer mangler eller er for mye.',
      slot('13-autorisasjon.yaml', 58),
      slot('14-samtykker.yaml', 60),
      slot('15-innsendinger-altinn3.yaml', 58),
      slot('18-tilda.yaml', 72),
      slot('19-oppslag-apper.yaml', 35),
      '20-advokatregisteret.yaml:36:12: advarsel: samme tall som oktober 2025 (31 867). Sjekk at tallet ikke er kopiert fra måneden før.',
      slot('20-advokatregisteret.yaml', 37),
      slot('21-bits.yaml', 27),
      slot('23-oppetid-graf.yaml', 33, '"2025-12"'),
    ]);
    expect(existsSync(out)).toBe(true);

    const strictOut = join(root, 'streng.pdf');
    const strict = await runCli(['build', r.dir, '-o', strictOut, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/deck: fant 14 feil, så ingenting er skrevet\.\n$/);
    expect(existsSync(strictOut)).toBe(false);
  });

  it('prints the checklist: every slot with file:line:col, then what to revise', async () => {
    const again = contentCopy('content/2025-11', '2025-11');
    const cli = await runCli(['new-month', '2025-12', '--from', again.from]);
    expect(cli.code).toBe(0);
    const dir = join(again.root, '2025-12');
    expect(cli.err).toBe(`deck: laget ${dir} fra ${again.from} (40 lysbilder). Ikke kopiert: SOURCE-NOTES.md.\n`);
    expect(cli.out).toContain(`Fyll inn (12 tall, der det nå står «~»):\n  ${dir}/09-meldingstjeneste.yaml:59:12: Meldingstjeneste: tallet for desember 2025\n`);
    expect(cli.out).toContain(`Se over og oppdater (3):\n  ${dir}/06-planlagte-endringer.yaml:9:9: nevner «november»: [Endringer i november](https://altinn.github.io/docs/ny-funksjonali…\n`);
    expect(cli.out).toContain(`Deretter: npx deck check ${dir}\n`);
  });
});

describe('deck new-month 2026-01 from a December edition (a new year)', () => {
  let r: NewMonthResult;
  let from: string;

  beforeAll(() => {
    ({ from } = contentCopy('tests/fixtures/2025-12', '2025-12'));
    r = newMonth({ month: '2026-01', from });
  });

  it('drops the oldest year from a four-year chart and adds the new year; a two-year chart grows', () => {
    const chart = readFileSync(join(r.dir, '04-meldingstjeneste.yaml'), 'utf8');
    expect(chart).not.toContain('"2022":');
    expect(chart).toMatch(/ {4}"2025":\n(.*\n){11} {6}des: 8700000 # made up for this test\n {4}"2026":\n {6}jan: ~ # fyll inn\n$/);
    const bits = readFileSync(join(r.dir, '05-bits.yaml'), 'utf8');
    expect(bits).toContain('    "2024":\n      sep: 2239\n');
    expect(bits).toMatch(/ {4}"2026":\n {6}jan: ~ # fyll inn\n$/);
    expect(items(r, 'changed')).toEqual([
      '01-tittel.yaml:4:11: subtitle: januar 2026',
      '04-meldingstjeneste.yaml:7:3: Meldingstjeneste: 2022 er tatt ut (grafen viser 4 år)',
      '06-oppetid-graf.yaml:7:3: Sluttbrukerløsning inkl. grensesnitt siste 2 år (krav 99,90 %): 2024-01 er tatt ut (tittelen sier 24 måneder)',
      'deck.yaml:5:8: month: "2026-01"',
    ]);
  });

  it('keeps the uptime window at 24 months, January 2026 last', () => {
    const uptime = readFileSync(join(r.dir, '06-oppetid-graf.yaml'), 'utf8');
    const months = [...uptime.matchAll(/^ {4}"(\d{4}-\d\d)":/gm)].map((m) => m[1]);
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2024-02');
    expect(months.at(-1)).toBe('2026-01');
  });

  it('lists the slots and the text that names the old month or the old year', () => {
    expect(items(r, 'fill')).toEqual([
      '04-meldingstjeneste.yaml:48:12: Meldingstjeneste: tallet for januar 2026',
      '05-bits.yaml:29:12: data.altinn.no – Bits: tallet for januar 2026',
      '06-oppetid-graf.yaml:31:16: Sluttbrukerløsning inkl. grensesnitt siste 2 år (krav 99,90 %): oppetiden for januar 2026',
    ]);
    expect(items(r, 'revise')).toEqual([
      '03-planlagte-endringer.yaml:5:14: nevner «2025»: [Releasenotes](https://altinn.github.io/docs/ny-funksjonalitet/rele…',
      '03-planlagte-endringer.yaml:7:9: nevner «desember»: Endringer i desember',
    ]);
  });

  it('checks with exactly the three empty slots as warnings', async () => {
    const c = await runCli(['check', r.dir]);
    expect(c.code).toBe(0);
    expect(c.err.split('\n').filter((l) => l.includes('advarsel: ')).map((l) => l.replace(/^.*\//, ''))).toEqual([
      '04-meldingstjeneste.yaml:48:12: advarsel: ingen tall for januar 2026 ennå («jan: ~»). Fyll det inn før rapporten sendes.',
      '05-bits.yaml:29:12: advarsel: ingen tall for januar 2026 ennå («jan: ~»). Fyll det inn før rapporten sendes.',
      '06-oppetid-graf.yaml:31:16: advarsel: ingen tall for januar 2026 ennå («"2026-01": ~»). Fyll det inn før rapporten sendes.',
    ]);
  });
});

describe('deck new-month with a number left empty in an earlier month', () => {
  it('lists that slot too, and prints the next command exactly as it must be typed', async () => {
    const { root, from } = contentCopy('tests/fixtures/2025-12', '2025-12');
    const bits = join(from, '05-bits.yaml');
    writeFileSync(bits, readFileSync(bits, 'utf8').replace('      nov: 12216\n', '      nov: ~ # fyll inn\n'));
    const cli = await runCli(['new-month', '2026-01', '--from', from]);
    expect(cli.code).toBe(0);
    const dir = join(root, '2026-01');
    expect(cli.out).toContain(
      `Fyll inn (4 tall, der det nå står «~»):\n` +
        `  ${dir}/04-meldingstjeneste.yaml:48:12: Meldingstjeneste: tallet for januar 2026\n` +
        `  ${dir}/05-bits.yaml:26:12: data.altinn.no – Bits: tallet for november 2025 (står tomt fra en tidligere måned)\n` +
        `  ${dir}/05-bits.yaml:29:12: data.altinn.no – Bits: tallet for januar 2026\n`,
    );
    expect(cli.out).toMatch(new RegExp(`\nDeretter: npx deck check ${dir}\n\\(eller npx deck watch ${dir} for å se PDF-en mens du jobber\\)\n$`));
  });
});

describe('deck new-month on a chart whose year has no numbers yet', () => {
  it('turns `"2025": {}` into a year with a slot for the new month', () => {
    const { from } = contentCopy('tests/fixtures/mini', '2025-11');
    const file = join(from, '05-meldinger.yaml');
    writeFileSync(file, 'layout: chart\ntitle: Maskinporten\nchart:\n  kind: monthly\n  years:\n    "2024": {}\n    "2025": {}\n');
    const r = newMonth({ month: '2025-12', from });
    const after = readFileSync(join(r.dir, '05-meldinger.yaml'), 'utf8');
    expect(after).toMatch(/\n {4}"2024": \{\}\n {4}"2025":\n {6}des: ~ # fyll inn\n$/);
    expect(items(r, 'fill')).toEqual(['05-meldinger.yaml:9:12: Maskinporten: tallet for desember 2025']);
  });
});

describe('deck new-month refuses', () => {
  it('a folder that exists already', () => {
    const { from } = contentCopy('tests/fixtures/2025-12', '2025-12');
    newMonth({ month: '2026-01', from });
    expect(() => newMonth({ month: '2026-01', from })).toThrow(/2026-01 finnes allerede\. Slett mappen først, eller velg en annen mappe med -o\./);
  });

  it('a month that is not after the edition it starts from', () => {
    expect(() => newMonth({ month: '2025-11', from: 'tests/fixtures/2025-12' })).toThrow('2025-11 kommer ikke etter utgaven i tests/fixtures/2025-12 (2025-12). Velg en senere måned.');
  });

  it('a content folder without an earlier edition', () => {
    expect(() => newMonth({ month: '2020-01' })).toThrow('fant ingen utgave før 2020-01 i content/. Si hvilken utgave du vil starte fra, med --from MAPPE.');
  });
});

describe('the uptime window named in a title', () => {
  it.each([
    ['Sluttbrukerløsning inkl. grensesnitt siste 2 år (krav 99,90 %)', 24],
    ['Oppetid siste tolv måneder', 12],
    ['Oppetid de fire siste måneder', undefined],
    ['Oppetid siste 6 mnd', 6],
    ['Oppetid', undefined],
  ])('%s → %s', (title, months) => {
    expect(windowFromTitle(title)).toBe(months);
  });
});

describe('deck new-month on a chart whose numbers are in a CSV file', () => {
  it('adds the new month’s empty cell to the CSV file, keeping its form, and lists it', () => {
    const { from } = contentCopy('tests/fixtures/2025-12', '2025-12');
    chartToCsv(from, '04-meldingstjeneste.yaml', '04-meldingstjeneste.csv');
    const before = readFileSync(join(from, '04-meldingstjeneste.csv'), 'utf8');
    // A checked number in the CSV file: the mark does not come along to the new month.
    writeFileSync(join(from, '04-meldingstjeneste.csv'), before.replace(/(\r\n2023;[^\r]*)/, '$1;# kontrollert: står slik i kilden'));
    const r = newMonth({ month: '2026-01', from });
    const csv = readFileSync(join(r.dir, '04-meldingstjeneste.csv'), 'utf8');
    // A new year: the 2026 row with an empty January cell; 2022 leaves the four-year chart.
    expect(csv).toBe(before.replace(/2022;[^\n]*\n/, '').replace(/\r\n$/, '\r\n2026;\r\n'));
    expect(csv.startsWith('\ufeffÅr;jan;')).toBe(true);
    expect(items(r, 'fill')[0]).toBe('04-meldingstjeneste.csv:5:6: Meldingstjeneste: tallet for januar 2026');
    expect(items(r, 'changed')).toContain('04-meldingstjeneste.csv: Meldingstjeneste: 2022 er tatt ut (grafen viser 4 år)');
    expect(items(r, 'changed').find((i) => i.includes('kontrollert'))).toMatch(/^04-meldingstjeneste\.csv:2:\d+: «# kontrollert: står slik i kilden» er tatt bort\. Sjekk tallet på nytt/);
    expect(csv).not.toContain('kontrollert');
    expect(readFileSync(join(r.dir, '04-meldingstjeneste.yaml'), 'utf8')).toContain('\n  data: 04-meldingstjeneste.csv\n');
    expect(readFileSync(join(r.dir, '04-meldingstjeneste.yaml'), 'utf8')).not.toContain('years');
  });
});

describe('deck new-month with pictures', () => {
  it('copies the pictures under their own names (a link inside as the file it leads to, a link out not at all), so the new edition checks clean', async () => {
    const { from } = contentCopy('tests/fixtures/mini', '2025-11');
    const png = await pngPicture(200, 100);
    mkdirSync(join(from, 'bilder'));
    writeFileSync(join(from, 'bilder', 'skjerm.png'), png);
    symlinkSync('skjerm.png', join(from, 'bilder', 'lenke.png'));
    writeFileSync(join(from, 'november-2025.svg'), svgPicture(100, 100));
    const outside = mkdtempSync(join(tmpdir(), 'deck-ute-'));
    writeFileSync(join(outside, 'ute.png'), png);
    symlinkSync(join(outside, 'ute.png'), join(from, 'bilder', 'ute.png'));
    writeFileSync(join(from, '08-bilder.yaml'), 'layout: text\ntitle: Bilder\nbody:\n  - text: Se bildet.\nimage:\n  file: bilder/lenke.png\n  alt: Skjermbilde\n');
    writeFileSync(join(from, '09-logo.yaml'), 'layout: picture\ntitle: Logo\nimage:\n  file: november-2025.svg\n  alt: Logo\n');
    // The picture the link leads to is shown too: in the new edition the link is a copy of its own, and
    // every file in an edition folder must be used (load/editionFiles.ts).
    writeFileSync(join(from, '10-skjerm.yaml'), 'layout: picture\ntitle: Skjerm\nimage:\n  file: bilder/skjerm.png\n  alt: Skjermbilde\n');
    const r = newMonth({ month: '2025-12', from });
    expect(readFileSync(join(r.dir, 'bilder', 'skjerm.png')).equals(png)).toBe(true);
    expect(lstatSync(join(r.dir, 'bilder', 'lenke.png')).isFile()).toBe(true);
    expect(readFileSync(join(r.dir, 'november-2025.svg'), 'utf8')).toBe(svgPicture(100, 100));
    expect(existsSync(join(r.dir, 'bilder', 'ute.png'))).toBe(false);
    expect(r.skipped).toEqual(['bilder/ute.png']);
    const check = await runCli(['check', r.dir]);
    expect(check.err.split('\n').filter((l) => !l.includes('advarsel:') && !l.startsWith('deck:') && l)).toEqual([]);
    expect(check.code).toBe(0);
  });
});

describe('deck new-month from a folder with a file that no slide uses', () => {
  it('still makes the new month, and the new edition’s check names the file there', async () => {
    const { from } = contentCopy('tests/fixtures/mini', '2025-11');
    writeFileSync(join(from, 'notater.txt'), 'Husk tallene for desember.\n');
    const r = newMonth({ month: '2025-12', from });
    const check = await runCli(['check', r.dir]);
    expect(check.code).toBe(1);
    expect(check.err).toContain(`${relative(process.cwd(), join(r.dir, 'notater.txt'))}: filen hører ikke til rapporten`);
  });
});
