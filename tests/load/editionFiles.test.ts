/**
 * Every file in an edition folder is accounted for (src/load/editionFiles.ts): a slide in its
 * place, deck.yaml, the notes, a file a slide names, or an error that names the file and says what
 * to do. tests/fixtures/files/ holds one of each mistake.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/load/loadEdition.js';
import { formatProblem } from '../../src/errors.js';
import { editionWith, runCli } from '../helpers.js';

const FIXTURE = 'tests/fixtures/files';
const slideNames = (dir: string) => loadEdition(dir).source.slides.map((s) => s.path.split('/').pop());

describe('which files are slides, and their order', () => {
  it('puts 09b-ny.yaml after 09-… and before 10-…, and accepts .yml, upper-case extensions and names with æ ø å', () => {
    const dir = editionWith({
      '04b-ny.yaml': 'layout: text\ntitle: Ny\nbody:\n  - text: Ny.\n',
      '04a-også-ny.yml': 'layout: text\ntitle: Også ny\nbody:\n  - text: Ny.\n',
      '05-møter.YAML': 'layout: text\ntitle: Møter\nbody:\n  - text: Møter.\n',
      '05-meldinger.yaml': null,
    });
    expect(slideNames(dir)).toEqual(['01-forside.yaml', '02-innhold.yaml', '03-plattformen.yaml', '04-hendelser.yaml', '04a-også-ny.yml', '04b-ny.yaml', '05-møter.YAML', '06-treffpunkt.yaml', '07-slutt.yaml']);
    expect(loadEdition(dir).problems).toEqual([]);
  });

  it('leaves the system’s own files alone (.DS_Store, Thumbs.db) and accepts README.md and SOURCE-NOTES.md', () => {
    const dir = editionWith({ '.DS_Store': 'x', 'Thumbs.db': 'x', 'README.md': '# Notater\n', 'SOURCE-NOTES.md': '# Kilde\n' });
    expect(loadEdition(dir).problems).toEqual([]);
  });

  it('counts a zero in front as padding only up to the largest number (001 … 100 is fine)', () => {
    const dir = editionWith({ '100-ekstra.yaml': 'layout: closing\n', '008-åtte.yaml': 'layout: closing\n' });
    expect(loadEdition(dir).problems).toEqual([]);
    expect(slideNames(dir).slice(-3)).toEqual(['07-slutt.yaml', '008-åtte.yaml', '100-ekstra.yaml']);
  });
});

describe('a folder with files that cannot be used (tests/fixtures/files)', () => {
  const { source, problems } = loadEdition(FIXTURE);
  const lines = problems.map(formatProblem);

  it('reads only the slides it can place, in order', () => {
    expect(source.slides.map((s) => s.path.split('/').pop())).toEqual(['01-forside.yaml', '02-plattformen.yaml', '09-hendelser.yaml', '10-oppetid.yaml', '10-varsling.yaml', '095-nytt.yaml']);
  });

  it('names each file that is not used, and says what to do, one message each', () => {
    expect(lines.sort()).toEqual([
      `${FIXTURE}/095-nytt.yaml: «095» har en null foran, og da blir lysbildet nummer 95 og kommer etter «10-varsling.yaml». Skal det stå mellom 09-… og 10-…, kall filen «09a-nytt.yaml». Skal det være nummer 95, kall den «95-nytt.yaml».`,
      `${FIXTURE}/10-varsling.yaml: to lysbildefiler har nummeret 10 (den andre er «10-oppetid.yaml»). Gi hvert lysbilde sitt eget nummer. Skal dette komme etter det andre, kall det 10a-… (nummer og bokstav).`,
      `${FIXTURE}/11bb-kaffe.yaml: «11bb» har mer enn én bokstav etter nummeret. Bruk én bokstav, for eksempel «11b-kaffe.yaml».`,
      `${FIXTURE}/12-tekst.yaml.txt: filen heter «12-tekst.yaml.txt». Er det et lysbilde, gi den navnet «12-tekst.yaml» (Windows skjuler ofte slutten av filnavnet).`,
      `${FIXTURE}/9.5-ny.yaml: «9.5» kan ikke være nummeret på et lysbilde. Skal lysbildet stå mellom 09-… og 10-…, kall filen «09a-ny.yaml»: en bokstav etter nummeret setter det inn der.`,
      `${FIXTURE}/Deck.yml: utgavefilen skal hete «deck.yaml», med små bokstaver, men denne heter «Deck.yml». Gi den navnet deck.yaml, eller slett den hvis mappen allerede har en deck.yaml.`,
      `${FIXTURE}/gammel.csv: ingen lysbilder bruker denne datafilen. Skriv «data: gammel.csv» i grafen som skal vise tallene, eller flytt filen ut av mappen.`,
      `${FIXTURE}/notater.txt: filen hører ikke til rapporten: den er ikke et lysbilde, og ingen lysbilder bruker den. Flytt den ut av mappen. Notater kan stå i README.md.`,
      `${FIXTURE}/ny.yml: filen kommer ikke med i rapporten, fordi navnet ikke begynner med et nummer. Gi den et navn som «05-hendelser.yaml» (nummer, bindestrek, navn), eller flytt den ut av mappen.`,
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('fails deck check, which lists them all', async () => {
    const r = await runCli(['check', FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${FIXTURE}/notater.txt: filen hører ikke til rapporten`);
    expect(r.err).toMatch(/deck: fant 9 feil/);
  });

  it('looks into subfolders too', () => {
    const dir = editionWith();
    mkdirSync(join(dir, 'gammelt'));
    writeFileSync(join(dir, 'gammelt', 'utkast.txt'), 'x');
    expect(loadEdition(dir).problems.map((p) => p.file.endsWith('gammelt/utkast.txt') && p.message)).toEqual([expect.stringMatching(/^filen hører ikke til rapporten/)]);
  });
});
