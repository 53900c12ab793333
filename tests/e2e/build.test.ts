import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionWith, readPdf, runCli, type PdfReadback } from '../helpers.js';

describe('deck build (mini edition, end to end)', () => {
  let pdf: PdfReadback;
  let out: string;

  beforeAll(async () => {
    const dir = editionWith();
    out = join(dir, 'out', 'mini.pdf');
    const r = await runCli(['build', dir, '-o', out]);
    expect(r.err).toMatch(/skrev .*mini\.pdf \(7 sider\)/);
    expect(r.code).toBe(0);
    pdf = await readPdf(readFileSync(out));
  });

  it('has one page per slide file', () => {
    expect(pdf.pages).toHaveLength(7);
  });

  it("shows each slide's title on its page", () => {
    expect(pdf.pages[3]).toMatch(/^Hvordan melde inn hendelser\n/);
    expect(pdf.pages[4]).toContain('Meldingstjeneste');
  });

  it('prints chart numbers the Norwegian way in the data table', () => {
    expect(pdf.pages[4]).toContain('2025 7 120 449 5 214 812 12 761 756');
    expect(pdf.pages[4]).toContain('12 000 000');
  });

  it('generates the agenda from the sections of deck.yaml', () => {
    expect(pdf.pages[1]).toContain('Plattformen');
    expect(pdf.pages[1]).toContain('Her finner du oversikt over planlagte møter, kurs og arrangement.');
  });

  it('keeps Norwegian letters and typography as real text', () => {
    expect(pdf.pages[3]).toContain('Også i helgene – «alltid»');
  });

  it('makes e-mail addresses and links clickable', () => {
    expect(pdf.links).toContainEqual({ page: 4, url: 'mailto:tjenesteeier@altinn.no', text: 'tjenesteeier@altinn.no' });
    expect(pdf.links).toContainEqual({ page: 4, url: 'https://altinn.github.io/docs/ny-funksjonalitet/releases/2025/', text: 'releasenotes' });
    expect(pdf.links.find((l) => l.page === 7)?.url).toBe('mailto:postmottak@digdir.no');
  });

  it('numbers content slides in the footer but not the title, section and closing pages', () => {
    expect(pdf.pages[3]).toMatch(/november 2025 4$/);
    expect(pdf.pages[0]).not.toMatch(/\b1$/);
    expect(pdf.pages[2]).not.toContain('Oppsummering fra Altinn sentralforvaltning – november 2025');
  });

  it('has an outline with one entry per section and a child per slide', () => {
    expect(pdf.outline).toEqual([
      { title: 'Oppsummering fra Altinn sentralforvaltning for november 2025', children: [] },
      { title: 'Innhold', children: [] },
      { title: '1. Plattformen', children: ['Hvordan melde inn hendelser', 'Meldingstjeneste'] },
      { title: '2. Treffpunkt', children: ['Digitaliseringsdirektoratet'] },
    ]);
  });

  it('carries title, author and language from the deck file', () => {
    expect(pdf.info.Title).toBe('Oppsummering fra Altinn sentralforvaltning – november 2025');
    expect(pdf.info.Author).toBe('Digitaliseringsdirektoratet');
    expect(pdf.info.Language).toBe('nb-NO');
  });

  it('writes the default file name from the edition month', async () => {
    const dir = editionWith();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await runCli(['build', '.']);
      expect(r.code).toBe(0);
      expect(existsSync(join(dir, 'dist', 'november-2025.pdf'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('a failed build', () => {
  const broken: Record<string, Record<string, string>> = {
    'YAML syntax error': { '04-hendelser.yaml': 'layout: text\ntitle: [oops\n' },
    'unknown layout': { '04-hendelser.yaml': 'layout: bilde\ntitle: x\n' },
    'missing field': { '04-hendelser.yaml': 'layout: text\ntitle: x\n' },
    'wrong type': { '04-hendelser.yaml': 'layout: text\ntitle: x\nbody: 5\n' },
    'chart value that is not a number': { '05-meldinger.yaml': 'layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n      jan: mange\n' },
    'missing asset file': { 'deck.yaml': readFileSync('tests/fixtures/mini/deck.yaml', 'utf8') + 'logo: bilder/mangler.png\n' },
    'text that does not fit': { '04-hendelser.yaml': 'layout: text\ntitle: x\nbody:\n  - text: ' + 'Mer tekst. '.repeat(900) + '\n' },
  };

  for (const [name, files] of Object.entries(broken)) {
    it(`keeps the previous PDF and exits 1 with file:line on ${name}`, async () => {
      const dir = editionWith();
      const out = join(dir, 'deck.pdf');
      expect((await runCli(['build', dir, '-o', out])).code).toBe(0);
      const before = readFileSync(out);
      for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
      const r = await runCli(['build', dir, '-o', out]);
      expect(r.code).toBe(1);
      const file = Object.keys(files)[0]!;
      expect(r.err).toMatch(new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+: `));
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
      expect(readFileSync(out).equals(before)).toBe(true);
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('names the missing asset file and where it is referenced', async () => {
    const dir = editionWith({ 'deck.yaml': readFileSync('tests/fixtures/mini/deck.yaml', 'utf8') + 'logo: bilder/mangler.png\n' });
    const r = await runCli(['check', dir]);
    expect(r.err).toMatch(/deck\.yaml:24:7: fant ikke logofilen .*bilder\/mangler\.png\. Legg filen der, eller fjern «logo»\./);
  });

  it('names the text field that does not fit', async () => {
    const dir = editionWith({ '04-hendelser.yaml': 'layout: text\ntitle: x\nbody:\n  - text: kort\n  - text: ' + 'Mer tekst. '.repeat(900) + '\n' });
    const r = await runCli(['build', dir, '-o', join(dir, 'x.pdf')]);
    expect(r.err).toMatch(/04-hendelser\.yaml:5:11: teksten får ikke plass på lysbildet: den går \d+ pt nedenfor feltet sitt/);
  });

  it('names the line of deck.yaml when a deck-wide text (the footer) does not fit', async () => {
    const deck = readFileSync('tests/fixtures/mini/deck.yaml', 'utf8').replace(/^footer: .*$/m, `footer: ${'Veldig lang bunntekst '.repeat(8)}`);
    const dir = editionWith({ 'deck.yaml': deck });
    const r = await runCli(['build', dir, '-o', join(dir, 'x.pdf')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/deck\.yaml:6:9: teksten er for lang: den trenger 2 linjer, men det er plass til 1/);
    expect(r.err.match(/deck\.yaml:6:9/g)).toHaveLength(1); // once, not once per slide
  });

  it('names a title that is too long for its two lines', async () => {
    const dir = editionWith({ '04-hendelser.yaml': `layout: text\ntitle: ${'Veldig lang tittel '.repeat(12)}\nbody:\n  - text: kort\n` });
    const r = await runCli(['build', dir, '-o', join(dir, 'x.pdf')]);
    expect(r.err).toMatch(/04-hendelser\.yaml:2:8: teksten er for lang: den trenger 3 linjer, men det er plass til 2/);
  });
});

describe('the command line', () => {
  it('explains every command and option in --help', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['npx deck build [MAPPE] [-o FIL]', 'npx deck check', '--output', '--strict', 'Avslutningskoder']) expect(r.out).toContain(word);
  });

  it('exits 2 on a usage error', async () => {
    expect((await runCli(['bygg'])).code).toBe(2);
    expect((await runCli(['build', '--nope'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
  });

  it('exits 1 with a clear message when the edition folder does not exist', async () => {
    const r = await runCli(['build', 'content/1999-01']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('content/1999-01: fant ikke mappen.');
  });
});
