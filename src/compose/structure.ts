/**
 * The tagged PDF: the structure tree (Document → one Sect per slide → H1, P, L, Table, Figure …)
 * and the marked content that ties each element to what is drawn on the page.
 *
 * Each slide is drawn by ONE svg-to-pdfkit call (a call per element measured a third more build
 * time). The slide SVG carries markers (tagPlan.ts); while svg-to-pdfkit draws it, four document
 * methods are briefly wrapped. svg-to-pdfkit starts every element it draws with save() and then
 * transform() with the element's own matrix, and ends it with restore():
 *
 *   save()       pushes a slot for the element on a stack (its `q` is now the last content chunk)
 *   transform()  with a marker matrix: not written; if it OPENS a unit, the unit's BDC (an MCID for
 *                its structure element, or an Artifact) goes in just before that `q`; if it CLOSES,
 *                the element's slot remembers it
 *   restore()    after the `Q` of an element that CLOSES a unit: EMC
 *   ref()        a Link annotation svg-to-pdfkit creates inside a Link's unit gets /StructParent,
 *                /Contents and an OBJR in that Link element
 *
 * So every marked-content sequence encloses whole q … Q pairs.
 *
 * The structure elements are written here rather than with PDFKit's `doc.struct()`: that API cannot
 * take an annotation created by svg-to-pdfkit, and it resolves an annotation's page when the element
 * is flushed, which is wrong for slides drawn out of page order (slides with charts are drawn last).
 */
import { CLOSES, MARKER_BASE, OPENS, type PlanElement, type SlidePlan } from './tagPlan.js';

type Ref = PDFKit.PDFKitReference & { data: Record<string, unknown>; end(): void };

/** The parts of PDFKit used here that its typings do not describe. */
interface DocInternals {
  page: { content: { buffer: Uint8Array[]; data: { Length: number }; uncompressedLength: number }; dictionary: Ref; height: number; structParentTreeKey: number };
  ref(data?: Record<string, unknown>): Ref;
  getStructTreeRoot(): Ref;
  getStructParentTree(): { get(key: number): unknown[] | undefined; add(key: number, value: unknown): void };
  createStructParentTreeNextKey(): number;
  addContent(s: string): unknown;
  save(): unknown;
  restore(): unknown;
  transform(...m: number[]): unknown;
}

interface Node {
  role: string;
  ref: Ref;
  parent?: Node;
  /** Child elements and content in reading order; `unit` only while the slide is being drawn. */
  kids: (Node | { unit: number } | { mcid: number; page: Ref } | { annot: Ref; page: Ref })[];
  attrs: Record<string, unknown>;
}

export interface SlideStruct {
  readonly node: Node;
}

