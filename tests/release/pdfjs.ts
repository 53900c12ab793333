/**
 * Reading a PDF the way assistive technology and viewers do, with pdfjs-dist (Firefox's PDF engine,
 * installed as a dependency of pdf-parse): metadata, page labels, the structure tree of each page
 * with the text of every element, annotations, and which text is marked as an artifact.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;
/** pdfjs-dist's legacy (Node) build, resolved from pdf-parse so that it is the copy pdf-parse uses. */
export function loadPdfJs(): Promise<PdfJs> {
  const require = createRequire(import.meta.url);
  const fromParse = createRequire(require.resolve('pdf-parse'));
  return (pdfjs ??= import(pathToFileURL(fromParse.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href) as Promise<PdfJs>);
}

export interface StructNode {
  role: string;
  alt?: string;
  bbox?: number[];
  /** The text of this element's own content and that of its descendants, in order. */
  text: string;
  children: StructNode[];
  /** Ids (`60R`) of annotations that are children of this element. */
  annotations: string[];
}

export interface PageReadback {
  label: string;
  tree: StructNode;
  /** Text marked as an artifact (footer, page number, decoration). */
  artifactText: string;
  /** Text in no marked-content sequence at all (must be empty in a tagged PDF). */
  unmarkedText: string;
  links: { id: string; url?: string; contents: string }[];
}

export interface DocReadback {
  info: Record<string, unknown>;
  xmp: Map<string, unknown>;
  labels: string[] | null;
  viewer: Record<string, unknown> | null;
  markInfo: Record<string, unknown> | null;
  pages: PageReadback[];
}

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

export async function readTagged(data: Uint8Array): Promise<DocReadback> {
  const { getDocument } = await loadPdfJs();
  const doc = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  try {
    const meta = await doc.getMetadata();
    const xmp = new Map<string, unknown>(meta.metadata ? [...(meta.metadata as unknown as Iterable<[string, unknown]>)] : []);
    const pages: PageReadback[] = [];
    const labels = await doc.getPageLabels();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const byId = new Map<string, string>();
      const stack: { id?: string; artifact: boolean }[] = [];
      let artifactText = '';
      let unmarkedText = '';
      for (const item of content.items as Record<string, unknown>[]) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
          stack.push({ id: (item.id as string | null) ?? undefined, artifact: item.tag === 'Artifact' || (stack.at(-1)?.artifact ?? false) });
        } else if (item.type === 'endMarkedContent') {
          stack.pop();
        } else if (typeof item.str === 'string') {
          const top = stack.at(-1);
          const s = `${item.str}${item.hasEOL ? ' ' : ''}`;
          if (!top) unmarkedText += s;
          else if (top.artifact) artifactText += s;
          else if (top.id) byId.set(top.id, `${byId.get(top.id) ?? ''} ${s}`);
        }
      }
      const raw = (await page.getStructTree()) as unknown as RawNode | null;
      const tree = raw ? convert(raw, byId) : { role: 'Root', text: '', children: [], annotations: [] };
      const annots = (await page.getAnnotations()) as { subtype: string; id: string; url?: string; contentsObj?: { str?: string } }[];
      pages.push({
        label: labels?.[n - 1] ?? String(n),
        tree,
        artifactText: norm(artifactText),
        unmarkedText: norm(unmarkedText),
        links: annots.filter((a) => a.subtype === 'Link').map((a) => ({ id: a.id, url: a.url, contents: a.contentsObj?.str ?? '' })),
      });
      page.cleanup();
    }
    const viewer = (await doc.getViewerPreferences()) as Record<string, unknown> | null;
    const markInfo = (await doc.getMarkInfo()) as Record<string, unknown> | null;
    return { info: meta.info as Record<string, unknown>, xmp, labels, viewer, markInfo, pages };
  } finally {
    await doc.destroy();
  }
}

interface RawNode {
  role?: string;
  type?: string;
  id?: string;
  alt?: string;
  bbox?: number[];
  children?: RawNode[];
}

function convert(raw: RawNode, text: Map<string, string>): StructNode {
  const node: StructNode = { role: raw.role ?? '', alt: raw.alt, bbox: raw.bbox, text: '', children: [], annotations: [] };
  const parts: string[] = [];
  for (const c of raw.children ?? []) {
    if (c.type === 'content') parts.push(text.get(c.id!) ?? '');
    else if (c.type === 'object' || c.type === 'annotation') node.annotations.push(/(\d+R)$/.exec(c.id ?? '')?.[1] ?? '');
    else if (c.role) {
      const child = convert(c, text);
      node.children.push(child);
      parts.push(child.text);
    }
  }
  node.text = norm(parts.join(' '));
  return node;
}

/** Every element below `node` (itself included) with the given role, in reading order. */
export function findAll(node: StructNode, role: string): StructNode[] {
  return [...(node.role === role ? [node] : []), ...node.children.flatMap((c) => findAll(c, role))];
}

/**
 * The text of each page exactly as its glyphs are drawn, in drawing order, with nothing added between
 * lines and no spaces trimmed (pdfjs' text content trims a space at the end of a line): what a tool
 * that reads the content stream gets.
 */
export async function drawnText(data: Uint8Array): Promise<string[]> {
  const pdfjsLib = await loadPdfJs();
  const doc = await pdfjsLib.getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      let text = '';
      ops.fnArray.forEach((fn, k) => {
        if (fn !== pdfjsLib.OPS.showText) return;
        for (const glyph of ops.argsArray[k]![0] as ({ unicode?: string } | number)[]) if (typeof glyph === 'object' && glyph) text += glyph.unicode ?? '';
      });
      pages.push(text);
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Every text item of each page with its size on the page in pt, from the item's transform (rotated text too). */
export async function textSizes(data: Uint8Array): Promise<{ str: string; size: number }[][]> {
  const { getDocument } = await loadPdfJs();
  const doc = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  try {
    const pages: { str: string; size: number }[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        (content.items as { str?: string; transform?: number[] }[])
          .filter((i) => typeof i.str === 'string' && i.str.trim() !== '' && i.transform)
          .map((i) => ({ str: i.str!, size: Math.round(Math.hypot(i.transform![2]!, i.transform![3]!) * 100) / 100 })),
      );
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
