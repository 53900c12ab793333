/**
 * `deck check` on real broken files (tests/fixtures/broken/, one mistake per file) and on numbers
 * that are valid but probably wrong (tests/fixtures/sanity/): every problem of the folder in one run,
 * each with its exact file, line, column and message.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionWith, runCli } from '../helpers.js';

const BROKEN = 'tests/fixtures/broken';
const SANITY = 'tests/fixtures/sanity';

/** Every line `deck check tests/fixtures/broken` prints, in order (files, then lines). */
export const BROKEN_PROBLEMS = [
  `${BROKEN}/02-syntaksfeil.yaml:3:8: YAML syntax error: the quote " that starts here is never closed; end the text with "`,
  `${BROKEN}/03-ukjent-layout.yaml:2:9: unknown layout "tekst"; did you mean \`text\`? Known layouts: title, agenda, section, divider, text, text-columns, chart, text-chart, table, list-columns, contact, closing, picture`,
  `${BROKEN}/04-feilstavet-felt.yaml:6:5: unknown field \`bulets\`; did you mean \`bullets\`? Expected exactly one of: heading, text, bullets`,
  `${BROKEN}/05-feil-type.yaml:4:7: \`body\` must be a list ("- " lines), found the text "Delta på Altinn-kaffe og få informasj…"`,
  `${BROKEN}/06-tall-med-mellomrom.yaml:10:12: \`nov\` must be a plain number such as 5375362 or 99.9 (write 4951197 without spaces or quotes), found the text "4 951 197"`,
  `${BROKEN}/07-tall-som-tekst.yaml:9:12: \`okt\` must be a plain number such as 5375362 or 99.9 (write 1168508 without spaces or quotes), found the text "1168508"`,
  `${BROKEN}/08-manglende-maaned.yaml:13:12: warning: no number for juni 2025, between mai 2025 and juli 2025; add it`,
  `${BROKEN}/09-dobbel-nokkel.yaml:6:1: this key appears twice in the same mapping; keep one of them`,
  `${BROKEN}/10-tom.yaml:1:1: the file is empty; expected fields such as "layout: text" and "title: …"`,
  `${BROKEN}/11-bilde.yaml:1:1: this is not a text file (it looks like a picture or a document saved with a .yaml name); a slide file is plain text with lines such as "layout: text"`,
  `${BROKEN}/12-prosa.yaml:1:1: expected a mapping of fields ("key: value" lines), found the text "Hei, her er tallene for november. Mel…"`,
  `${BROKEN}/13-latin1.yaml:5:13: this character is not UTF-8 text (the file was probably saved as Latin-1 or Windows-1252); save the file with the encoding UTF-8`,
];

const SANITY_WARNINGS = [
  `${SANITY}/02-samme-tall.yaml:18:12: warning: same number as oktober 2025 (31867); check that it was not copied from the month before`,
  `${SANITY}/03-ekstra-siffer.yaml:18:12: warning: 49511970 is far above this chart's usual level (median 5789987 of the 12 months on either side); check for a missing or extra digit`,
  `${SANITY}/04-fremtidige-maaneder.yaml:11:12: warning: desember 2025 is after the month of this edition (november 2025); remove it, or check \`month\` in deck.yaml`,
  `${SANITY}/04-fremtidige-maaneder.yaml:12:5: warning: 2026 is after the year of this edition (november 2025); remove this row, or check \`month\` in deck.yaml`,
  `${SANITY}/05-mangler-rapportmaaned.yaml:10:5: warning: no number for november 2025, the month of this edition; add \`nov: …\` under "2025"`,
  `${SANITY}/06-tom-plass.yaml:12:12: warning: no number for november 2025 yet (\`nov: ~\`); fill it in before the report is sent`,
  `${SANITY}/07-oppetid.yaml:7:3: warning: no uptime for november 2025, the month of this edition; add "2025-11": … under \`months\``,
  `${SANITY}/07-oppetid.yaml:10:16: warning: no number for juli 2025, between juni 2025 and august 2025; add it`,
  `${SANITY}/07-oppetid.yaml:12:16: warning: an uptime above 100 % is not possible, found 100.4`,
  `${SANITY}/08-mangler-aar.yaml:6:3: warning: no row for 2025, the year of this edition; add "2025": with \`nov: …\``,
];

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('deck check on broken files', () => {
  it('reports every problem of every file in one run, file:line:col, and exits 1', async () => {
    const r = await runCli(['check', BROKEN]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([...BROKEN_PROBLEMS, 'deck: 11 problems found, and 1 warning']);
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
    expect(r.code).toBe(problem.includes(': warning: ') ? 0 : 1);
  });

  it('prints no stack trace for any of them', async () => {
    const r = await runCli(['check', BROKEN]);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('deck check on numbers that are probably wrong', () => {
  it('lists every warning with file:line:col and exits 0', async () => {
    const r = await runCli(['check', SANITY]);
    expect(lines(r.err)).toEqual([...SANITY_WARNINGS, `deck: ${SANITY} is valid (10 warnings)`]);
    expect(r.code).toBe(0);
  });

  it('fails with --strict', async () => {
    const r = await runCli(['check', SANITY, '--strict']);
    expect(lines(r.err)).toEqual([...SANITY_WARNINGS, 'deck: 10 problems found (warnings count with --strict)']);
    expect(r.code).toBe(1);
  });

  it('makes deck build --strict fail too, each warning printed once and no PDF written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-strict-')), 'x.pdf');
    const r = await runCli(['build', SANITY, '-o', out, '--strict']);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([...SANITY_WARNINGS, 'deck: 10 problems found; nothing was written']);
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
    const dir = editionWith({ '04-hendelser.yaml': 'layout: text\ntitle: x\nbody:\n  - text: kort\n  - text: ' + 'Mer tekst. '.repeat(900) + '\n' });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/04-hendelser\.yaml:5:11: text does not fit on the slide: the body runs \d+ pt below its box/);
  });

  it('reports the two numbers of the November edition that the source notes doubt, as the build does', async () => {
    const r = await runCli(['check', 'content/2025-11']);
    expect(r.code).toBe(0);
    expect(lines(r.err)).toEqual([
      "content/2025-11/13-autorisasjon.yaml:45:12: warning: 7632537 is far below this chart's usual level (median 49790077 of the 12 months on either side); check for a missing or extra digit",
      'content/2025-11/20-advokatregisteret.yaml:36:12: warning: same number as oktober 2025 (31867); check that it was not copied from the month before',
      'deck: content/2025-11 is valid (2 warnings)',
    ]);
  });

  it('reports a chart without numbers, as the build does', async () => {
    const dir = editionWith({ '05-meldinger.yaml': 'layout: chart\ntitle: Meldinger\nchart:\n  kind: monthly\n  years:\n    "2025": {}\n' });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/05-meldinger\.yaml:4:3: warning: this chart has no numbers; the slide shows a "no data" state/);
  });

  it('finds a note that is longer than its three lines', async () => {
    const dir = editionWith({ '05-meldinger.yaml': 'layout: chart\ntitle: Meldinger\nnote: ' + 'Merk dette. '.repeat(60) + '\nchart:\n  kind: monthly\n  years:\n    "2025": {nov: 5}\n' });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/05-meldinger\.yaml:3:7: text is too long: it needs \d+ lines where 3 fit/);
  });
});
