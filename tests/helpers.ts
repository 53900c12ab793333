import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseDocument, type YAMLMap } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MINI = 'tests/fixtures/mini';

/** A copy of an edition folder in a temp dir, with some files replaced (null deletes). */
export function editionWith(files: Record<string, string | null> = {}, from = MINI): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-'));
  cpSync(from, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Runs the CLI in-process and captures its output. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import('../src/cli/main.js');
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

export interface PdfReadback {
  pages: string[];
  links: { page: number; url: string; text: string }[];
  outline: { title: string; children: string[] }[];
  info: Record<string, unknown>;
}

/** Reads a PDF back the way a reader's tools see it: text per page, links, outline, metadata. */
export async function readPdf(data: Buffer): Promise<PdfReadback> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo({ parsePageInfo: true });
    return {
      pages: text.pages.map((p) => p.text.replace(/\u00a0/g, ' ')),
      links: (info.pages ?? []).flatMap((p) => p.links.map((l) => ({ page: p.pageNumber, url: l.url, text: l.text }))),
      outline: (info.outline ?? []).map((o) => ({ title: o.title, children: (o.items ?? []).map((i) => i.title) })),
      info: info.info as Record<string, unknown>,
    };
  } finally {
    await parser.destroy();
  }
}

/**
 * A monthly chart's `years` as the CSV file Excel exports with Norwegian settings: `;` between
 * cells, digit groups split by no-break spaces, CRLF, a byte order mark.
 */
export function yearsToCsv(years: Record<string, Record<string, number | null>>): string {
  const months = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0'));
  const rows = [['År', ...months].join(';'), ...Object.entries(years).map(([y, m]) => [y, ...months.map((k) => cell(m[k]))].join(';').replace(/;+$/, ''))];
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

/** A slide file with a monthly chart turned into one that reads its numbers from `csvName` (written beside it). */
export function chartToCsv(dir: string, slide: string, csvName: string): void {
  const path = join(dir, slide);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const years = doc.getIn(['chart', 'years']) as YAMLMap;
  writeFileSync(join(dir, csvName), yearsToCsv(years.toJSON() as Record<string, Record<string, number | null>>));
  doc.deleteIn(['chart', 'years']);
  doc.setIn(['chart', 'data'], csvName);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}
