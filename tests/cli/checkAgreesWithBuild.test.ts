/**
 * `deck check` finds what `deck build` finds: both go through one validation path (load, the
 * content model, laying out every slide), so on every broken fixture, file by file and folder by
 * folder, check fails exactly where build fails, with the same messages. The hostile fixtures
 * (tests/fixtures/hostile/) are the input an adversary or an unlucky editor writes; their exact
 * messages are listed here.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionWith, runCli } from '../helpers.js';

const HOSTILE = 'tests/fixtures/hostile';

/** What check says about each hostile file beside a title slide (besides the deck's own warning). */
export const HOSTILE_PROBLEMS: Record<string, string[]> = {
  '02-alias-bomb.yaml': ['4:8: her viser filen til en del av seg selv («*navn») som igjen viser videre, så innholdet blir altfor stort når det leses. Skriv innholdet der det skal stå, uten «&» og «*».'],
  '03-proto.yaml': ['4:1: «__proto__» kan ikke brukes som navn på et felt, en serie eller et år. Gi det et annet navn.'],
  '04-constructor-serie.yaml': ['8:5: «constructor» kan ikke brukes som navn på et felt, en serie eller et år. Gi det et annet navn.'],
  '05-javascript-lenke.yaml': ['5:11: lenken «javascript:alert(document.cookie» går ikke til en nettside eller en e-postadresse, og kan ikke brukes. En lenke begynner med https://, http:// eller mailto:, som i [Altinn](https://www.altinn.no).'],
  '06-ansi.yaml': ['2:9: ukjent oppsett «\\x1B[31mtext\\x1B[0m». Oppsettene er: title, agenda, section, divider, text, text-columns, chart, text-chart, table, list-columns, contact, closing, picture.'],
  '07-emoji.yaml': ['3:8: tegnet «🎉» (U+1F389 PARTY POPPER) finnes ikke i skriften i rapporten, og ville blitt vist som en tom rute. Skriv teksten uten det, eller bytt det ut med vanlige bokstaver.'],
  '08-uavsluttet-fet.yaml': ['5:11: «**» her har ingen «**» som avslutter uthevingen. Skriv «**» på begge sider av ordene som skal stå med fet skrift, som «**viktig**».'],
  '09-tretti-aar.yaml': ['5:3: grafen får ikke plass på lysbildet: tabellen med tallene under den tar så mye plass at det blir igjen 0 pt i høyden, og en graf trenger minst 120 pt. Vis færre år, serier eller kategorier, eller kort ned teksten.'],
  '10-femti-kategorier.yaml': ['5:3: grafen får ikke plass på lysbildet: tabellen med tallene under den tar så mye plass at det blir igjen 0 pt i høyden, og en graf trenger minst 120 pt. Vis færre år, serier eller kategorier, eller kort ned teksten.'],
  '11-serie-lengde.yaml': ['8:13: «eBevis» har 2 tall, men grafen har 4 kategorier. Skriv ett tall for hver kategori, i samme rekkefølge som i «categories».'],
  '12-negativt-antall.yaml': ['9:12: et antall kan ikke være under null, men her står −12. Sjekk tallet, og skriv det uten minustegn.'],
  '13-oppetid-over-100.yaml': ['8:16: en oppetid er en prosent fra 0 til 100, men her står 100,4. Sjekk tallet.', '9:16: en oppetid er en prosent fra 0 til 100, men her står −1. Sjekk tallet.'],
  '14-nan.yaml': ['8:12: «nov» skal være et tall, men her står «.nan». Skriv for eksempel 7120449, 7 120 449 eller 99,97.'],
  '15-layout-uten-verdi.yaml': ['2:8: feltet «layout» mangler. Skriv for eksempel «layout: title». Oppsettene er: title, agenda, section, divider, text, text-columns, chart, text-chart, table, list-columns, contact, closing, picture.'],
  '16-bare-cr.yaml': ['1:1: filen har linjeskift av en gammel type (bare CR, fra eldre Mac-programmer), som ikke leses som linjeskift. Lagre filen på nytt med vanlige linjeskift (LF eller CRLF).'],
  '17-gamle-linjeskift.yaml': ['1:13: filen har linjeskift av en gammel type (bare CR, fra eldre Mac-programmer), som ikke leses som linjeskift. Lagre filen på nytt med vanlige linjeskift (LF eller CRLF).'],
  '18-dyp.yaml': ['27:2: lister og grupper står for mange nivåer inni hverandre her (det kan være høyst 24 nivåer). Sjekk innrykket og klammene ([ ] og { }) på linjene over.'],
  '19-lang-linje.yaml': ['3:4001: linjen er for lang (5 007 tegn). En linje kan ha høyst 4 000 tegn. Del teksten opp, eller sjekk at dette er riktig fil.'],
  '20-mange-punkter.yaml': ['5:3: her står 600 punkter eller felt på samme nivå. Det kan være høyst 500. Del innholdet på flere lysbilder.'],
  '21-fil-lenke.yaml': ['6:9: lenken «file:///etc/passwd» går ikke til en nettside eller en e-postadresse, og kan ikke brukes. En lenke begynner med https://, http:// eller mailto:, som i [Altinn](https://www.altinn.no).'],
  '22-nokkel-som-liste.yaml': ['3:3: her står en liste eller en gruppe foran et kolon, der det skal stå et navn. Skriv navnet som vanlig tekst, som «title:».'],
};

