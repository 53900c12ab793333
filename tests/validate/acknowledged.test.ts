/**
 * Checked warnings (src/validate/acknowledged.ts): `# kontrollert: …` on the value's line
 * acknowledges its warning; a comment without a reason, or on a line whose warning has gone, is
 * reported (tests/fixtures/checked/, a CSV file too). The November edition passes --strict with its two.
 */
import { describe, expect, it } from 'vitest';
import { checkEdition } from '../../src/build.js';
import { formatProblem } from '../../src/errors.js';
import { runCli } from '../helpers.js';

const FIXTURE = 'tests/fixtures/checked';

describe('# kontrollert: a warning marked as checked', () => {
  it('takes the warning away, and reports a comment without a reason and one whose warning has gone', () => {
    const r = checkEdition(FIXTURE);
    expect(r.acknowledged.map((a) => [formatProblem(a.warning), a.reason])).toEqual([
      [`${FIXTURE}/03-advokatregisteret.yaml:18:12: advarsel: samme tall som oktober 2025 (31 867). Sjekk at tallet ikke er kopiert fra måneden før.`, 'står slik i kilden'],
      // In a CSV file: a cell after the numbers of the row.
      [`${FIXTURE}/05-meldinger.csv:2:14: advarsel: samme tall som oktober 2025 (4 871 990). Sjekk at tallet ikke er kopiert fra måneden før.`, 'samme tall i kilden'],
    ]);
    expect(r.problems.map(formatProblem)).toEqual([
      `${FIXTURE}/04-autorisasjon.yaml:14:12: advarsel: 7 389 105 er mye lavere enn ellers i denne grafen (medianen for 12 måneder på hver side er 55 288 392). Sjekk om et siffer mangler eller er for mye.`,
      `${FIXTURE}/03-advokatregisteret.yaml:9:19: advarsel: «# kontrollert: advarselen som stod her, er borte ett…» står på en linje som ikke har noen advarsel. Advarselen den gjaldt, er borte. Fjern kommentaren.`,
      `${FIXTURE}/04-autorisasjon.yaml:14:20: advarsel: «# kontrollert» mangler en grunn, så advarselen på linjen gjelder fortsatt. Skriv hvorfor tallet er riktig, for eksempel «# kontrollert: står slik i kilden».`,
      `${FIXTURE}/05-meldinger.csv:1:12: advarsel: «# kontrollert: gjaldt en rad som er borte» står på en linje som ikke har noen advarsel. Advarselen den gjaldt, er borte. Fjern kommentaren.`,
    ]);
  });

  it('lets the November edition pass npx deck check --strict, and says how many are marked', async () => {
    const r = await runCli(['check', '--strict', 'content/2025-11']);
    expect(r.err).toBe('deck: content/2025-11 er i orden. 2 advarsler er merket som kontrollert.\n');
    expect(r.code).toBe(0);
  });

  it('fails --strict on the fixture, with the comments’ own warnings', async () => {
    const r = await runCli(['check', '--strict', FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/deck: fant 4 problemer \(med --strict teller advarslene som feil\)\.\n$/);
  });
});
