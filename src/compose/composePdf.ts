/**
 * Slide SVGs → one release-grade PDF:
 *
 *   - a 16:9 page per slide, drawn by our own drawer (draw/drawSlide.ts) with the embedded Inter
 *     faces (fonts/deckFonts.ts);
 *   - tagged (PDF/UA-1): a structure tree in reading order planned from the slides' roles
 *     (tagPlan.ts), whose marked content the drawer writes (structure.ts ties the two);
 *     footers and decoration as artifacts;
 *   - an outline (one entry per section, a child per slide), each opening its page at the top left,
 *     page labels equal to the printed slide numbers (pageLabels.ts), title, author, subject,
 *     keywords and language in the Info dictionary and the XMP metadata (metadata.ts), the title
 *     shown in the viewer's title bar;
 *   - reproducible: every byte follows from the content. Dates come from the edition month (or
 *     SOURCE_DATE_EPOCH), the file ID from the Info dictionary, object order from page order; no
 *     clock, path or process id is written into the file.
 *
 * Drawing a page depends on its slide alone, so a caller may hand in drawings of unchanged slides
 * from an earlier build (`deck watch`); the PDF is the same bytes either way.
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { Weight } from '../render/fonts.js';
import { PAGE } from '../render/theme.js';
import { drawSlide, type PageDrawing } from './draw/drawSlide.js';
import { FONT_RESOURCE, PdfFont, WEIGHTS } from './fonts/deckFonts.js';
import { embedPicture } from './images/pictures.js';
import { xmpDescriptions, type PdfMeta } from './metadata.js';
import { setPageLabels } from './pageLabels.js';
import { StructureTree } from './structure.js';
import { planSlide } from './tagPlan.js';
import type { PdfRef, RefMaker } from './pdfRef.js';
import { timed, waited } from '../timings.js';

export { metaFor, sourceDate, type PdfMeta } from './metadata.js';

const CREATOR = 'deck';
const PRODUCER = 'deck (PDFKit)';

/** One page to compose: what the outline needs now, and the slide's SVG now or when its charts are drawn. */
export interface PageInput {
  page: number;
  title: string;
  opensSection?: number;
  svg: string | Promise<string>;
}

/** Draws one slide SVG as a page's content; `deck watch` passes one that remembers earlier drawings. */
export type DrawPage = (svg: string, page: number) => PageDrawing;

export const drawPage: DrawPage = (svg, page) => ({ ...drawSlide(planSlide(svg), page), key: drawingKey(svg) });

export const drawingKey = (svg: string) => createHash('sha1').update(svg).digest('hex');

export interface ComposeOptions {
  draw?: DrawPage;
  /**
   * The PDF that the last build composed (deck watch): when the pages, their drawings and the
   * metadata are the same again, its bytes are the answer. Updated after each compose.
   */
  last?: { key: string; bytes: Buffer };
}

interface PageInternals {
  content: PdfRef;
  resources: PdfRef;
  dictionary: PdfRef;
}

/** Draws every slide (each as soon as its SVG is ready), then writes the PDF in page order; returns its bytes. */
export async function composePdf(pages: PageInput[], meta: PdfMeta, opts: ComposeOptions = {}): Promise<Buffer> {
  const draw = opts.draw ?? drawPage;
  const drawOne = async (p: PageInput) => {
    const svg = typeof p.svg === 'string' ? p.svg : await p.svg;
    return timed('draw pages', () => draw(svg, p.page));
  };
  const drawings = await waited('charts and pages', () => Promise.all(pages.map(drawOne)));
  const key = createHash('sha1')
    .update(JSON.stringify([meta, pages.map((p, i) => [p.page, p.title, p.opensSection, drawings[i]!.key])]))
    .digest('hex');
  if (opts.last?.key === key) return opts.last.bytes;
  const bytes = timed('write PDF', () => writePdf(pages, drawings, meta));
  opts.last = { key, bytes };
  return bytes;
}

