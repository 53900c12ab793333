/**
 * The release artifact, dist/november-2025.pdf, as reviewers, viewers and screen readers get it:
 * reproducible byte for byte, with its metadata, outline and page labels, tagged (PDF/UA-1) in
 * reading order, small, and clean for qpdf and pdffonts.
 *
 * The builds run the compiled CLI in separate processes, as CI and users do: src/ compiled the way
 * `npm ci` compiles it into lib/, but into a folder of its own (another test may be rebuilding lib/).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plainText } from '../../src/render/text/inline.js';
import { readPdf, type PdfReadback } from '../helpers.js';
import { drawnText, findAll, readTagged, textSizes, type DocReadback, type StructNode } from './pdfjs.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** Inside the project, so that the CLI finds templates/ and node_modules/. */
const BIN = join(ROOT, 'node_modules', '.cache', 'deck-release-test');
const DIR = 'content/2025-11';
const work = mkdtempSync(join(tmpdir(), 'deck-release-'));

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** `deck build` in a fresh process; resolves with the PDF's bytes. */
function buildInProcess(out: string, opts: { cwd?: string; env?: NodeJS.ProcessEnv; dir?: string } = {}): Promise<Buffer> {
  return new Promise((done, fail) => {
    const env = { ...process.env, ...opts.env };
    if (!opts.env || !('SOURCE_DATE_EPOCH' in opts.env)) delete env.SOURCE_DATE_EPOCH;
    const child = spawn(process.execPath, [join(BIN, 'cli/bin.js'), 'build', opts.dir ?? join(ROOT, DIR), '-o', out, '-q'], { cwd: opts.cwd ?? ROOT, env });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += String(d)));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(readFileSync(out)) : fail(new Error(`deck build exited ${code}: ${err}`))));
  });
}

let first: Buffer;
let second: Buffer;
let dated: Buffer;
let pdf: PdfReadback;
let tagged: DocReadback;
const slideFiles = readdirSync(join(ROOT, DIR)).filter((n) => /^\d\d-.*\.yaml$/.test(n)).sort();
const slideYaml = (page: number) => parse(readFileSync(join(ROOT, DIR, slideFiles[page - 1]!), 'utf8')) as Record<string, unknown>;
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', BIN], { cwd: ROOT });
  [first, second, dated] = await Promise.all([
    buildInProcess(join(work, 'a', 'november-2025.pdf')),
    // Another working directory, another output path and file name, another process id.
    buildInProcess(join(work, 'b', 'elsewhere', 'deck.pdf'), { cwd: tmpdir(), dir: resolve(ROOT, DIR) }),
    buildInProcess(join(work, 'c', 'november-2025.pdf'), { env: { SOURCE_DATE_EPOCH: '1767225600' } }),
  ]);
  pdf = await readPdf(first);
  tagged = await readTagged(first);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('reproducible', () => {
  it('gives byte-identical PDFs from two builds in separate processes, directories and output paths', () => {
    expect(first.length).toBeGreaterThan(100_000);
    expect(second.equals(first)).toBe(true);
  });

  it('writes no path, temporary name or process id into the file', () => {
    const text = first.toString('latin1');
    for (const s of [ROOT, work, tmpdir(), '.tmp', 'node_modules']) expect(text).not.toContain(s);
  });

  it('dates the file from the edition month, or from SOURCE_DATE_EPOCH when it is set', async () => {
    expect(tagged.info.CreationDate).toBe('D:20251101000000Z');
    expect(tagged.info.ModDate).toBe('D:20251101000000Z');
    expect(tagged.xmp.get('xmp:createdate')).toBe('2025-11-01T00:00:00Z');
    const other = await readTagged(dated);
    expect(other.info.CreationDate).toBe('D:20260101000000Z');
    expect(other.xmp.get('xmp:createdate')).toBe('2026-01-01T00:00:00Z');
    expect(dated.equals(first)).toBe(false);
  });
});

