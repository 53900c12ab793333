/**
 * Plans how one slide SVG is tagged, from the roles the render stage put on its elements
 * (`data-role`), without touching PDFKit (so it is tested on its own):
 *
 *   heading → H1 (the first on the slide; later ones and data-level="2" → H2)
 *   paragraph → P            list > list-item → L > LI > LBody (nested lists inside the LBody)
 *   link (<a> in text) → Link, a child of the element whose text it is part of
 *   table > table-row > table-header-cell | table-cell → Table > TR > TH | TD (TH /Scope Column
 *     in a header row, Row at the start of a data row; a cell's aria-label becomes its /Alt)
 *   chart, figure (a picture) → Figure with /Alt (aria-label) and /BBox (data-box); a table gets its /BBox too
 *   caption → Caption, a sibling right after the Figure it describes (inside it, a reader that
 *     speaks the Figure's /Alt in place of its content would skip the caption)
 *   decoration, artifact → Artifact (decoration: Layout; artifact, the footer: Pagination)
 *
 * The plan lists, for each marked-content sequence (a draw unit: the run of elements that belong to
 * one structure element, or make one artifact), the SVG elements to draw, in document order. The
 * drawer (draw/drawSlide.ts) walks the units, opening and closing each sequence around what it draws.
 * A text whose lines hold links is split into its runs (every run the render stage writes has its
 * own x and y), so that a Link gets its own content.
 */
import { elements, isElement, parseSvg, plainText, type SvgElement, type SvgNode } from './svgTree.js';

export type StructRole = 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'LBody' | 'Link' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption';

export interface PlanElement {
  role: StructRole;
  /** Child elements and content (draw units), in reading order. */
  kids: PlanKid[];
  /** Figure: the text alternative. */
  alt?: string;
  /** Figure, Table: its box on the page in SVG units (x, y, width, height; origin top left). */
  box?: [number, number, number, number];
  /** TH: whether it heads a column or a row. */
  scope?: 'Column' | 'Row';
  /** Link: the target, and the text it shows (the annotation's description). */
  href?: string;
  text?: string;
}

export type PlanKid = PlanElement | { unit: number };

export type ArtifactKind = 'Layout' | 'Pagination';

/** One marked-content sequence: the content of one element, or one artifact. */
export interface DrawUnit {
  mark: PlanElement | { artifact: ArtifactKind };
  /** What to draw, in order. */
  pieces: Piece[];
}

/** An element to draw, with everything it holds or (a run of a text split at its links) only `children`. */
export interface Piece {
  el: SvgElement;
  children?: SvgNode[];
}

export interface SlidePlan {
  /** The parsed slide SVG, which the pieces point into. */
  root: SvgElement;
  units: DrawUnit[];
  /** The slide's top-level structure elements, in reading order. */
  elements: PlanElement[];
  /** Visible text that had no role (tagged as a paragraph so it is not lost); should be empty. */
  untagged: string[];
}

const LAYOUT = { artifact: 'Layout' } as const;
const PAGINATION = { artifact: 'Pagination' } as const;
type Mark = DrawUnit['mark'];

