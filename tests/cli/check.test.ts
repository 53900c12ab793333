/**
 * `deck check` on real broken files (tests/fixtures/broken/, one mistake per file) and on numbers
 * that are valid but probably wrong (tests/fixtures/sanity/): every problem of the folder in one run,
 * each with its exact file, line, column and message.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionWith, runCli } from '../helpers.js';

const BROKEN = 'tests/fixtures/broken';
const SANITY = 'tests/fixtures/sanity';

/** Every line `deck check tests/fixtures/broken` prints, in order (files, then lines). */
export const BROKEN_PROBLEMS = [
  `${BROKEN}/02-syntaksfeil.yaml:3:8: teksten begynner med anførselstegn ("), men slutter ikke med det. Sett " på slutten av teksten.`,
  `${BROKEN}/03-ukjent-layout.yaml:2:9: ukjent oppsett «tekst». Mente du «text»? Oppsettene er: title, agenda, section, divider, text, text-columns, chart, text-chart, table, list-columns, contact, closing, picture.`,
  `${BROKEN}/04-feilstavet-felt.yaml:6:5: ukjent felt «bulets». Mente du «bullets»? Her kan det stå ett av disse: heading, text, bullets.`,
  `${BROKEN}/05-feil-type.yaml:4:7: «body» skal være en liste (linjer som begynner med «- »), men her står teksten «Delta på Altinn-kaffe og få informasj…».`,
  `${BROKEN}/06-tall-med-punktum.yaml:10:12: «4.951.197» har punktum mellom sifrene. Skriv 4951197 eller 4 951 197.`,
  `${BROKEN}/07-tvetydig-tall.yaml:9:12: «2,239» kan leses på to måter: som 2239, eller som et desimaltall. Skriv 2239 hvis det er et helt tall, eller 2.239 hvis det er et desimaltall.`,
  `${BROKEN}/08-manglende-maaned.yaml:13:12: advarsel: ingen tall for juni 2025, mellom mai 2025 og juli 2025. Legg det inn.`,
  `${BROKEN}/09-dobbel-nokkel.yaml:6:1: «title» står to ganger på samme nivå. Behold bare det ene.`,
  `${BROKEN}/10-tom.yaml:1:1: filen er tom. Skriv innholdet (for eksempel «layout: text» og «title: …»), eller slett filen.`,
  `${BROKEN}/11-bilde.yaml:1:1: dette er ikke en tekstfil. Det ser ut som et bilde eller et dokument som har fått et navn som slutter på .yaml. En lysbildefil er ren tekst med linjer som «layout: text».`,
  `${BROKEN}/12-prosa.yaml:1:1: filen skal ha linjer med felt og verdi, som «title: …», men her står teksten «Hei, her er tallene for november. Mel…».`,
  `${BROKEN}/13-latin1.yaml:5:13: dette tegnet er ikke UTF-8. Filen er nok lagret som Latin-1 eller Windows-1252, og da blir æ, ø og å feil. Lagre filen på nytt med tegnsettet UTF-8.`,
  `${BROKEN}/14-tall-med-komma.yaml:10:12: «4,951,197» har komma mellom sifrene. Skriv 4951197 eller 4 951 197.`,
  `${BROKEN}/15-maaned-to-ganger.yaml:11:7: «mars» og «mar» er samme måned. Behold bare den ene.`,
  `${BROKEN}/16-ukjent-maaned.yaml:9:7: «may» er ikke en måned. Mente du «mai»?`,
  `${BROKEN}/17-komma-i-liste.yaml:8:14: «4590,5» leses som to tall, 4590 og 5, fordi komma skiller punktene i en liste med [ ]. Skriv "4590,5" i anførselstegn, eller 4590.5.`,
];