describe('metadata and navigation', () => {
  it('has title, author, subject and keywords from the deck file', () => {
    expect(pdf.info).toMatchObject({
      Title: 'Oppsummering fra Altinn sentralforvaltning – november 2025',
      Author: 'Digitaliseringsdirektoratet',
      Subject: 'Oppsummering fra Altinn sentralforvaltning for november 2025',
    });
    expect(String(pdf.info.Keywords)).toContain('Plattformen');
    expect(String(pdf.info.Keywords)).toContain('november 2025');
  });

  it('is in Norwegian (nb-NO) and shows its title in the viewer’s title bar', () => {
    expect(tagged.info.Language).toBe('nb-NO');
    expect(tagged.viewer).toMatchObject({ DisplayDocTitle: true });
  });

  it('has XMP metadata with the title, the language and the PDF/UA-1 identification', () => {
    expect(tagged.xmp.get('dc:title')).toBe(pdf.info.Title);
    expect(tagged.xmp.get('dc:creator')).toEqual(['Digitaliseringsdirektoratet']);
    expect(tagged.xmp.get('dc:language')).toEqual('nb-NO');
    expect(tagged.xmp.get('pdfuaid:part')).toBe('1');
    // The metadata stream's dictionary has only the keys a stream dictionary may have (not PDFKit's stray /length).
    expect(first.toString('latin1')).toMatch(/<<\n\/Type \/Metadata\n\/Subtype \/XML\n\/Length \d+\n>>/);
  });

  it('has bookmarks: one per section, with a child per slide', () => {
    expect(pdf.outline.map((o) => o.title)).toEqual([
      'Oppsummering fra Altinn sentralforvaltning for november 2025',
      'Innhold',
      '1. Plattformen',
      '2. Informasjon',
      '3. Treffpunkt',
    ]);
    expect(pdf.outline[2]!.children).toHaveLength(21);
    expect(pdf.outline[2]!.children[5]).toBe('Meldingstjeneste'); // slide 9
  });

  it('opens each bookmark at the top left of its page, at the zoom the reader has chosen', () => {
    const dests = [...first.toString('latin1').matchAll(/\/Dest \[(\d+ 0 R) \/(\w+)([^\]]*)\]/g)];
    expect(dests).toHaveLength(40);
    for (const d of dests) expect(`${d[2]}${d[3]}`).toBe('XYZ 0 540 null');
  });

  it('keeps a space at every line wrap, so that extracted text has its words apart', () => {
    const page1 = pdf.pages[0]!.replace(/\s+/g, ' ');
    expect(page1).toContain('Altinn sentralforvaltning');
    const all = pdf.pages.join('\n');
    expect(all).not.toMatch(/ogfamiliedirektoratet|Altinnsentralforvaltning/);
  });

  it.skipIf(!has('pdftotext'))('gives pdftotext the words of page 1 (install poppler-utils to run this check)', () => {
    const file = join(work, 'text.pdf');
    writeFileSync(file, first);
    const r = spawnSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('Oppsummering fra Altinn sentralforvaltning for november 2025');
  });

  it('labels every page with the slide number printed in its footer', () => {
    expect(tagged.labels).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
    // The footer ends with the slide number: «… – november 2025 9».
    const footers = tagged.pages.filter((p) => /november 2025 \d+$/.test(p.artifactText));
    for (const page of footers) expect(/(\d+)$/.exec(page.artifactText)![1]).toBe(page.label);
    // Content slides print their number; the title, section and closing pages do not.
    expect(footers).toHaveLength(35);
  });
});

