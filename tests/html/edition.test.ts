/**
 * The HTML edition (`deck build --html`) as a reader and a validator see it, without a browser:
 * every slide's title and every chart number in the text, in Norwegian format; real headings, lists,
 * links and tables; each chart an image with the PDF's alt text, followed by its data table; the two
 * fonts embedded as subsets; nothing fetched from anywhere; valid HTML; the same bytes every build.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build } from '../../src/build.js';
import { htmlEdition } from '../../src/html/edition.js';
import { encodePng } from '../../src/preview/png.js';
import { formatNumber, formatPercent } from '../../src/render/format.js';
import { FONT_FILES } from '../../src/render/fonts.js';
import { visibleText } from '../../src/html/markup.js';
import { editionWith, MINI } from '../helpers.js';
import { buildNovember, type NovemberBuild } from './novemberBuild.js';

const DIR = 'content/2025-11';
let nov: NovemberBuild;
let html: string;

beforeAll(async () => {
  nov = await buildNovember();
  html = nov.html;
});

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
/** The HTML of each slide's <section>, in order. */
const sections = (page = html) => page.split('<section class="slide-wrap"').slice(1).map((s) => s.slice(0, s.indexOf('\n</section>')));
const slideFiles = readdirSync(DIR).filter((n) => /^\d\d-.*\.yaml$/.test(n)).sort();

describe('HTML edition: the text', () => {
  it('has one section per slide, in order, each named by its title', () => {
    const s = sections();
    expect(s).toHaveLength(40);
    s.forEach((sec, i) => expect(sec).toMatch(new RegExp(`^ id="lysbilde-${i + 1}" aria-labelledby="lysbilde-${i + 1}-tittel lysbilde-${i + 1}-nr"`)));
  });

  it("holds every slide's title in its own section, the first heading an h2", () => {
    sections().forEach((sec, i) => {
      const title = plain(nov.titles[i]!);
      const heading = sec.match(/<h2 id="lysbilde-\d+-tittel"[^>]*>([\s\S]*?)<\/h2>/);
      expect(heading, `slide ${i + 1}`).not.toBeNull();
      expect(plain(visibleText(sec)).replace(/ +/g, ' '), `slide ${i + 1}`).toContain(title.replace(/^\d+\. /, ''));
    });
  });

  it('shows every chart value in Norwegian format on its slide (12 473 228, 99,90 %)', () => {
    const s = sections();
    let checked = 0;
    slideFiles.forEach((file, i) => {
      const chart = parse(readFileSync(join(DIR, file), 'utf8')).chart;
      if (!chart) return;
      const values: string[] = [];
      if (chart.kind === 'monthly') {
        for (const months of Object.values(chart.years) as Record<string, number | null>[]) {
          for (const v of Object.values(months)) if (v !== null) values.push(formatNumber(v, Number.isInteger(v) ? 0 : 2));
        }
      } else if (chart.kind === 'categories') {
        for (const vs of Object.values(chart.series) as number[][]) for (const v of vs) values.push(formatNumber(v));
      } else {
        for (const v of Object.values(chart.months) as number[]) values.push(formatPercent(v, 2));
      }
      const text = plain(visibleText(s[i]!));
      for (const v of values) expect(text, `${file}: ${v}`).toContain(plain(v));
      checked += values.length;
    });
    expect(checked).toBeGreaterThan(400);
    const all = plain(visibleText(html));
    expect(all).toContain('12 473 228');
    expect(all).toContain('99,90 %');
  });
});

