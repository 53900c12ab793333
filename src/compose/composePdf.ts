/**
 * Slide SVGs → one PDF: a 16:9 page per slide drawn by svg-to-pdfkit with the embedded Inter
 * faces, an outline (one entry per section, a child per slide), document metadata with dates
 * taken from the edition (never the clock), written to a temporary file and renamed into place.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_FAMILY, FONT_FILES } from '../render/fonts.js';
import { PAGE } from '../render/theme.js';
import type { Edition } from '../validate/validate.js';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** Creation and modification date written into the file. */
  date: Date;
}

export function metaFor(edition: Edition, monthLabel: string): PdfMeta {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(Date.UTC(edition.year, edition.month - 1, 1));
  return {
    title: `${edition.deck.title} – ${monthLabel}`,
    author: edition.deck.author,
    subject: `${edition.deck.title} for ${monthLabel}`,
    keywords: ['Altinn', 'Digdir', 'tjenesteeiere', 'statistikk', monthLabel].join(', '),
    date,
  };
}

/** One page to compose: what the outline needs now, and the slide's SVG now or when its charts are drawn. */
export interface PageInput {
  page: number;
  title: string;
  opensSection?: number;
  svg: string | Promise<string>;
}

/**
 * Creates every page in order (with its outline entry) and draws each slide whose SVG is ready at
 * once; slides still waiting for charts are drawn when they arrive, in page order. The drawing order
 * depends only on which slides have charts, never on timing, so the bytes are the same every run.
 * The file is renamed into `outFile` only when it is complete.
 */
export async function composePdf(pages: PageInput[], meta: PdfMeta, outFile: string): Promise<void> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    // Our own font as the default, so that no unembedded standard font is ever referenced.
    font: FONT_FILES.regular,
    lang: 'nb-NO',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords,
      Creator: 'deck',
      Producer: 'deck (PDFKit)',
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  });

  mkdirSync(dirname(outFile) || '.', { recursive: true });
  const tmp = join(dirname(outFile), `.${basename(outFile)}.${process.pid}.tmp`);
  const out = createWriteStream(tmp);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  doc.pipe(out);

  try {
    let section: PDFKit.PDFOutline | undefined;
    const later: { index: number; page: number; svg: Promise<string> }[] = [];
    pages.forEach((p, index) => {
      doc.addPage();
      if (p.opensSection !== undefined) section = doc.outline.addItem(p.title, { expanded: true });
      else if (section) section.addItem(p.title);
      else doc.outline.addItem(p.title);
      if (typeof p.svg === 'string') drawSvg(doc, p.svg, p.page);
      else later.push({ index, page: p.page, svg: p.svg });
    });
    for (const l of later) {
      const svg = await l.svg;
      doc.switchToPage(l.index);
      drawSvg(doc, svg, l.page);
    }
    doc.end();
    await done;
    renameSync(tmp, outFile);
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw err;
  }
}

function drawSvg(doc: PDFKit.PDFDocument, svg: string, page: number): void {
  SVGtoPDF(doc, svg, 0, 0, {
    width: PAGE.width,
    height: PAGE.height,
    assumePt: true,
    fontCallback: (family, bold) => {
      if (!family.split(',').some((f) => f.trim().replace(/['"]/g, '') === FONT_FAMILY)) {
        throw new Error(`svg uses font-family "${family}"; only ${FONT_FAMILY} is embedded`);
      }
      // The file path is PDFKit's cache key for a font opened by path (as the default font is);
      // a registered alias would miss that cache and re-parse the font for every text element.
      return bold ? FONT_FILES.bold : FONT_FILES.regular;
    },
    warningCallback: (message) => {
      throw new Error(`svg-to-pdfkit on page ${page}: ${message}`);
    },
  });
}