describe('tagged PDF (PDF/UA-1)', () => {
  it('is marked as tagged, with one Document and a section per slide', () => {
    expect(tagged.markInfo).toMatchObject({ Marked: true });
    // The parent tree is a single root node, which must not carry /Limits (ISO 32000-1, 7.9.7).
    expect(first.toString('latin1')).toMatch(/\/ParentTree <<\n  \/Nums \[/);
    for (const page of tagged.pages) {
      expect(page.tree.children.map((c) => c.role)).toEqual(['Document']);
      expect(page.tree.children[0]!.children.map((c) => c.role)).toEqual(['Sect']);
    }
  });

  it("has exactly one H1 per slide, the slide's title", () => {
    for (const [i, page] of tagged.pages.entries()) {
      const h1 = findAll(page.tree, 'H1');
      expect(h1, `page ${i + 1}`).toHaveLength(1);
      const { title, subtitle, layout } = slideYaml(i + 1);
      // The title page's heading is its title with the subtitle that completes it («… for november 2025»).
      const heading = layout === 'title' && typeof subtitle === 'string' ? `${title} ${subtitle}` : title;
      if (typeof heading === 'string') expect(nbsp(h1[0]!.text), `page ${i + 1}`).toBe(plainText(heading).replace(/\s+/g, ' '));
    }
    expect(nbsp(findAll(tagged.pages[0]!.tree, 'H1')[0]!.text)).toBe('Oppsummering fra Altinn sentralforvaltning for november 2025');
    // A section slide's heading is its number and title, as the slide shows them.
    for (const [page, heading] of [[3, '1. Plattformen'], [25, '2. Informasjon'], [37, '3. Treffpunkt']] as const) {
      expect(nbsp(findAll(tagged.pages[page - 1]!.tree, 'H1')[0]!.text), `page ${page}`).toBe(heading);
    }
    // Nothing else of a section slide or the title page is read as the number or the month.
    expect(findAll(tagged.pages[2]!.tree, 'P').map((p) => p.text)).not.toContain('1');
    expect(findAll(tagged.pages[0]!.tree, 'P').map((p) => p.text)).not.toContain('november 2025');
  });

  it('draws a space between the parts of a heading, so that extracted text does not run them together', async () => {
    // The section number and the title are on different lines: only a drawn space separates them.
    const drawn = await drawnText(first);
    expect(drawn[2]).toMatch(/^1\. Plattformen/);
    expect(drawn[0]).toContain('for november 2025');
  });

  it('reads a slide in order: title, paragraphs, sub-headings and lists', () => {
    const sect = tagged.pages[4]!.tree.children[0]!.children[0]!;
    expect(sect.children.map((c) => c.role)).toEqual(['H1', 'P', 'H2', 'L', 'H2', 'L']);
    expect(sect.children[1]!.text).toBe('Som tjenesteeier kan dere melde inn hendelser på ulike måter:');
    const item = sect.children[3]!.children[0]!;
    expect(item.role).toBe('LI');
    expect(item.children.map((c) => c.role)).toEqual(['LBody']);
    expect(item.text).toBe('Send epost med beskrivelse og eventuelt skjermbilde til tjenesteeier@altinn.no');
    // Sub-lists sit inside the body of their item.
    const nested = tagged.pages.flatMap((p) => findAll(p.tree, 'LBody')).filter((b) => b.children.some((c) => c.role === 'L'));
    expect(nested.length).toBeGreaterThan(0);
  });

  it('puts every link annotation in a Link element of the text it belongs to, with a description', () => {
    let links = 0;
    for (const [i, page] of tagged.pages.entries()) {
      const elements = findAll(page.tree, 'Link');
      const tagged = new Set(elements.flatMap((l) => l.annotations));
      for (const a of page.links) {
        links++;
        expect(tagged.has(a.id), `page ${i + 1}: ${a.url}`).toBe(true);
        expect(a.contents, `page ${i + 1}: ${a.url}`).not.toBe('');
      }
      for (const l of elements) expect(l.text, `page ${i + 1}`).not.toBe('');
    }
    expect(links).toBeGreaterThan(40);
    const mail = findAll(tagged.pages[4]!.tree, 'Link')[0]!;
    expect(mail.text).toBe('tjenesteeier@altinn.no');
    // A link that says only «her» tells where it leads.
    const vague = tagged.pages.flatMap((p) => p.links).filter((l) => /^her\b/.test(l.contents));
    expect(vague.length).toBeGreaterThan(0);
    for (const l of vague) expect(l.contents).toMatch(/^her \(lenke til [a-z0-9.-]+\.[a-z]+\)$/);
  });

  it('makes each chart a Figure with a Norwegian text alternative from its data, followed by its data table', () => {
    const figures = tagged.pages.flatMap((p, i) => findAll(p.tree, 'Figure').map((f) => ({ page: i + 1, f, sect: p.tree.children[0]!.children[0]! })));
    expect(figures).toHaveLength(13);
    for (const { page, f, sect } of figures) {
      expect(f.alt, `page ${page}`).toMatch(/^(Søylediagram|Gruppert søylediagram|Linjediagram): /);
      expect(f.bbox, `page ${page}`).toHaveLength(4);
      const next = sect.children[sect.children.indexOf(f) + 1];
      if (!/ingen tall/.test(f.alt!)) expect(next?.role, `page ${page}: the data table after the chart`).toBe('Table');
    }
    const alt = (page: number) => nbsp(figures.find((x) => x.page === page)!.f.alt!);
    expect(alt(9)).toBe(
      'Søylediagram: Meldingstjeneste, totalt antall meldinger ut gjennom Altinn de siste år, per måned fra 2022 til 2025, én søyle per år. ' +
        'Siste verdi november 2025: 4 951 197, 1,7 % høyere enn november 2024 (4 866 260). ' +
        'I 2025 var mars høyest (12 761 756) og juli lavest (3 648 773). ' +
        'Fra januar til november 2025 var snittet per måned 1,6 % høyere enn i de samme månedene i 2024.',
    );
    // Numbers as a speech synthesiser reads them best: grouped by ordinary spaces (see altText.ts).
    for (const { page, f } of figures) expect(f.alt, `page ${page}`).not.toMatch(/\d[\u00a0\u202f]\d/);
    expect(alt(23)).toContain('Siste verdi november 2025: 99,98 %, over kravet på 99,90 %.');
    expect(alt(17)).toContain('Dataoppslag mot Brønnøysundregistrene: eBevis 4 590, Drosjeløyve 192');
  });

  it('tags tables as tables: a header row of TH, each data row led by its TH', () => {
    const tables = tagged.pages.flatMap((p) => findAll(p.tree, 'Table'));
    expect(tables.length).toBeGreaterThanOrEqual(14);
    for (const t of tables) {
      const rows = t.children;
      expect(rows.every((r) => r.role === 'TR')).toBe(true);
      expect(rows[0]!.children.every((c) => c.role === 'TH')).toBe(true);
      for (const r of rows.slice(1)) expect(r.children[0]!.role).toBe('TH');
    }
    const nov = tables[0]!;
    expect(nov.children[4]!.text).toMatch(/^2025 7 120 449 5 214 812 12 761 756/);
  });

  it('keeps every table cell under its header for screen readers: as many cells per row as in the header, none empty', () => {
    const tables = tagged.pages.flatMap((p, i) => findAll(p.tree, 'Table').map((t) => ({ page: i + 1, t })));
    expect(tables).toHaveLength(14);
    for (const { page, t } of tables) {
      const [header, ...rows] = t.children;
      for (const [r, row] of rows.entries()) expect(row.children.length, `page ${page}, row ${r + 1}`).toBe(header!.children.length);
      // pdf.js (Firefox) drops a cell without content, which moves the rest under the wrong header.
      for (const cell of t.children.flatMap((row) => row.children)) expect(cell.text, `page ${page}`).not.toBe('');
    }
    // The corner cell says what the rows are; a month without a number shows a dash read as «ingen tall».
    const nov = tables.find((x) => x.page === 9)!.t;
    expect(nov.children[0]!.children[0]!.text).toBe('År');
    const dec2025 = nov.children[4]!.children[12]!;
    expect([dec2025.text, dec2025.alt]).toEqual(['–', 'ingen tall']);
    // Page 21: September–December 2024 stay under their months.
    const bits = tables.find((x) => x.page === 21)!.t;
    expect(bits.children[1]!.children.map((c) => c.text)).toEqual(['2024', '–', '–', '–', '–', '–', '–', '–', '–', '2 239', '7 128', '7 468', '6 289']);
  });

  it('marks footers, page numbers and decoration as artifacts, and leaves no text unmarked', () => {
    for (const [i, page] of tagged.pages.entries()) {
      expect(page.unmarkedText, `page ${i + 1}`).toBe('');
      const tree = JSON.stringify(page.tree);
      if (page.artifactText.includes('november 2025')) expect(tree, `page ${i + 1}`).not.toContain('sentralforvaltning – november 2025');
    }
    expect(tagged.pages[4]!.artifactText).toBe('Digdir Altinn Oppsummering fra Altinn sentralforvaltning – november 2025 5');
  });
});

describe('readable on a projector and on paper', () => {
  it('sets no text on any page below 9 pt: data tables, chart labels and footers included', async () => {
    const pages = await textSizes(first);
    expect(pages).toHaveLength(40);
    const small = pages.flatMap((items, i) => items.filter((t) => t.size < 9 - 0.01).map((t) => `page ${i + 1}: «${t.str}» at ${t.size} pt`));
    expect(small).toEqual([]);
    // What is measured is the PDF's own text: the data table of slide 9 and its footer are there.
    expect(pages[8]!.some((t) => t.str.includes('7 120 449'))).toBe(true);
    expect(pages[8]!.find((t) => t.str.startsWith('Oppsummering fra Altinn'))!.size).toBeGreaterThanOrEqual(9);
  });
});

describe('size and validity', () => {
  it('stays under 1 MB', () => {
    expect(first.length).toBeLessThan(1_000_000);
  });

  it.skipIf(!has('qpdf'))('passes qpdf --check (install qpdf to run this check)', () => {
    const file = join(work, 'check.pdf');
    writeFileSync(file, first);
    const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('No syntax or stream encoding errors found');
    expect(r.status).toBe(0);
  });

  it.skipIf(!has('pdffonts'))('embeds every font (install poppler-utils to run this check)', () => {
    const file = join(work, 'fonts.pdf');
    writeFileSync(file, first);
    const rows = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  });

  it('embeds the two faces as CID fonts with widths and ToUnicode, and without a CIDSet (PDF/UA-1 7.21.4.2)', () => {
    const text = first.toString('latin1');
    expect(text.match(/\/Subtype \/CIDFontType2/g)).toHaveLength(2);
    expect(text.match(/\/FontFile2 /g)).toHaveLength(2);
    expect(text.match(/\/ToUnicode /g)).toHaveLength(2);
    expect(text.match(/\/CIDToGIDMap \/Identity/g)).toHaveLength(2);
    expect(text).not.toContain('/CIDSet');
  });

});