export class StructureTree {
  private readonly doc: DocInternals;
  private readonly root: Node;
  /** Annotations svg-to-pdfkit made outside any Link (should be none). */
  untaggedLinks = 0;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc as unknown as DocInternals;
    this.root = this.node('Document');
  }

  /** The Sect of one slide; call in page order (the order of the tree). */
  addSlide(title: string): SlideStruct {
    const node = this.node('Sect', this.root, { T: new String(title) });
    return { node };
  }

  /** Draws a planned slide on the current page, tagging as it draws. */
  drawSlide(plan: SlidePlan, slide: SlideStruct, drawSvg: (svg: string) => void): void {
    const doc = this.doc;
    const page = doc.page;
    const nodes: Node[] = [];
    /** Which element each draw unit's content belongs to. */
    const unitOwner = new Map<number, Node>();
    const build = (e: PlanElement, parent: Node) => {
      const attrs: Record<string, unknown> = {};
      if (e.alt !== undefined) attrs.Alt = new String(e.alt);
      if (e.box) {
        const [x, y, w, h] = e.box;
        attrs.A = { O: 'Layout', Placement: 'Block', BBox: [x, page.height - (y + h), x + w, page.height - y].map(round) };
      }
      if (e.scope) attrs.A = { O: 'Table', Scope: e.scope };
      const n = this.node(e.role, parent, attrs);
      nodes.push(n);
      for (const k of e.kids) {
        if ('role' in k) build(k, n);
        else {
          unitOwner.set(k.unit, n);
          n.kids.push({ unit: k.unit });
        }
      }
    };
    for (const e of plan.elements) build(e, slide.node);

    const mcids = new Map<number, number>();
    const pageParents = doc.getStructParentTree().get(page.structParentTreeKey)!;
    const saves: (number | null)[] = [];
    let current: number | null = null;
    const orig = { save: doc.save, restore: doc.restore, transform: doc.transform, ref: doc.ref };
    const self = this;
    const d = doc as unknown as Record<string, unknown>;

    d.save = function (this: DocInternals) {
      saves.push(null);
      return orig.save.call(this);
    };
    d.transform = function (this: DocInternals, ...m: number[]) {
      const found = marker(m);
      if (!found) return orig.transform.apply(this, m);
      const { unit, flags } = found;
      if (saves.length === 0 || saves[saves.length - 1] !== null) throw new Error(`tagging: marker of unit ${unit} out of place`);
      if (flags & OPENS) {
        if (current !== null) throw new Error(`tagging: unit ${unit} opens inside unit ${current}`);
        current = unit;
        const mark = plan.units[unit]!.mark;
        let bdc: string;
        if ('artifact' in mark) bdc = `/Artifact << /Type /${mark.artifact} >> BDC`;
        else {
          const owner = unitOwner.get(unit)!;
          const mcid = pageParents.length;
          pageParents.push(owner.ref);
          mcids.set(unit, mcid);
          bdc = `/${owner.role} << /MCID ${mcid} >> BDC`;
        }
        beforeLastChunk(this, bdc);
      }
      if (flags & CLOSES) {
        if (current !== unit) throw new Error(`tagging: unit ${unit} closes while unit ${current} is open`);
        saves[saves.length - 1] = unit;
      }
      return this;
    };
    d.restore = function (this: DocInternals) {
      const closes = saves.pop();
      const r = orig.restore.call(this);
      if (closes !== null && closes !== undefined) {
        this.addContent('EMC');
        current = null;
      }
      return r;
    };
    d.ref = function (this: DocInternals, data?: Record<string, unknown>) {
      const ref = orig.ref.call(this, data);
      if (data && data.Type === 'Annot' && data.Subtype === 'Link') {
        const owner = current === null ? undefined : unitOwner.get(current);
        const link = plan.units[current ?? -1]?.mark;
        if (owner && owner.role === 'Link' && link && 'role' in link) {
          const key = this.createStructParentTreeNextKey();
          this.getStructParentTree().add(key, owner.ref);
          data.StructParent = key;
          data.Contents = new String(link.text || link.href || '');
          data.F = 4; // print
          owner.kids.push({ annot: ref, page: page.dictionary });
        } else {
          self.untaggedLinks++;
        }
      }
      return ref;
    };
    try {
      drawSvg(plan.svg);
    } finally {
      delete d.save;
      delete d.restore;
      delete d.transform;
      delete d.ref;
    }
    if (saves.length || current !== null) throw new Error('tagging: unbalanced marked content');

    // Units → MCIDs on this page. A unit whose marker never came drew nothing (a hidden shape).
    for (const n of nodes) {
      n.kids = n.kids.flatMap((k) => {
        if (!('unit' in k)) return [k];
        const mcid = mcids.get(k.unit);
        return mcid === undefined ? [] : [{ mcid, page: page.dictionary }];
      });
    }
  }

  /** Writes every structure element; call once, after the last slide and before doc.end(). */
  end(): void {
    const root = this.doc.getStructTreeRoot();
    root.data.K = [this.root.ref];
    const write = (n: Node, parent: Ref) => {
      const K: unknown[] = [];
      let pg: Ref | undefined;
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

function marker(m: number[]): { unit: number; flags: number } | undefined {
  const [a, b, c, d, e, f] = m;
  if (a !== 1 || b !== 0 || c !== 0 || d !== 1 || e !== 0 || f === undefined || f > -MARKER_BASE || !Number.isInteger(f)) return undefined;
  const v = -f - MARKER_BASE;
  return { unit: Math.floor(v / 4), flags: v % 4 };
}

/** Writes `line` into the page content just before the last chunk (the marker group's `q`). */
function beforeLastChunk(doc: DocInternals, line: string): void {
  const content = doc.page.content;
  const last = content.buffer.pop();
  if (!last || last.length !== 2 || last[0] !== 0x71 /* q */) throw new Error('tagging: expected `q` before a marker');
  content.data.Length -= last.length;
  content.uncompressedLength -= last.length;
  doc.addContent(line);
  doc.addContent('q');
}

const round = (n: number) => Math.round(n * 100) / 100;
