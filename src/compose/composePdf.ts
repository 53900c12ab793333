/**
 * Slide SVGs → one release-grade PDF:
 *
 *   - a 16:9 page per slide drawn by svg-to-pdfkit with the embedded Inter faces;
 *   - tagged (PDF/UA-1): a structure tree in reading order planned from the slides' roles
 *     (tagPlan.ts) and written while drawing (structure.ts); footers and decoration as artifacts;
 *   - an outline (one entry per section, a child per slide), page labels equal to the printed slide
 *     numbers (pageLabels.ts), title, author, subject, keywords and language in the Info dictionary
 *     and the XMP metadata (metadata.ts), the title shown in the viewer's title bar;
 *   - reproducible: every byte follows from the content. Dates come from the edition month (or
 *     SOURCE_DATE_EPOCH), the file ID from the Info dictionary, object order from page order; no
 *     clock, path or process id is written into the file;
 *   - written to a temporary file and renamed into place.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_FAMILY, FONT_FILES } from '../render/fonts.js';
import { PAGE } from '../render/theme.js';
import { xmpDescriptions, type PdfMeta } from './metadata.js';
import { setPageLabels } from './pageLabels.js';
import { StructureTree, type SlideStruct } from './structure.js';
import { planSlide } from './tagPlan.js';

export { metaFor, sourceDate, type PdfMeta } from './metadata.js';

const CREATOR = 'deck';
const PRODUCER = 'deck (PDFKit, svg-to-pdfkit)';

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
    lang: meta.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    tagged: true,
    // PDFKit 0.20 supports 'PDF/UA' (pdfuaid:part 1 in the XMP); its typings list only PDF/A.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: CREATOR,
      Producer: PRODUCER,
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  });
  // PDFKit writes the XMP values unescaped (a title with "&" would break it): ours escapes them.
  (doc as unknown as { _addInfo(): void })._addInfo = () => doc.appendXML(xmpDescriptions(meta, { creator: CREATOR, producer: PRODUCER }));
  const tree = new StructureTree(doc);

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
    const later: { index: number; page: number; svg: Promise<string>; struct: SlideStruct }[] = [];
    pages.forEach((p, index) => {
      doc.addPage();
      if (p.opensSection !== undefined) section = doc.outline.addItem(p.title, { expanded: true });
      else if (section) section.addItem(p.title);
      else doc.outline.addItem(p.title);
      // The structure tree follows page order, whenever a page is drawn.
      const struct = tree.addSlide(p.title);
      if (typeof p.svg === 'string') drawSlide(doc, tree, struct, p.svg, p.page);
      else later.push({ index, page: p.page, svg: p.svg, struct });
    });
    for (const l of later) {
      const svg = await l.svg;
      doc.switchToPage(l.index);
      drawSlide(doc, tree, l.struct, svg, l.page);
    }
    // A link annotation outside a Link element (an <a> inside a chart, say) would be silent for screen readers.
    if (tree.untaggedLinks) throw new Error(`${tree.untaggedLinks} link annotation(s) outside a Link element: put each <a> in a text, or give it data-role="link"`);
    tree.end();
    setPageLabels(doc, pages.map((p) => p.page));
    doc.end();
    await done;
    renameSync(tmp, outFile);
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw err;
  }
}

function drawSlide(doc: PDFKit.PDFDocument, tree: StructureTree, struct: SlideStruct, svg: string, page: number): void {
  tree.drawSlide(planSlide(svg), struct, (marked) => drawSvg(doc, marked, page));
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