/** A folder with the fixture's deck.yaml, its title slide and one file of it. */
function alone(fixtures: string, file: string): string {
  const dir = editionWith({}, fixtures);
  for (const name of readdirSync(dir)) if (![file, 'deck.yaml', '01-forside.yaml'].includes(name)) rmSync(join(dir, name), { recursive: true });
  return dir;
}

/** The problem lines printed (errors and warnings), with the folder left out of the file names. */
function problems(err: string, dir: string): { errors: string[]; warnings: string[] } {
  const shown = relative(process.cwd(), dir);
  const lines = err.split('\n').filter((l) => l && !l.startsWith('deck: ')).map((l) => l.replace(`${shown}/`, '').replace(`${dir}/`, ''));
  return { errors: lines.filter((l) => !l.includes(': advarsel: ')).sort(), warnings: lines.filter((l) => l.includes(': advarsel: ')).sort() };
}

async function checkAndBuild(dir: string) {
  const check = await runCli(['check', dir]);
  const out = join(mkdtempSync(join(tmpdir(), 'deck-agree-')), 'x.pdf');
  const build = await runCli(['build', dir, '-o', out]);
  for (const r of [check, build]) expect(r.err).not.toMatch(/\n\s+at |node:internal/);
  return { check: { code: check.code, ...problems(check.err, dir) }, build: { code: build.code, ...problems(build.err, dir) } };
}

/** check and build agree: the same exit code and errors, and build's warnings among check's. */
function expectAgreement(r: Awaited<ReturnType<typeof checkAndBuild>>) {
  expect(r.check.code).toBe(r.build.code);
  expect(r.build.errors).toEqual(r.check.errors);
  for (const w of r.build.warnings) expect(r.check.warnings).toContain(w);
}

describe('the hostile fixtures', () => {
  it.each(Object.entries(HOSTILE_PROBLEMS))('%s: refused by check and build alike, with its message', async (file, expected) => {
    const r = await checkAndBuild(alone(HOSTILE, file));
    expect(r.check.errors).toEqual(expected.map((p) => `${file}:${p}`).sort());
    expect(r.check.code).toBe(1);
    expectAgreement(r);
  });

  it('lists every hostile fixture', () => {
    expect(readdirSync(HOSTILE).filter((n) => !['deck.yaml', '01-forside.yaml'].includes(n)).sort()).toEqual(Object.keys(HOSTILE_PROBLEMS).sort());
  });
});

describe('check fails wherever build fails, with the same messages', () => {
  const FIXTURES = ['tests/fixtures/broken', 'tests/fixtures/yaml-mistakes', 'tests/fixtures/sanity', 'tests/fixtures/mini', 'tests/fixtures/2025-12'];
  for (const fixtures of FIXTURES) {
    it(`${fixtures}: the whole folder, and each file beside the title slide`, async () => {
      expectAgreement(await checkAndBuild(editionWith({}, fixtures)));
      for (const file of readdirSync(fixtures).filter((n) => /^\d/.test(n) && n !== '01-forside.yaml')) expectAgreement(await checkAndBuild(alone(fixtures, file)));
    }, 120_000);
  }

  it(`${HOSTILE}: the whole folder`, async () => {
    expectAgreement(await checkAndBuild(editionWith({}, HOSTILE)));
  });
});