export function planSlide(svg: string): SlidePlan {
  const root = parseSvg(svg);
  const units: DrawUnit[] = [];
  const top: PlanElement[] = [];
  const untagged: string[] = [];
  let last: DrawUnit | undefined;
  /** Whether anything was met since the last piece (then the next piece starts a new unit). */
  let between = false;
  let sawH1 = false;

  /** A group starts or ends: what follows is a new unit. */
  const boundary = () => void (between = true);
  const el = (role: StructRole, parent: PlanElement[] | PlanElement, extra: Partial<PlanElement> = {}): PlanElement => {
    const e: PlanElement = { role, kids: [], ...extra };
    if (Array.isArray(parent)) parent.push(e);
    else parent.kids.push(e);
    return e;
  };

  /** Adds a piece to the unit of `mark`, extending the previous unit when nothing came between. */
  const draw = (piece: Piece, mark: Mark) => {
    if (last && last.mark === mark && !between) {
      last.pieces.push(piece);
      return;
    }
    between = false;
    const unit = units.length;
    last = { mark, pieces: [piece] };
    units.push(last);
    if (!('artifact' in mark)) mark.kids.push({ unit });
  };
  const drawEl = (e: SvgElement, mark: Mark) => draw({ el: e }, mark);

  const heading = (node: SvgElement): StructRole => {
    const level = Number(node.attrs['data-level']);
    if (level >= 1 && level <= 3) {
      if (level === 1) sawH1 = true;
      return `H${level}` as StructRole;
    }
    if (sawH1) return 'H2';
    sawH1 = true;
    return 'H1';
  };

  /** A text element: whole, or one <text> per run when it holds links. */
  const text = (t: SvgElement, parent: PlanElement) => {
    const links = t.children.some((c) => isElement(c) && c.tag === 'a');
    if (!links) {
      if (plainText(t)) drawEl(t, parent);
      return;
    }
    let run: SvgNode[] = [];
    const flush = () => {
      if (run.some((n) => plainText(n))) draw({ el: t, children: run }, parent);
      run = [];
    };
    for (const c of t.children) {
      if (!isElement(c) || c.tag !== 'a') {
        run.push(c);
        continue;
      }
      flush();
      const shown = plainText(c);
      if (!shown) continue;
      const link = linkFor(parent, c.attrs.href ?? c.attrs['xlink:href'] ?? '', shown);
      draw({ el: t, children: [c] }, link);
    }
    flush();
  };

  /** The Link for a run: the previous one when the same link continues on the next line. */
  const linkFor = (parent: PlanElement, href: string, shown: string): PlanElement => {
    const prev = parent.kids.at(-1);
    if (prev && 'role' in prev && prev.role === 'Link' && prev.href === href) {
      const joiner = /[-/.=?&_#:]$/.test(prev.text ?? '') ? '' : ' ';
      prev.text = `${prev.text}${joiner}${shown}`;
      return prev;
    }
    return el('Link', parent, { href, text: shown });
  };

  /** An element whose content is text (heading, paragraph, list item, cell), as content of `parent`. */
  const content = (node: SvgElement, parent: PlanElement) => {
    if (node.tag === 'text') return text(node, parent);
    boundary();
    inline(node, parent);
    boundary();
  };

  /** Shapes and footers: drawn as artifacts wherever they sit. */
  const isLayout = (e: SvgElement) => e.attrs['data-role'] === 'decoration' || e.attrs['data-role'] === 'artifact';

  /** The inside of an element whose content is text. */
  const inline = (node: SvgElement, parent: PlanElement) => {
    for (const c of elements(node)) {
      const role = c.attrs['data-role'];
      if (isLayout(c)) drawEl(c, LAYOUT);
      else if (role === 'list') list(c, parent);
      else if (c.tag === 'text') text(c, parent);
      else if (role === 'link' || c.tag === 'a') drawEl(c, linkFor(parent, c.attrs.href ?? '', plainText(c)));
      else if (c.tag === 'g' && !role) content(c, parent);
      else drawEl(c, parent);
    }
  };

  const list = (node: SvgElement, parent: PlanElement | PlanElement[]) => {
    const l = el('L', parent);
    boundary();
    for (const c of elements(node)) {
      if (isLayout(c)) {
        drawEl(c, LAYOUT);
        continue;
      }
      content(c, el('LBody', el('LI', l)));
    }
    boundary();
  };

  const table = (node: SvgElement) => {
    const t = el('Table', top, { box: boxOf(node) });
    boundary();
    for (const row of elements(node)) {
      const role = row.attrs['data-role'];
      if (role !== 'table-row') {
        if (isLayout(row) || !plainText(row)) drawEl(row, LAYOUT);
        else content(row, el('TD', el('TR', t)));
        continue;
      }
      const tr = el('TR', t);
      boundary();
      for (const cell of elements(row)) {
        if (isLayout(cell)) {
          drawEl(cell, LAYOUT);
          continue;
        }
        // aria-label: what a screen reader says instead of the cell's text (a dash for «ingen tall»).
        const spoken = cell.attrs['aria-label'];
        content(cell, el(cell.attrs['data-role'] === 'table-header-cell' ? 'TH' : 'TD', tr, spoken ? { alt: spoken } : {}));
      }
      boundary();
      const cells = tr.kids.filter((k): k is PlanElement => 'role' in k);
      const headerRow = cells.every((c) => c.role === 'TH');
      for (const c of cells) if (c.role === 'TH') c.scope = headerRow ? 'Column' : 'Row';
    }
    boundary();
  };

  for (const c of elements(root)) {
    const role = c.attrs['data-role'];
    switch (role) {
      case 'decoration':
        drawEl(c, LAYOUT);
        break;
      case 'artifact':
        drawEl(c, PAGINATION);
        break;
      case 'heading':
        content(c, el(heading(c), top));
        break;
      case 'paragraph':
        content(c, el('P', top));
        break;
      case 'caption':
        content(c, el('Caption', top));
        break;
      case 'link':
        drawEl(c, linkFor(el('P', top), c.attrs.href ?? '', plainText(c)));
        break;
      case 'list':
        list(c, top);
        break;
      case 'table':
        table(c);
        break;
      case 'chart':
      case 'figure': {
        const figure = el('Figure', top, {
          alt: c.attrs['aria-label'] || (role === 'chart' ? 'Diagram' : 'Bilde'),
          box: boxOf(c),
        });
        drawEl(c, figure);
        break;
      }
      default: {
        const shown = plainText(c);
        if (c.tag === 'defs') {
          between = true; // definitions (clip paths) are drawn where they are used
          break;
        }
        if (!shown) {
          drawEl(c, LAYOUT);
          break;
        }
        untagged.push(shown);
        content(c, el('P', top));
      }
    }
  }
  return { root, units, elements: top, untagged };
}

/** An element's `data-box` (x y width height on the page, origin top left), if it has a valid one. */
function boxOf(e: SvgElement): [number, number, number, number] | undefined {
  const box = (e.attrs['data-box'] ?? '').split(/\s+/).map(Number);
  return box.length === 4 && box.every(Number.isFinite) ? (box as [number, number, number, number]) : undefined;
}
