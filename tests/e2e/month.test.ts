/**
 * The editors' month, end to end, as the editors' guide tells it: the December edition made from
 * the November one (whose Meldingstjeneste chart takes its numbers from a CSV file, as pasted from
 * Excel), every number filled in at the place the checklist names, a slide inserted as 09b-ny.yaml,
 * built; the December numbers on their pages in Norwegian format, the new slide on page 10.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartToCsv, readPdf, runCli, type PdfReadback } from '../helpers.js';

/** Made-up December numbers for the test, near November's so that no sanity rule fires. */
const DECEMBER: Record<string, string> = {
  '09-meldingstjeneste.csv': '8 744 123',
  '10-innsendingstjeneste.yaml': '1 234 567',
  '11-varsling-epost.yaml': '7 654 321',
  '12-varsling-sms.yaml': '1 111 222',
  '13-autorisasjon.yaml': '101 202 303',
  '14-samtykker.yaml': '2 345 678',
  '15-innsendinger-altinn3.yaml': '654 321',
  '18-tilda.yaml': '120 345',
  '19-oppslag-apper.yaml': '33 444',
  '20-advokatregisteret.yaml': '32 100',
  '21-bits.yaml': '12 345',
  '23-oppetid-graf.yaml': '99,95',
};

describe('a month from new-month to the PDF', () => {
  let root: string;
  let dir: string;
  let checklist: string;
  let pdf: PdfReadback;

  beforeAll(async () => {
    root = join(mkdtempSync(join(tmpdir(), 'deck-e2e-')), 'content');
    mkdirSync(root, { recursive: true });
    cpSync('content/schema', join(root, 'schema'), { recursive: true });
    cpSync('content/2025-11', join(root, '2025-11'), { recursive: true });
    chartToCsv(join(root, '2025-11'), '09-meldingstjeneste.yaml', '09-meldingstjeneste.csv');

    const made = await runCli(['new-month', '2025-12', '--from', join(root, '2025-11')]);
    expect(made.code).toBe(0);
    checklist = made.out;
    dir = join(root, '2025-12');

    // Fill in each number where the checklist says, as an editor types it.
    for (const line of checklist.split('\n')) {
      const m = /^ {2}(.+?):(\d+):(\d+): .*(tallet|oppetiden) for desember 2025$/.exec(line);
      if (!m) continue;
      const [, file, l, c] = m;
      const name = file!.split('/').pop()!;
      const lines = readFileSync(file!, 'utf8').split('\n');
      const row = lines[Number(l) - 1]!;
      const at = Number(c) - 1;
      lines[Number(l) - 1] = name.endsWith('.csv') ? row.slice(0, at) + DECEMBER[name]! + row.slice(at) : row.slice(0, at) + DECEMBER[name]!;
      writeFileSync(file!, lines.join('\n'));
    }
    writeFileSync(join(dir, '09b-ny.yaml'), 'layout: text\ntitle: Nytt i desember\nbody:\n  - text: Et nytt lysbilde mellom Meldingstjeneste og Innsendingstjeneste.\n');

    const out = join(dir, 'desember-2025.pdf');
    const built = await runCli(['build', dir, '-o', out]);
    expect(built.code).toBe(0);
    pdf = await readPdf(readFileSync(out));
  });

  it('lists the CSV file’s new cell on the checklist, with its line and column', () => {
    expect(checklist).toContain(`  ${dir}/09-meldingstjeneste.csv:5:`);
    expect(checklist).toMatch(/09-meldingstjeneste\.csv:5:\d+: Meldingstjeneste: tallet for desember 2025\n/);
    expect(checklist.match(/(tallet|oppetiden) for desember 2025\n/g)).toHaveLength(12);
  });

  it('puts 09b-ny.yaml on page 10, between Meldingstjeneste and Innsendingstjeneste', () => {
    expect(pdf.pages).toHaveLength(41);
    expect(pdf.pages[8]).toMatch(/^Meldingstjeneste\n/);
    expect(pdf.pages[9]).toMatch(/^Nytt i desember\n/);
    expect(pdf.pages[9]).toMatch(/desember 2025 10$/);
    expect(pdf.pages[10]).toMatch(/^Innsendingstjeneste\n/);
  });

  it('shows each December number on its page in Norwegian format', () => {
    const page = (title: string) => pdf.pages.find((p) => p.startsWith(`${title}\n`))!;
    expect(page('Meldingstjeneste')).toMatch(/2025 7 120 449 .* 4 951 197 8 744 123/);
    expect(page('Autorisasjon')).toContain('101 202 303');
    expect(page('data.altinn.no – Advokatregisteret')).toContain('32 100');
    expect(pdf.pages.join('\n')).toContain('99,95');
  });

  it('leaves the November edition passing npx deck check --strict', async () => {
    const r = await runCli(['check', '--strict', 'content/2025-11']);
    expect(r.code).toBe(0);
  });
});
