/**
 * The tagged PDF: the structure tree (Document → one Sect per slide → H1, P, L, Table, Figure …)
 * tied to the marked content that the drawer wrote on each page (draw/drawSlide.ts): an MCID per
 * draw unit that drew something, an OBJR and /StructParent per link annotation.
 *
 * The structure elements are written here rather than with PDFKit's `doc.struct()`: that API makes
 * its own marked content while PDFKit draws, where here the content stream is drawn beforehand
 * (and, in `deck watch`, drawn in an earlier build).
 */
import type { PageDrawing } from './draw/drawSlide.js';
import { linkContents } from './linkContents.js';
import type { PlanElement } from './tagPlan.js';
import type { PdfRef } from './pdfRef.js';


/** The parts of PDFKit used here that its typings do not describe. */
interface DocInternals {
  page: { dictionary: PdfRef; height: number; structParentTreeKey: number; annotations: PdfRef[] };
  ref(data?: Record<string, unknown>): PdfRef;
  getStructTreeRoot(): PdfRef;
  getStructParentTree(): { get(key: number): unknown[] | undefined; add(key: number, value: unknown): void };
  createStructParentTreeNextKey(): number;
}

interface Node {
  role: string;
  ref: PdfRef;
  parent?: Node;
  /** Child elements and content in reading order. */
  kids: (Node | { mcid: number; page: PdfRef } | { annot: PdfRef; page: PdfRef })[];
  attrs: Record<string, unknown>;
}

export interface SlideStruct {
  readonly node: Node;
}

export class StructureTree {
  private readonly doc: DocInternals;
  private readonly root: Node;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc as unknown as DocInternals;
    // The parent tree is one node, the root, which has no /Limits (ISO 32000-1, 7.9.7); PDFKit writes them.
    (this.doc.getStructTreeRoot().data.ParentTree as { limits: boolean }).limits = false;
    this.root = this.node('Document');
  }

  /** The Sect of one slide; call in page order (the order of the tree). */
  addSlide(title: string): SlideStruct {
    const node = this.node('Sect', this.root, { T: new String(title) });
    return { node };
  }

  /** Adds the structure of a drawn page (the current page) and its link annotations. */
  placePage(drawing: PageDrawing, slide: SlideStruct): void {
    const doc = this.doc;
    const page = doc.page;
    /** The structure element that owns each unit's content. */
    const owner = new Map<number, Node>();
    const links = new Map<Node, PlanElement>();
    const build = (e: PlanElement, parent: Node) => {
      const attrs: Record<string, unknown> = {};
      if (e.alt !== undefined) attrs.Alt = new String(e.alt);
      if (e.box) {
        const [x, y, w, h] = e.box;
        attrs.A = { O: 'Layout', Placement: 'Block', BBox: [x, page.height - (y + h), x + w, page.height - y].map(round) };
      }
      if (e.scope) attrs.A = { O: 'Table', Scope: e.scope };
      const n = this.node(e.role, parent, attrs);
      if (e.role === 'Link') links.set(n, e);
      for (const k of e.kids) {
        if ('role' in k) build(k, n);
        else {
          owner.set(k.unit, n);
          const mcid = drawing.mcids[k.unit];
          // A unit that drew nothing (a hidden shape) has no content to point to.
          if (mcid !== undefined) n.kids.push({ mcid, page: page.dictionary });
        }
      }
    };
    for (const e of drawing.elements) build(e, slide.node);

    const pageParents = doc.getStructParentTree().get(page.structParentTreeKey)!;
    drawing.mcids.forEach((mcid, unit) => {
      if (mcid !== undefined) pageParents[mcid] = owner.get(unit)!.ref;
    });

    for (const l of drawing.links) {
      const n = owner.get(l.unit);
      const link = n && links.get(n);
      if (!n || !link) throw new Error(`tagging: a link annotation outside a Link element (${l.href})`);
      const key = doc.createStructParentTreeNextKey();
      doc.getStructParentTree().add(key, n.ref);
      const annot = doc.ref({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: l.rect,
        Border: [0, 0, 0],
        A: { S: 'URI', URI: new String(l.href) },
        StructParent: key,
        Contents: new String(linkContents(link.text ?? '', l.href)),
        F: 4, // print
      });
      page.annotations.push(annot);
      annot.end();
      n.kids.push({ annot, page: page.dictionary });
    }
  }

  /** Writes every structure element; call once, after the last slide and before doc.end(). */
  end(): void {
    const root = this.doc.getStructTreeRoot();
    root.data.K = [this.root.ref];
    const write = (n: Node, parent: PdfRef) => {
      const K: unknown[] = [];
      let pg: PdfRef | undefined;
      for (const k of n.kids) {
        if ('role' in k) {
          K.push(k.ref);
          write(k, n.ref);
        } else if ('mcid' in k) {
          pg ??= k.page;
          K.push(k.page === pg ? k.mcid : { Type: 'MCR', Pg: k.page, MCID: k.mcid });
        } else if ('annot' in k) {
          K.push({ Type: 'OBJR', Obj: k.annot, Pg: k.page });
        }
      }
      Object.assign(n.ref.data, { S: n.role, P: parent, ...(pg ? { Pg: pg } : {}), K, ...n.attrs });
      n.ref.end();
    };
    write(this.root, root);
  }

  private node(role: string, parent?: Node, attrs: Record<string, unknown> = {}): Node {
    const n: Node = { role, ref: this.doc.ref({}), parent, kids: [], attrs };
    parent?.kids.push(n);
    return n;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
