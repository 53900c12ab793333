import { describe, expect, it } from 'vitest';
import { checkEdition } from '../../src/build.js';
import { formatProblem } from '../../src/errors.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionWith, MINI } from '../helpers.js';

function problemsOf(files: Record<string, string | null>): string[] {
  const dir = editionWith(files);
  return checkEdition(dir).problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*\/deck-[^/]+\//, '') }));
}

describe('validation of slide files', () => {
  it('accepts the mini edition with no problems', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('names file, line and column of a YAML syntax error', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: "Hvordan melde\nbody: [\n' });
    expect(p).toMatch(/^04-hendelser\.yaml:2:8: teksten begynner med anførselstegn/);
  });

  it('lists the known layouts and suggests the closest for an unknown one', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: txet\ntitle: Hei\nbody:\n  - text: Hallo\n' });
    expect(p).toBe('04-hendelser.yaml:1:9: ukjent oppsett «txet». Mente du «text»? Oppsettene er: title, agenda, section, divider, text, text-columns, chart, text-chart, table, list-columns, contact, closing, picture.');
  });

  it('reports a missing field at the mapping that lacks it', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\nbody:\n  - text: Hallo\n' });
    expect(p).toBe('04-hendelser.yaml:1:1: feltet «title» mangler. Legg til en linje «title: …».');
  });

  it('suggests the right name for a misspelled key, pointing at the key', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nbody:\n  - text: Hallo\n  - bulets:\n      - a\n' });
    expect(p).toBe('04-hendelser.yaml:5:5: ukjent felt «bulets». Mente du «bullets»? Her kan det stå ett av disse: heading, text, bullets.');
  });

  it('gives one message for a misspelled required field, not also that the field is missing', () => {
    expect(problemsOf({ '04-hendelser.yaml': 'layout: text\ntitel: Hei\nbody:\n  - text: Hallo\n' })).toEqual(['04-hendelser.yaml:2:1: ukjent felt «titel». Mente du «title»?']);
  });

  it('names the English field for a Norwegian word, in a slide and in a list of blocks', () => {
    expect(problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nundertittel: Kort\nbody:\n  - text: Hallo\n' })).toEqual([
      '04-hendelser.yaml:3:1: ukjent felt «undertittel». Feltnavnene skrives på engelsk: skriv «subtitle».',
    ]);
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nbody:\n  - punkter:\n      - a\n' });
    expect(p).toBe('04-hendelser.yaml:4:5: ukjent felt «punkter». Mente du «bullets»? Her kan det stå ett av disse: heading, text, bullets.');
  });

  it('says that a field with nothing after it is empty', () => {
    expect(problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle:\nbody:\n  - text: Hallo\n' })).toEqual([
      '04-hendelser.yaml:2:7: feltet «title» er tomt. Skriv teksten, eller fjern linjen hvis feltet ikke må være med.',
    ]);
  });

  it('explains a wrong type', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nbody: Hallo\n' });
    expect(p).toBe('04-hendelser.yaml:3:7: «body» skal være en liste (linjer som begynner med «- »), men her står teksten «Hallo».');
  });

  it('says that a field belongs to another layout, instead of suggesting the field itself', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: chart\ntitle: Hei\nchart:\n  kind: monthly\n  years:\n    "2025":\n      nov: 5\nbody:\n  - text: Hallo\n' });
    expect(p).toBe('04-hendelser.yaml:8:1: «body» hører ikke til oppsettet «chart». Det brukes i text, text-chart, table og picture. Fjern feltet, eller velg et annet oppsett.');
  });

  it('accepts autolink: false beside a paragraph or a list item, and explains a wrong value or a misspelling', () => {
    expect(problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nbody:\n  - text: Se data.altinn.no\n    autolink: false\n  - bullets:\n      - text: data.altinn.no\n        autolink: false\n' })).toEqual([]);
    expect(problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nbody:\n  - text: Se data.altinn.no\n    autolink: nei\n  - text: x\n    autolnk: false\n' })).toEqual([
      '04-hendelser.yaml:5:15: «autolink» skal være true eller false, men her står teksten «nei».',
      '04-hendelser.yaml:7:5: ukjent felt «autolnk». Mente du «autolink»?',
    ]);
  });

  it('says that a field belongs to another kind of chart', () => {
    const [p] = problemsOf({ '05-meldinger.yaml': 'layout: chart\ntitle: M\nchart:\n  kind: monthly\n  categories: [a]\n  years:\n    "2025":\n      nov: 5\n' });
    expect(p).toBe('05-meldinger.yaml:5:3: «categories» hører ikke til graftypen «monthly». Det brukes i categories. Fjern feltet, eller velg en annen graftype.');
  });

  it('reports a duplicate key', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: A\ntitle: B\nbody:\n  - text: x\n' });
    expect(p).toBe('04-hendelser.yaml:3:1: «title» står to ganger på samme nivå. Behold bare det ene.');
  });

  it('reports an empty file and a file that is not YAML fields', () => {
    const problems = problemsOf({ '04-hendelser.yaml': '', '05-meldinger.yaml': 'Dette er bare en setning.\n' });
    expect(problems).toContain('04-hendelser.yaml:1:1: filen er tom. Skriv innholdet (for eksempel «layout: text» og «title: …»), eller slett filen.');
    expect(problems).toContain('05-meldinger.yaml:1:1: filen skal ha linjer med felt og verdi, som «title: …», men her står teksten «Dette er bare en setning.».');
  });

  it('reports every problem of the folder in one run', () => {
    const problems = problemsOf({ '04-hendelser.yaml': 'layout: txt\n', '06-treffpunkt.yaml': 'layout: section\nsection: 9\n' });
    expect(problems).toHaveLength(2);
    expect(problems[1]).toBe('06-treffpunkt.yaml:2:10: seksjon 9 finnes ikke. deck.yaml har 2 seksjoner (1–2).');
  });

  it('reports a problem in deck.yaml with its line', () => {
    const deck = 'title: T\nmonth: "2025-13"\nlanguage: nb\nauthor: A\nfooter: F\nsections:\n  - title: S\n    description: D\n  - title: S2\n    description: D2\ncontact:\n  - items: [x]\norganisation:\n  name: N\n  email: a@b.no\n  phone: "1"\n  postal: P\n  visiting: [V]\n';
    const [p] = problemsOf({ 'deck.yaml': deck });
    expect(p).toBe('deck.yaml:2:8: «month» skal være en måned skrevet som "2025-11", men her står teksten «2025-13».');
  });
});