describe('HTML edition: structure for screen readers', () => {
  it('is Norwegian, titled like the PDF, with a skip link to the slides and a table of contents of the sections', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
    expect(html).toContain('<title>Oppsummering fra Altinn sentralforvaltning – november 2025</title>');
    expect(html).toMatch(/<body>\n<a class="skip" href="#lysbilder">Gå til lysbildene<\/a>/);
    expect(html).toContain('<main id="lysbilder">');
    const nav = html.match(/<nav class="toc"[\s\S]*?<\/nav>/)![0];
    const top = [...nav.matchAll(/<ul>[\s\S]*?<\/ul>/g)].length;
    expect(top).toBeGreaterThan(0);
    for (const [n, title] of [[3, '1. Plattformen'], [25, '2. Informasjon'], [37, '3. Treffpunkt']] as const) {
      expect(nav).toContain(`<a href="#lysbilde-${n}">${title}</a>`);
    }
    // Every slide of a section is listed under it.
    expect(nav).toContain('<a href="#lysbilde-9">Meldingstjeneste</a>');
    expect(nav.match(/href="#lysbilde-\d+"/g)).toHaveLength(38);
  });

  it('writes lists as lists, links as links and sub-headings as headings', () => {
    const s = sections();
    expect(s[4]).toMatch(/<h3[^>]*><span class="l"[^>]*>I normal arbeidstid:<\/span><\/h3>/);
    expect(s[4]).toMatch(/<ul><li[^>]*>.*Send epost med beskrivelse og eventuelt skjermbilde til<\/span> <a href="mailto:tjenesteeier@altinn.no"[^>]*><span[^>]*>tjenesteeier@altinn.no<\/span><\/a><\/li><\/ul>/);
    // A paragraph over several lines is one paragraph, its lines joined by spaces.
    const paragraphs = s[15]!.match(/<p[^>]*>.*?<\/p>/g)!.map((p) => plain(visibleText(p)).trim());
    expect(paragraphs).toContain('Maskinporten har i samarbeid med Altinn Autorisasjon støtte for at API-konsumenter kan delegere en API-tilgang til en leverandør.');
    // A link inside a sentence: the words around it keep their spaces.
    expect(paragraphs).toContain('Maskinporten sørger for sikker autentisering og tilgangskontroll for datautveksling mellom virksomheter. Maskinporten er en tjeneste som tilbyr API-sikring basert på OAuth2 protokollen og bruk av JWT-bearer grants.');
  });

  it('writes tables with header cells that have a scope', () => {
    const abs = sections()[23]!;
    expect(abs).toContain('<thead><tr><th scope="col"');
    expect(abs.match(/<th scope="row"/g)).toHaveLength(2);
    expect(plain(visibleText(abs.match(/<tbody>[\s\S]*?<\/tbody>/)![0]))).toContain('Svarprosent telefonhenvendelser Høyere enn 90 % 95 % 91 %');
  });

  it('reads a month without a number as «ingen tall», as the PDF does, while it shows a dash', () => {
    const cell = sections()[8]!.match(/<td[^>]*><span aria-hidden="true"><span class="l[^"]*"[^>]*>–<\/span><\/span><span class="sr">ingen tall<\/span><\/td>/);
    expect(cell).not.toBeNull();
  });

  it('gives each chart role="img" and the alt text of the PDF, followed by its data table', () => {
    let charts = 0;
    nov.svgs.forEach((svg, i) => {
      const alt = svg.match(/<g data-role="chart" aria-label="([^"]*)"/)?.[1];
      if (!alt) return;
      charts++;
      const sec = sections()[i]!;
      const img = sec.match(/<svg class="chart" role="img" aria-label="([^"]*)"[^>]*>[\s\S]*?<\/svg>(.{0,80})/);
      expect(img?.[1], `slide ${i + 1}`).toBe(alt);
      if (!alt.includes('Diagrammet er tomt')) expect(img![2], `slide ${i + 1}`).toMatch(/^<section class="table" tabindex="0" aria-label="Tabell, lysbilde \d+"/);
    });
    expect(charts).toBe(slideFiles.filter((f) => parse(readFileSync(join(DIR, f), 'utf8')).chart).length);
    expect(charts).toBeGreaterThan(10);
    // The first chart's, in Norwegian, with its numbers as the PDF reads them.
    const first = plain(html.match(/<svg class="chart" role="img" aria-label="([^"]*)"/)![1]!);
    expect(first).toMatch(/^Søylediagram: Meldingstjeneste, totalt antall meldinger ut gjennom Altinn de siste år, /);
    expect(first).toContain('Siste verdi november 2025: 4 951 197');
  });

  it('keeps decoration and footers out of the text: one aria-hidden layer per slide', () => {
    expect(html.match(/<svg class="deco" viewBox="0 0 960 540" aria-hidden="true" focusable="false">/g)).toHaveLength(40);
    for (const sec of sections()) {
      const outside = sec.replace(/<svg class="deco"[\s\S]*?<\/svg>/, '');
      expect(outside).not.toContain('data-role="decoration"');
      expect(outside).not.toContain('Oppsummering fra Altinn sentralforvaltning – november 2025</tspan>');
    }
  });
});

