/**
 * What an editor shows while you type, from the real yaml-language-server (the server VS Code's YAML
 * extension and monaco-yaml run) with our JSON Schemas, spoken to over LSP: completion that knows
 * the layout, hover help in Norwegian, squiggles in Norwegian, and the same verdict as deck on the
 * forms editors write (unquoted years, month names, numbers with spaces or a decimal comma).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YamlLanguageServer, type Diagnostic } from './lsp.js';

const EDITION = resolve('content/2025-11');
const SLIDE = '# yaml-language-server: $schema=../schema/slide.schema.json\n';
let server: YamlLanguageServer;
let n = 0;

/** A slide file as if opened in the November folder (not written to disk); lines count from 1 after the schema line. */
function open(text: string, head = SLIDE): string {
  return server.open(join(EDITION, `99-prøve-${++n}.yaml`), head + text);
}
const squiggles = async (uri: string) => (await server.diagnosticsFor(uri)).map((d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}: ${d.message}`);

beforeAll(async () => {
  server = await YamlLanguageServer.start(resolve('.'));
});
afterAll(async () => {
  await server?.stop();
});

describe('completion', () => {
  it('after layout: text offers text’s fields only', async () => {
    const uri = open('layout: text\n\n');
    const labels = (await server.completion(uri, 2, 0)).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['title', 'subtitle', 'body', 'note']));
    for (const other of ['chart', 'columns', 'table', 'items', 'intro', 'section']) expect(labels).not.toContain(other);
  });

  it('in an empty slide file offers layout with its choices, each described, not twelve «object(Slide file)»', async () => {
    const uri = open('\n');
    const items = await server.completion(uri, 1, 0);
    expect(items.map((i) => i.label)).toContain('layout');
    expect(items.some((i) => /^object\(/.test(i.label))).toBe(false);
    const values = await server.completion(open('layout: \n'), 1, 8);
    expect(values.map((i) => i.label)).toEqual(expect.arrayContaining(['text', 'chart', 'text-chart', 'closing']));
    const text = values.find((i) => i.label === 'text')!;
    expect(JSON.stringify(text.documentation)).toContain('Tittel og tekst med avsnitt, mellomtitler og punktlister.');
  });

  it('offers the months by name under a year, and the kinds of body blocks by their Norwegian names', async () => {
    const months = await server.completion(open('layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n      \n'), 7, 6);
    expect(months.map((i) => i.label)).toEqual(['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des']);
    const blocks = await server.completion(open('layout: text\ntitle: M\nbody:\n  - \n'), 4, 4);
    expect(blocks.map((i) => i.label)).toEqual(expect.arrayContaining(['Avsnitt (text)', 'Mellomtittel (heading)', 'Punktliste (bullets)']));
  });
});

describe('hover', () => {
  it('explains a field in Norwegian, with an example', async () => {
    const uri = open('layout: chart\ntitle: Meldingstjeneste\nchart:\n  kind: monthly\n  data: 09-meldingstjeneste.csv\n');
    expect(await server.hover(uri, 2, 2)).toContain('Tittelen øverst på lysbildet. Eksempel: `title: Meldingstjeneste`');
    expect(await server.hover(uri, 5, 3)).toContain('En CSV-fil i samme mappe med tallene');
    expect(await server.hover(uri, 1, 2)).toContain('Graf i full bredde, med talltabellen under.');
  });
});

describe('squiggles, in Norwegian', () => {
  it('a misspelled field («titel»)', async () => {
    expect(await squiggles(open('layout: text\ntitel: Hei\nbody:\n  - text: Tekst.\n'))).toEqual([
      '1:0: et felt mangler. Oppsettet «text» må ha «title» og «body», hvert på sin linje.',
      '2:0: feltet finnes ikke i oppsettet «text». Feltene er: layout, title, subtitle, body, image, note.',
    ]);
  });

  it('a value of the wrong type', async () => {
    expect(await squiggles(open('layout: text\ntitle: Hei\nbody: Tekst.\n'))).toEqual([
      '3:6: «body» skal være en liste med minst 1 punkt: hvert punkt på en linje som begynner med «- ».',
    ]);
    expect(await squiggles(open('layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n      jan: 7.120.449\n'))).toEqual([
      '7:11: skriv et tall, for eksempel 7120449, 7 120 449 eller 99,97. Ikke 7.120.449 eller 1,530, og ikke % etter tallet.',
    ]);
  });

  it('a field of another layout (chart: on a text slide)', async () => {
    expect(await squiggles(open('layout: text\ntitle: Hei\nbody:\n  - text: Tekst.\nchart:\n  kind: monthly\n  data: x.csv\n'))).toEqual([
      // The squiggle covers the field's value (here the whole chart block).
      '6:2: «chart» hører ikke til oppsettet «text». Det brukes i chart og text-chart. Fjern feltet, eller velg et annet oppsett.',
    ]);
  });

  it('an unknown layout, a month in English, both years and data', async () => {
    expect(await squiggles(open('layout: tekst\ntitle: Hei\n'))).toEqual([
      '1:8: ukjent oppsett. Oppsettene er: title, agenda, section, divider, text, text-columns, chart, text-chart, table, list-columns, contact, closing, picture.',
    ]);
    expect(await squiggles(open('layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    "2025":\n      may: 5\n'))).toEqual([
      '7:6: dette er ikke en måned. Skriv jan, feb, mars, apr, mai, juni, juli, aug, sep, okt, nov eller des, eller hele navnet (januar …).',
    ]);
    expect(await squiggles(open('layout: chart\ntitle: M\nchart:\n  kind: monthly\n  data: x.csv\n  years:\n    "2025":\n      jan: 5\n'))).toEqual([
      '5:8: grafen har både «data» og «years». Tallene skal stå ett sted: enten i CSV-filen (data) eller i lysbildefilen (years). Fjern det ene.',
    ]);
  });
});

describe('deck.yaml', () => {
  it('marks a misspelled field and a month written wrong, in Norwegian', async () => {
    const deck = readFileSync(join(EDITION, 'deck.yaml'), 'utf8').replace('footer:', 'foter:').replace('month: "2025-11"', 'month: "2025-13"');
    const uri = server.open(join(resolve('content/2025-12'), 'deck.yaml'), deck);
    expect(await squiggles(uri)).toEqual([
      '1:0: et felt mangler. Her må «title», «month», «language», «author», «footer», «sections», «contact» og «organisation» være med, hvert på sin linje.',
      '2:7: «month» skal være en måned skrevet som "2025-11".',
      '5:0: feltet finnes ikke her. Feltene her er: title, month, language, author, footer, logo, sections, contact, organisation.',
    ]);
  });
});

describe('the same verdict as deck', () => {
  it('accepts what deck accepts: an unquoted year, month names in any case, numbers with spaces or a decimal comma, `~`', async () => {
    const chart = 'layout: chart\ntitle: M\nchart:\n  kind: monthly\n  years:\n    2024:\n      Mars: 7 120 449\n      juli: 99,5\n      des: ~\n    "2025":\n      januar: 7\u00a0120\u00a0449\n';
    expect(await squiggles(open(chart))).toEqual([]);
  });

  it('finds nothing to mark in any file of the November edition', async () => {
    const files = readdirSync(EDITION).filter((f) => f.endsWith('.yaml'));
    expect(files).toHaveLength(41);
    for (const f of files) {
      const uri = server.open(join(EDITION, f), readFileSync(join(EDITION, f), 'utf8'));
      expect(await squiggles(uri), f).toEqual([]);
    }
  });
});
