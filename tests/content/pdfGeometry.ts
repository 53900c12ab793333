/**
 * Where things are on the pages of a built PDF, as a viewer sees them (pdfjs-dist): every link
 * annotation with its target exactly as written in the file and its rectangle, and every line of
 * text with its box and the structure tag it is marked with (H1 = the slide title).
 * Coordinates are PDF points, origin bottom left.
 */
import { loadPdfJs } from '../release/pdfjs.js';

export type Rect = [x1: number, y1: number, x2: number, y2: number];

export interface TextLine {
  str: string;
  /** The tag of the marked-content sequence the text is in (H1, P, LBody, Artifact …). */
  tag: string;
  rect: Rect;
  size: number;
}

export interface PageGeometry {
  links: { url: string; rect: Rect }[];
  text: TextLine[];
}

export async function readGeometry(data: Uint8Array): Promise<PageGeometry[]> {
  const { getDocument } = await loadPdfJs();
  const doc = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  try {
    const pages: PageGeometry[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const annots = (await page.getAnnotations()) as { subtype: string; unsafeUrl?: string; url?: string; rect: number[] }[];
      const links = annots
        .filter((a) => a.subtype === 'Link')
        .map((a) => ({ url: a.unsafeUrl ?? a.url ?? '', rect: normalise(a.rect) }));
      const content = await page.getTextContent({ includeMarkedContent: true });
      const tags: string[] = [];
      const text: TextLine[] = [];
      for (const item of content.items as Record<string, unknown>[]) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') tags.push(String(item.tag));
        else if (item.type === 'endMarkedContent') tags.pop();
        else if (typeof item.str === 'string' && item.str.trim()) {
          const [size, , , , x, y] = item.transform as number[];
          // From the descender to the ascender of Inter.
          text.push({ str: item.str, tag: tags.at(-1) ?? '', size: size!, rect: [x!, y! - 0.24 * size!, x! + Number(item.width), y! + 0.97 * size!] });
        }
      }
      pages.push({ links, text });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function normalise(r: number[]): Rect {
  return [Math.min(r[0]!, r[2]!), Math.min(r[1]!, r[3]!), Math.max(r[0]!, r[2]!), Math.max(r[1]!, r[3]!)];
}

/** Whether two rectangles share more than a hairline. */
export function overlaps(a: Rect, b: Rect, tolerance = 0.5): boolean {
  return a[0] < b[2] - tolerance && b[0] < a[2] - tolerance && a[1] < b[3] - tolerance && b[1] < a[3] - tolerance;
}
