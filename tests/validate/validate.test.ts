import { describe, expect, it } from 'vitest';
import { checkEdition } from '../../src/build.js';
import { formatProblem } from '../../src/errors.js';
import { editionWith } from '../helpers.js';

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
    expect(p).toMatch(/^04-hendelser\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('lists the known layouts and suggests the closest for an unknown one', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: txet\ntitle: Hei\nbody:\n  - text: Hallo\n' });
    expect(p).toContain('04-hendelser.yaml:1:9: unknown layout "txet"; did you mean `text`?');
    expect(p).toContain('Known layouts: title, agenda, section, divider, text, text-columns, chart, text-chart, table, list-columns, contact, closing');
  });

  it('reports a missing field at the mapping that lacks it', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\nbody:\n  - text: Hallo\n' });
    expect(p).toBe('04-hendelser.yaml:1:1: missing field `title` (The slide title)');
  });

  it('suggests the right name for a misspelled key, pointing at the key', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nbody:\n  - text: Hallo\n  - bulets:\n      - a\n' });
    expect(p).toBe('04-hendelser.yaml:5:5: unknown field `bulets`; did you mean `bullets`? Expected exactly one of: heading, text, bullets');
  });

  it('explains a wrong type', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nbody: Hallo\n' });
    expect(p).toBe('04-hendelser.yaml:3:7: `body` must be a list ("- " lines), found the text "Hallo"');
  });

  it('accepts autolink: false beside a paragraph or a list item, and explains a wrong value or a misspelling', () => {
    expect(problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nbody:\n  - text: Se data.altinn.no\n    autolink: false\n  - bullets:\n      - text: data.altinn.no\n        autolink: false\n' })).toEqual([]);
    expect(problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: Hei\nbody:\n  - text: Se data.altinn.no\n    autolink: nei\n  - text: x\n    autolnk: false\n' })).toEqual([
      '04-hendelser.yaml:5:15: `autolink` must be true or false, found the text "nei"',
      '04-hendelser.yaml:7:5: unknown field `autolnk`; did you mean `autolink`?',
    ]);
  });

  it('rejects a chart value written with spaces and says how to write it', () => {
    const text = 'layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n      jan: 7 120 449\n';
    const [p] = problemsOf({ '05-meldinger.yaml': text });
    expect(p).toBe('05-meldinger.yaml:7:12: `jan` must be a plain number such as 5375362 or 99.9 (write 7120449 without spaces or quotes), found the text "7 120 449"');
  });

  it('rejects a misspelled month with the closest month key', () => {
    const text = 'layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n      januar: 7120449\n';
    const [p] = problemsOf({ '05-meldinger.yaml': text });
    expect(p).toBe('05-meldinger.yaml:7:7: unknown field `januar`; did you mean `jan`?');
  });

  it('reports a duplicate key', () => {
    const [p] = problemsOf({ '04-hendelser.yaml': 'layout: text\ntitle: A\ntitle: B\nbody:\n  - text: x\n' });
    expect(p).toMatch(/^04-hendelser\.yaml:3:1: this key appears twice/);
  });

  it('reports an empty file and a file that is not YAML fields', () => {
    const problems = problemsOf({ '04-hendelser.yaml': '', '05-meldinger.yaml': 'Dette er bare en setning.\n' });
    expect(problems).toContain('04-hendelser.yaml:1:1: the file is empty; expected fields such as "layout: text" and "title: …"');
    expect(problems).toContain('05-meldinger.yaml:1:1: expected a mapping of fields ("key: value" lines), found the text "Dette er bare en setning."');
  });

  it('reports every problem of the folder in one run', () => {
    const problems = problemsOf({ '04-hendelser.yaml': 'layout: txt\n', '06-treffpunkt.yaml': 'layout: section\nsection: 9\n' });
    expect(problems).toHaveLength(2);
    expect(problems[1]).toBe('06-treffpunkt.yaml:2:10: section 9 does not exist; deck.yaml has 2 sections (1–2)');
  });

  it('reports a problem in deck.yaml with its line', () => {
    const deck = 'title: T\nmonth: "2025-13"\nlanguage: nb\nauthor: A\nfooter: F\nsections:\n  - title: S\n    description: D\n  - title: S2\n    description: D2\ncontact:\n  - items: [x]\norganisation:\n  name: N\n  email: a@b.no\n  phone: "1"\n  postal: P\n  visiting: [V]\n';
    const [p] = problemsOf({ 'deck.yaml': deck });
    expect(p).toBe('deck.yaml:2:8: `month` must be a month such as "2025-11", found the text "2025-13"');
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
      '05-meldinger.yaml:8:16: 99.54 er lavere enn starten på aksen (`axisMin: 99.6`). Da havner punktet utenfor grafen. Skriv `axisMin: 99.50` eller lavere, eller sjekk tallet.',
    ]);
  });

  it('rejects a requirement below it, and an axis that would start at 100', () => {
    expect(problemsOf({ '05-meldinger.yaml': uptime('99.50', '99.40') })).toEqual([
      '05-meldinger.yaml:5:16: Kravet 99.4 er lavere enn starten på aksen (`axisMin: 99.5`). Da havner kravlinjen utenfor grafen. Skriv `axisMin: 99.4` eller lavere.',
    ]);
    expect(problemsOf({ '05-meldinger.yaml': uptime('100') })).toEqual([
      '05-meldinger.yaml:6:12: Aksen kan ikke starte på 100, for den slutter på 100. Skriv et tall under 100, for eksempel `axisMin: 99.00`.',
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