describe('the start of an uptime axis (axisMin)', () => {
  const uptime = (axisMin: string, requirement = '99.90') =>
    `layout: chart\ntitle: Oppetid\nchart:\n  kind: uptime\n  requirement: ${requirement}\n  axisMin: ${axisMin}\n  months:\n    "2025-10": 99.54\n    "2025-11": 99.98\n`;

  it('accepts values and requirement at or above it', () => {
    expect(problemsOf({ '05-meldinger.yaml': uptime('99.00') })).toEqual([]);
    expect(problemsOf({ '05-meldinger.yaml': uptime('99.54') })).toEqual([]);
  });

  it('rejects a value below it, at the value, and says what to write', () => {
    expect(problemsOf({ '05-meldinger.yaml': uptime('99.60') })).toEqual([
      '05-meldinger.yaml:8:16: 99,54 er lavere enn starten på aksen («axisMin: 99.6»). Da havner punktet utenfor grafen. Skriv «axisMin: 99.50» eller lavere, eller sjekk tallet.',
    ]);
  });

  it('rejects a requirement below it, and an axis that would start at 100', () => {
    expect(problemsOf({ '05-meldinger.yaml': uptime('99.50', '99.40') })).toEqual([
      '05-meldinger.yaml:5:16: kravet 99,4 er lavere enn starten på aksen («axisMin: 99.5»). Da havner kravlinjen utenfor grafen. Skriv «axisMin: 99.4» eller lavere.',
    ]);
    expect(problemsOf({ '05-meldinger.yaml': uptime('100') })).toEqual([
      '05-meldinger.yaml:6:12: aksen kan ikke starte på 100, for den slutter på 100. Skriv et tall under 100, for eksempel «axisMin: 99.00».',
    ]);
  });

  it('speaks English with DECK_LANG=en', () => {
    process.env.DECK_LANG = 'en';
    try {
      expect(problemsOf({ '05-meldinger.yaml': uptime('99.60') })).toEqual([
        '05-meldinger.yaml:8:16: 99.54 is below the start of the axis (`axisMin: 99.6`), so the point would fall outside the chart; write `axisMin: 99.50` or lower, or check the number',
      ]);
    } finally {
      delete process.env.DECK_LANG;
    }
  });
});

describe('deck.yaml contact points written the old way (a list of points, no groups)', () => {
  it('is one message, at the first of them, not one for each field', () => {
    const dir = editionWith({ 'deck.yaml': readFileSync(join(MINI, 'deck.yaml'), 'utf8').replace(/contact:\n  - items:\n      - label: Tjenesteeiere\n        value: tjenesteeier@altinn.no\n      - https:\/\/samarbeid.digdir.no\//, 'contact:\n  - label: Tjenesteeiere\n    value: tjenesteeier@altinn.no\n  - https://samarbeid.digdir.no/') });
    expect(checkEdition(dir).problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '13:5: kontaktpunktene skal stå i grupper. Skriv «- items:» under «contact:», og kontaktpunktene med mer innrykk under den, slik eksempelet i content/README.md viser.',
    ]);
  });
});