describe('HTML edition: one file that fetches nothing', () => {
  it('has no script, no external style sheet, image, frame or font, and forbids them all', () => {
    expect(html).not.toMatch(/<(script|img|iframe|object|embed|audio|video|source)\b/i);
    // The one <link>: the page's icon, itself a data: URL.
    expect(html.match(/<link\b[^>]*>/g)).toEqual([expect.stringMatching(/^<link rel="icon" href="data:image\/svg\+xml,/)]);
    expect(html).not.toMatch(/\bsrc=/i);
    expect([...html.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!.slice(0, 22))).toEqual(['data:font/woff2;base64', 'data:font/woff2;base64']);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`);
    // Links point out, they load nothing.
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) expect(href).toMatch(/^(#lysbilde(r|-\d+)|https?:\/\/|mailto:)/);
  });

  it('embeds the two Inter faces as WOFF2 subsets that hold every character of the page', () => {
    const faces = [...html.matchAll(/@font-face \{[^}]*font-weight: ([\d ]+);[^}]*url\(data:font\/woff2;base64,([^)]*)\)/g)];
    expect(faces.map((f) => f[1])).toEqual(['400', '600 700']);
    const text = visibleText(html.slice(html.indexOf('<body>')));
    faces.forEach(([, , b64], i) => {
      const woff2 = Buffer.from(b64!, 'base64');
      expect(woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
      const subset = fontkit.create(woff2) as fontkit.Font & { numGlyphs: number };
      const full = fontkit.create(readFileSync(Object.values(FONT_FILES)[i]!)) as fontkit.Font & { numGlyphs: number };
      expect(subset.numGlyphs).toBeLessThan(full.numGlyphs / 2);
      for (const ch of new Set(text.replace(/\s/g, ''))) expect(subset.hasGlyphForCodePoint(ch.codePointAt(0)!), `«${ch}»`).toBe(true);
      expect(woff2.length).toBeLessThan(25_000);
    });
  });

  it("puts deck.yaml's logo into the page as a data: URL, without the file's path", async () => {
    const dir = editionWith({ 'deck.yaml': readFileSync(join(MINI, 'deck.yaml'), 'utf8') + 'logo: bilder/logo.png\n' });
    mkdirSync(join(dir, 'bilder'));
    const png = encodePng(new Uint8Array(4 * 4 * 4).fill(200), 4, 4);
    writeFileSync(join(dir, 'bilder', 'logo.png'), png);
    const page = await htmlEdition(await build({ dir, out: join(dir, 'ut.pdf') }));
    expect(page).toContain(`href="data:image/png;base64,${png.toString('base64')}"`);
    expect(page).not.toContain(dir);
  });

  it('shows a picture as an <img> with its alt text, its caption as the figure\'s caption; a decorative one only in the layer', async () => {
    const dir = editionWith({
      '04-hendelser.yaml': 'layout: picture\ntitle: Skjermbilde\nimage:\n  file: skjerm.png\n  alt: Den nye innboksen\n  caption: Fra testmiljøet.\n',
      '05-meldinger.yaml': 'layout: text\ntitle: Pynt\nbody:\n  - text: Tekst.\nimage:\n  file: skjerm.png\n  decorative: true\n',
    });
    writeFileSync(join(dir, 'skjerm.png'), encodePng(new Uint8Array(40 * 20 * 4).fill(200), 40, 20));
    const page = await htmlEdition(await build({ dir, out: join(dir, 'ut.pdf') }));
    const figures = [...page.matchAll(/<figure>(.*?)<\/figure>/g)].map((m) => m[1]!);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatch(/^<img class="chart picture" src="data:image\/png;base64,[^"]+" alt="Den nye innboksen" width="\d+" height="\d+" style="[^"]+"><figcaption[^>]*>.*Fra testmiljøet\..*<\/figcaption>$/);
    const pynt = sections(page)[4]!;
    expect(pynt).not.toContain('<img');
    expect(pynt).toMatch(/<svg class="deco"[^>]*aria-hidden="true"[^>]*>.*<image [^>]*href="data:image\/png;base64,/);
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('is valid HTML (html-validate, recommended rules): no errors', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });

  it('is byte-identical from build to build (deck build --html again, to another folder)', () => {
    expect(nov.again.equals(Buffer.from(html))).toBe(true);
  });
});
