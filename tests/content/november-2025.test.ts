/**
 * The November 2025 edition as service owners get it: the right slides in the right places,
 * every chart number printed the Norwegian way, and none of the source's OCR debris.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build, checkEdition } from '../../src/build.js';
import { formatNumber, formatPercent } from '../../src/render/format.js';
import { readPdf, type PdfReadback } from '../helpers.js';
import { findAll, readTagged, type DocReadback } from '../release/pdfjs.js';
import { overlaps, readGeometry, type PageGeometry } from './pdfGeometry.js';

const DIR = 'content/2025-11';

let pdf: PdfReadback;
let geometry: PageGeometry[];
let tagged: DocReadback;
let warnings: string[];

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'deck-nov-')), 'november-2025.pdf');
  const result = await build({ dir: DIR, out });
  warnings = result.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`);
  pdf = await readPdf(readFileSync(out));
  geometry = await readGeometry(readFileSync(out));
  tagged = await readTagged(readFileSync(out));
});

const slideFiles = readdirSync(DIR).filter((n) => /^\d\d-.*\.yaml$/.test(n)).sort();
const slide = (n: number) => parse(readFileSync(join(DIR, slideFiles[n - 1]!), 'utf8'));
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('November 2025: structure', () => {
  it('has exactly 40 slides', () => {
    expect(slideFiles).toHaveLength(40);
    expect(pdf.pages).toHaveLength(40);
  });

  it.each([
    [3, '1. Plattformen'],
    [25, '2. Informasjon'],
    [28, 'Altinn har tatt i bruk status.digdir.no'],
    [33, 'Viktig informasjon – Autorisasjon'],
    [37, '3. Treffpunkt'],
  ])('slide %i is «%s»', (n, title) => {
    const text = pdf.pages[n - 1]!.replace(/\n/g, ' ');
    // A section slide shows its number above its title; both are one heading, «1. Plattformen».
    expect(text.replace(/\s+/g, ' ').startsWith(title)).toBe(true);
  });

  it("ends with Digdir's addresses", () => {
    const last = pdf.pages[39]!;
    for (const s of ['Digitaliseringsdirektoratet', 'postmottak@digdir.no', 'Postboks 1382 Vika, 0114 Oslo', 'Havnegata 48, 8900 Brønnøysund', 'Skrivarvegen 2, 6863 Leikanger', 'Lørenfaret 1C, 0580 Oslo']) {
      expect(last).toContain(s);
    }
  });

  it('has bookmarks for the three sections with their slides', () => {
    const sections = pdf.outline.filter((o) => /^\d\. /.test(o.title));
    expect(sections.map((s) => s.title)).toEqual(['1. Plattformen', '2. Informasjon', '3. Treffpunkt']);
    expect(sections[1]!.children).toContain('Altinn har tatt i bruk status.digdir.no');
  });

  it('marks the two numbers the source notes doubt as checked, with the notes’ reasons, and warns about nothing', () => {
    expect(warnings).toEqual([]);
    expect(checkEdition(DIR).acknowledged.map((a) => `${a.warning.file}:${a.warning.line}: ${a.warning.message} | ${a.reason}`)).toEqual([
      // SOURCE-NOTES 2.2: December 2024 is about a quarter of the months around it; printed so in the source.
      'content/2025-11/13-autorisasjon.yaml:45: 7 632 537 er mye lavere enn ellers i denne grafen (medianen for 12 måneder på hver side er 49 790 077). Sjekk om et siffer mangler eller er for mye. | står slik i kildematerialet, som siste tall i raden for 2024. Kan være et reelt fall eller en feil i kilden (SOURCE-NOTES.md 2.2).',
      // SOURCE-NOTES 2.6: October and November 2025 are both printed as 31 867, "may be a copy error in the source".
      'content/2025-11/20-advokatregisteret.yaml:36: samme tall som oktober 2025 (31 867). Sjekk at tallet ikke er kopiert fra måneden før. | oktober og november 2025 har samme tall i kildematerialet. Beholdt som i kilden (SOURCE-NOTES.md 2.6).',
    ]);
  });
});

describe('November 2025: every chart value in Norwegian format', () => {
  const charts = slideFiles.map((f, i) => ({ file: f, page: i + 1, content: slide(i + 1) })).filter((s) => s.content.chart);

  it('has the 13 charts of the source that have numbers (Maskinporten\'s has none in the source)', () => {
    expect(charts.map((c) => c.content.title)).toHaveLength(13);
  });

  for (const { file, page, content } of charts) {
    it(`${file}: every value appears on page ${page}`, () => {
      const text = plain(pdf.pages[page - 1]!);
      const chart = content.chart;
      const values: string[] = [];
      if (chart.kind === 'monthly') {
        for (const months of Object.values(chart.years) as Record<string, number>[]) {
          for (const v of Object.values(months)) values.push(formatNumber(v, Number.isInteger(v) ? 0 : 2));
        }
      } else if (chart.kind === 'categories') {
        for (const vs of Object.values(chart.series) as number[][]) for (const v of vs) values.push(formatNumber(v));
      } else {
        for (const v of Object.values(chart.months) as number[]) values.push(formatPercent(v, 2));
      }
      for (const v of values) expect(text).toContain(plain(v));
    });
  }

  it('prints the uptime requirement as 99,90 %', () => {
    const page = charts.find((c) => c.content.chart.kind === 'uptime')!.page;
    expect(plain(pdf.pages[page - 1]!)).toContain('99,90 %');
  });
});

describe('November 2025: clean text', () => {
  // Fragments the OCR extraction leaked into the source text; none may reach the PDF.
  const DEBRIS = [
    /\bD Digdir\b/, /digditne/, /dignno/, /\bD Altinn\b/, /Servicerapport/, /JJJJHJJJ/, /\*kkkk/, /aaaaa/, /\(il\b/,
    /Brgnngysund/, /Brenngysund/, /Branngysund/, /spagrsmal/, /\bmaned\b/, /\bmgter\b/, /\bmate\b/, /\bgnsker\b/, /tienesteeier/,
    /servciedesk/, /\byvarsel\b/, /Planiagte/, /Gitkub/, /fremiicig/, /rave9,90/, /\bm20\d\d\b/, /\bw20\d\d\b/, /safelinks/,
    /\bpa\b/, /\bogsa\b/, /\bmaneder\b/, /\bDlgdlr\b/,
  ];
  it.each(DEBRIS.map((d) => [d]))('no page contains %s', (pattern) => {
    const hits = pdf.pages.map((p, i) => (pattern.test(p) ? i + 1 : 0)).filter(Boolean);
    expect(hits).toEqual([]);
  });

  it('keeps the Norwegian letters', () => {
    const all = pdf.pages.join('\n');
    for (const word of ['Brønnøysundregistrene', 'spørsmål', 'måned', 'møter', 'tilgangspakker', 'ønsker']) expect(all).toContain(word);
  });
});

describe('November 2025: links', () => {
  it('makes the e-mail addresses of the source clickable', () => {
    const urls = pdf.links.map((l) => l.url);
    for (const u of ['mailto:tjenesteeier@altinn.no', 'mailto:servicedesk@altinn.no', 'mailto:noreply@varsel.digdir.no', 'mailto:testmiljo@varsel.digdir.no', 'mailto:roy.gunnar.horn@digdir.no', 'mailto:postmottak@digdir.no']) {
      expect(urls).toContain(u);
    }
  });

  it('unwraps mail-tracking redirects', () => {
    expect(pdf.links.some((l) => l.url.includes('safelinks'))).toBe(false);
    expect(pdf.links.map((l) => l.url)).toContain('https://www.bits.no/project/kontrollinformasjon/');
  });

  it('links status.digdir.no on its slide', () => {
    expect(pdf.links.filter((l) => l.page === 28).map((l) => l.url)).toContain('https://status.digdir.no/');
  });
});

describe('November 2025: links as the source has them', () => {
  const RELEASE_NOTES = 'https://altinn.github.io/docs/ny-funksjonalitet/releases/2025/';

  it('has no link on any slide title', () => {
    const titled = geometry.map((g, i) => ({ page: i + 1, titles: g.text.filter((t) => t.tag === 'H1'), links: g.links }));
    // Every slide has its title marked, so the check below looks at real titles.
    expect(titled.filter((p) => p.titles.length === 0).map((p) => p.page)).toEqual([]);
    const hits = titled.flatMap((p) => p.titles.flatMap((t) => p.links.filter((l) => overlaps(l.rect, t.rect)).map((l) => `${p.page}: «${t.str}» ↔ ${l.url}`)));
    expect(hits).toEqual([]);
  });

  it('writes every link target with its host in lower case', () => {
    const all = geometry.flatMap((g, i) => g.links.map((l) => ({ page: i + 1, url: l.url })));
    expect(all.length).toBeGreaterThan(40);
    const host = (url: string) => /^https?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? /^mailto:[^@]*@([^?]*)/i.exec(url)?.[1];
    expect(all.filter((l) => host(l.url) === undefined)).toEqual([]);
    expect(all.filter((l) => host(l.url) !== host(l.url)!.toLowerCase())).toEqual([]);
  });

  it('leaves data.altinn.no (slides 17–21) and altinndigital.no (slide 28) as text where the source has no link', () => {
    for (const page of [17, 18, 19, 20, 21]) {
      expect(pdf.pages[page - 1]!.toLowerCase()).toContain('data.altinn.no');
      expect(geometry[page - 1]!.links.map((l) => l.url).filter((u) => /\/\/data\.altinn\.no/i.test(u))).toEqual([]);
    }
    expect(geometry[27]!.links.map((l) => l.url).filter((u) => /^https?:\/\/altinndigital\.no/i.test(u))).toEqual([]);
    // The addresses the source does link on slide 28 stay links.
    expect(geometry[27]!.links.map((l) => l.url).sort()).toEqual(['https://status.digdir.no/', 'https://testmiljo.status.digdir.no/', 'mailto:noreply@varsel.digdir.no', 'mailto:testmiljo@varsel.digdir.no']);
  });

  it('links both «Releasenotes» and «Endringer i november» on slide 6 to the release notes', () => {
    const links = pdf.links.filter((l) => l.page === 6 && l.url === RELEASE_NOTES);
    expect(links).toHaveLength(2);
    const lines = geometry[5]!.text;
    for (const words of ['Releasenotes', 'Endringer i november']) {
      const line = lines.find((t) => t.str === words)!;
      expect(line, words).toBeDefined();
      expect(geometry[5]!.links.some((l) => l.url === RELEASE_NOTES && overlaps(l.rect, line.rect)), words).toBe(true);
    }
  });
});

describe('November 2025: where the source is unsure, the slide says so', () => {
  const text = (page: number) => plain(pdf.pages[page - 1]!).replace(/\s+/g, ' ');

  it('says on the uptime slide that the months of the values are reconstructed, with an axis from 99,00 % as in the source', () => {
    expect(text(23)).toContain('hvilken måned hver verdi hører til, er rekonstruert');
    expect(text(23)).toContain('99,00 %');
    // The note is readable: small type, but not below 9 pt.
    const note = geometry[22]!.text.filter((t) => t.str.includes('rekonstruert'));
    expect(note).toHaveLength(1);
    expect(note[0]!.size).toBeGreaterThanOrEqual(9);
  });

  it('says on the eBevis slide what the source printed and why the number was corrected', () => {
    expect(text(17)).toContain('I kildematerialet står det 4 530 dataoppslag mot Brønnøysundregistrene for eBevis');
    expect(text(17)).toContain('rettet til 4 590 (3 × 1 530)');
    expect(geometry[16]!.text.filter((t) => t.str.includes('kildematerialet'))[0]!.size).toBeGreaterThanOrEqual(9);
  });

  it('says on the Maskinporten slide that the figures are missing from the source, without an empty chart', () => {
    expect(text(16)).toContain('Tallene for bruken per måned mangler i kildematerialet');
    expect(text(16)).not.toContain('Ingen tall for denne perioden');
    expect(text(16)).toContain('Tallene for februar dermed lavere enn reelt');
  });
});

describe('November 2025: the contact page in the source\'s two groups', () => {
  const TJENESTEEIERE = ['https://samarbeid.digdir.no/', 'tjenesteeier@altinn.no', '954 90 002'];

  it('draws the three «Tjenesteeiere» entries in one column under their heading, the other two beside them', () => {
    const lines = geometry[38]!.text;
    const at = (str: string) => lines.find((t) => plain(t.str) === str)!;
    const heading = at('Tjenesteeiere');
    expect(heading).toBeDefined();
    const group = TJENESTEEIERE.map(at);
    expect(group.every(Boolean)).toBe(true);
    // One column: the same left edge, top to bottom in order, all under the heading.
    expect(new Set(group.map((t) => Math.round(t.rect[0]))).size).toBe(1);
    expect(group.map((t) => t.rect[1])).toEqual([...group.map((t) => t.rect[1])].sort((a, b) => b - a));
    expect(group.every((t) => t.rect[3] < heading.rect[1] && t.rect[0] >= heading.rect[0])).toBe(true);
    // The unlabelled group stands in the other column, level with the first of them.
    const other = ['www.altinn.no', 'servicedesk@altinn.no'].map(at);
    expect(other.every((t) => t.rect[2] < heading.rect[0])).toBe(true);
    expect(Math.round(other[0]!.rect[1])).toBe(Math.round(group[0]!.rect[1]));
  });

  it('tags each group as one list, the second under its heading', () => {
    const sect = tagged.pages[38]!.tree.children[0]!.children[0]!;
    const lists = findAll(sect, 'L').map((l) => l.children.map((li) => plain(li.text)));
    expect(lists).toEqual([['www.altinn.no', 'servicedesk@altinn.no'], ['https://samarbeid.digdir.no/', 'tjenesteeier@altinn.no', 'Beredskapsvakt 954 90 002']]);
    const h2 = sect.children.findIndex((c) => c.role === 'H2' && c.text === 'Tjenesteeiere');
    expect(h2).toBeGreaterThan(0);
    expect(sect.children[h2 + 1]!.role).toBe('L');
  });

  it('keeps every contact point a link', () => {
    expect(geometry[38]!.links.map((l) => l.url)).toEqual(['http://www.altinn.no/', 'mailto:servicedesk@altinn.no', 'https://samarbeid.digdir.no/', 'mailto:tjenesteeier@altinn.no']);
  });
});
