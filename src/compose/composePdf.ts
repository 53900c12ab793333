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
import type { RenderedSlide } from '../render/renderSlide.js';
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

/** Builds the PDF in memory-friendly streaming fashion and renames it into `outFile` when complete. */
export async function composePdf(slides: RenderedSlide[], meta: PdfMeta, outFile: string): Promise<void> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
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
  doc.registerFont(FONT_FAMILY, FONT_FILES.regular);
  doc.registerFont(`${FONT_FAMILY}-Bold`, FONT_FILES.bold);

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
    for (const slide of slides) {
      doc.addPage();
      SVGtoPDF(doc, slide.svg, 0, 0, {
        width: PAGE.width,
        height: PAGE.height,
        assumePt: true,
        fontCallback: (family, bold) => {
          if (!family.split(',').some((f) => f.trim().replace(/['"]/g, '') === FONT_FAMILY)) {
            throw new Error(`svg uses font-family "${family}"; only ${FONT_FAMILY} is embedded`);
          }
          return bold ? `${FONT_FAMILY}-Bold` : FONT_FAMILY;
        },
        warningCallback: (message) => {
          throw new Error(`svg-to-pdfkit on page ${slide.page}: ${message}`);
        },
      });
      if (slide.opensSection !== undefined) {
        section = doc.outline.addItem(slide.title, { expanded: true });
      } else if (section) {
        section.addItem(slide.title);
      } else {
        doc.outline.addItem(slide.title);
      }
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