const SANITY_WARNINGS = [
  `${SANITY}/02-samme-tall.yaml:18:12: advarsel: samme tall som oktober 2025 (31 867). Sjekk at tallet ikke er kopiert fra måneden før.`,
  `${SANITY}/03-ekstra-siffer.yaml:18:12: advarsel: 49 511 970 er mye høyere enn ellers i denne grafen (medianen for 12 måneder på hver side er 5 789 987). Sjekk om et siffer mangler eller er for mye.`,
  `${SANITY}/04-fremtidige-maaneder.yaml:11:12: advarsel: desember 2025 er etter måneden for denne utgaven (november 2025). Fjern tallet, eller sjekk «month» i deck.yaml.`,
  `${SANITY}/04-fremtidige-maaneder.yaml:12:5: advarsel: 2026 er etter året for denne utgaven (november 2025). Fjern raden, eller sjekk «month» i deck.yaml.`,
  `${SANITY}/05-mangler-rapportmaaned.yaml:10:5: advarsel: ingen tall for november 2025, som er måneden for denne utgaven. Legg til «nov: …» under «"2025":».`,
  `${SANITY}/06-tom-plass.yaml:12:12: advarsel: ingen tall for november 2025 ennå («nov: ~»). Fyll det inn før rapporten sendes.`,
  `${SANITY}/07-oppetid.yaml:7:3: advarsel: ingen oppetid for november 2025, som er måneden for denne utgaven. Legg til «"2025-11": …» under «months».`,
  `${SANITY}/07-oppetid.yaml:10:16: advarsel: ingen tall for juli 2025, mellom juni 2025 og august 2025. Legg det inn.`,
  `${SANITY}/08-mangler-aar.yaml:6:3: advarsel: ingen rad for 2025, som er året for denne utgaven. Legg til en rad «"2025":» med «nov: …» under.`,
];

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('deck check on broken files', () => {
  it('reports every problem of every file in one run, file:line:col, and exits 1', async () => {
    const r = await runCli(['check', BROKEN]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([...BROKEN_PROBLEMS, 'deck: fant 15 feil og 1 advarsel.']);
    expect(r.out).toBe('');
  });

  it.each(BROKEN_PROBLEMS.map((p) => [p.slice(BROKEN.length + 1, p.indexOf(':')), p]))('names the file, line and message for %s', async (file, problem) => {
    // Each broken file on its own, beside a clean title slide, gives exactly its own line.
    const dir = editionWith({}, BROKEN);
    for (const name of readdirSync(dir)) if (![file, 'deck.yaml', '01-forside.yaml'].includes(name)) rmSync(join(dir, name));
    const r = await runCli(['check', dir]);
    const shown = relative(process.cwd(), dir);
    const got = lines(r.err).filter((l) => !l.startsWith('deck:') && !l.includes('deck.yaml')).map((l) => l.replace(shown, BROKEN));
    expect(got).toEqual([problem]);
    expect(r.code).toBe(problem.includes(': advarsel: ') ? 0 : 1);
  });

  it('prints no stack trace for any of them', async () => {
    const r = await runCli(['check', BROKEN]);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('deck check on numbers that are probably wrong', () => {
  it('lists every warning with file:line:col and exits 0', async () => {
    const r = await runCli(['check', SANITY]);
    expect(lines(r.err)).toEqual([...SANITY_WARNINGS, `deck: ${SANITY} er i orden (9 advarsler).`]);
    expect(r.code).toBe(0);
  });

  it('fails with --strict', async () => {
    const r = await runCli(['check', SANITY, '--strict']);
    expect(lines(r.err)).toEqual([...SANITY_WARNINGS, 'deck: fant 9 problemer (med --strict teller advarslene som feil).']);
    expect(r.code).toBe(1);
  });

  it('makes deck build --strict fail too, each warning printed once and no PDF written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-strict-')), 'x.pdf');
    const r = await runCli(['build', SANITY, '-o', out, '--strict']);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([...SANITY_WARNINGS, 'deck: fant 9 feil, så ingenting er skrevet.']);
    expect(existsSync(out)).toBe(false);
    const lenient = await runCli(['build', SANITY, '-o', out]);
    expect(lenient.code).toBe(0);
    expect(lines(lenient.err).slice(0, -1)).toEqual(SANITY_WARNINGS);
  });

  it('prints nothing with --quiet when there are only warnings', async () => {
    const r = await runCli(['check', SANITY, '-q']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('finds a text that does not fit, which only laying out the slide shows', async () => {
    const dir = editionWith({ '04-hendelser.yaml': 'layout: text\ntitle: x\nbody:\n  - text: ' + 'Mer tekst. '.repeat(300) + '\n  - text: ' + 'Mer tekst. '.repeat(300) + '\n' });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/04-hendelser\.yaml:5:11: teksten får ikke plass på lysbildet: den går \d+ pt nedenfor feltet sitt/);
  });

  it('reports the two numbers of the November edition that the source notes doubt once their marks are gone, as the build does', async () => {
    const dir = editionWith({}, 'content/2025-11');
    for (const f of ['13-autorisasjon.yaml', '20-advokatregisteret.yaml']) writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replace(/ # kontrollert:.*/, ''));
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(0);
    expect(lines(r.err).map((l) => l.replace(`${relative(process.cwd(), dir)}/`, ''))).toEqual([
      '13-autorisasjon.yaml:45:12: advarsel: 7 632 537 er mye lavere enn ellers i denne grafen (medianen for 12 måneder på hver side er 49 790 077). Sjekk om et siffer mangler eller er for mye.',
      '20-advokatregisteret.yaml:36:12: advarsel: samme tall som oktober 2025 (31 867). Sjekk at tallet ikke er kopiert fra måneden før.',
      `deck: ${dir} er i orden (2 advarsler).`,
    ]);
  });

  it('reports a chart without numbers, as the build does', async () => {
    const dir = editionWith({ '05-meldinger.yaml': 'layout: chart\ntitle: Meldinger\nchart:\n  kind: monthly\n  years:\n    "2025": {}\n' });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/05-meldinger\.yaml:4:3: advarsel: grafen har ingen tall\. Lysbildet viser «Ingen tall for denne perioden»\./);
  });

  it('finds a note that is longer than its three lines', async () => {
    const dir = editionWith({ '05-meldinger.yaml': 'layout: chart\ntitle: Meldinger\nnote: ' + 'Merk dette. '.repeat(60) + '\nchart:\n  kind: monthly\n  years:\n    "2025": {nov: 5}\n' });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/05-meldinger\.yaml:3:7: teksten er for lang: den trenger \d+ linjer, men det er plass til 3/);
  });
});