function writePdf(pages: PageInput[], drawings: PageDrawing[], meta: PdfMeta): Buffer {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    // No default font: PDFKit would load Helvetica, and nothing here draws with PDFKit's fonts.
    font: null as unknown as string,
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
  writeOwnMetadata(doc, meta);
  const output = collectOutput(doc);

  const refDoc = doc as unknown as RefMaker;
  const fonts = new Map<Weight, PdfFont>();
  for (const w of WEIGHTS) if (drawings.some((d) => d.glyphs[w].length)) fonts.set(w, new PdfFont(refDoc, w));
  const pictures = new Map<string, PdfRef>();
  const tree = new StructureTree(doc);

  let section: PDFKit.PDFOutline | undefined;
  pages.forEach((p, i) => {
    const drawing = drawings[i]!;
    doc.addPage();
    const page = (doc as unknown as { page: PageInternals }).page;
    const item = p.opensSection !== undefined ? (section = doc.outline.addItem(p.title, { expanded: true })) : (section ?? doc.outline).addItem(p.title);
    // Open the page at its top left, at the zoom the reader has chosen (PDFKit's own is the right edge).
    (item as unknown as { outlineData: Record<string, unknown> }).outlineData.Dest = [page.dictionary, 'XYZ', 0, PAGE.height, null];

    // The drawing's content replaces what PDFKit started the page with (its own y-flip).
    const content = page.content;
    content.buffer = [];
    content.data.Length = 0;
    content.uncompressedLength = 0;
    content.compress = false;
    content.data.Filter = 'FlateDecode';
    content.write(drawing.content);

    const res = page.resources.data;
    const used = WEIGHTS.filter((w) => drawing.glyphs[w].length);
    if (used.length) res.Font = Object.fromEntries(used.map((w) => [FONT_RESOURCE[w], fonts.get(w)!.ref]));
    if (drawing.pictures.length) {
      res.XObject = Object.fromEntries(
        drawing.pictures.map((pic) => {
          let ref = pictures.get(pic.key);
          if (!ref) pictures.set(pic.key, (ref = embedPicture(refDoc, pic)));
          return [pic.name, ref];
        }),
      );
    }
    const states = Object.keys(drawing.gstates).sort();
    if (states.length) res.ExtGState = Object.fromEntries(states.map((k) => [k, { Type: 'ExtGState', ...drawing.gstates[k] }]));

    tree.placePage(drawing, tree.addSlide(p.title));
  });
  tree.end();
  setPageLabels(doc, pages.map((p) => p.page));
  for (const [w, font] of fonts) font.end(new Set(drawings.flatMap((d) => d.glyphs[w])));
  doc.end();
  return output();
}

/**
 * PDFKit writes the XMP values unescaped (a title with "&" would break it), and its metadata
 * stream gets a stray lowercase /length key: ours escapes the values and has only /Length.
 */
function writeOwnMetadata(doc: PDFKit.PDFDocument, meta: PdfMeta): void {
  const xmp = doc as unknown as { metadata: { end(): void; getXML(): string }; _root: PdfRef; endMetadata(): void };
  xmp.endMetadata = () => {
    doc.appendXML(xmpDescriptions(meta, { creator: CREATOR, producer: PRODUCER }));
    xmp.metadata.end();
    const ref = (doc as unknown as RefMaker).ref({ Type: 'Metadata', Subtype: 'XML' });
    ref.compress = false;
    ref.end(Buffer.from(xmp.metadata.getXML(), 'utf8'));
    xmp._root.data.Metadata = ref;
  };
}

/**
 * Collects the file in memory rather than through PDFKit's stream, which costs a stream chunk per
 * line written. The returned function gives the bytes once doc.end() has written the trailer.
 */
function collectOutput(doc: PDFKit.PDFDocument): () => Buffer {
  const chunks: Uint8Array[] = [doc.read() as Buffer]; // the header, written by the constructor
  const internals = doc as unknown as { _write(data: Uint8Array | string): void; _offset: number; _waiting: number; push(chunk: null): boolean };
  internals._write = (data) => {
    const bytes = data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, 'latin1');
    chunks.push(bytes);
    internals._offset += bytes.length;
  };
  internals.push = () => true;
  return () => {
    // With every object written, PDFKit writes the trailer within end().
    if (internals._waiting !== 0) throw new Error('compose: PDF objects left unwritten');
    return Buffer.concat(chunks);
  };
}
