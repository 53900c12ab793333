/**
 * Plans how one slide SVG is tagged, from the roles the render stage put on its elements
 * (`data-role`), without touching PDFKit (so it is tested on its own):
 *
 *   heading → H1 (the first on the slide; later ones and data-level="2" → H2)
 *   paragraph → P            list > list-item → L > LI > LBody (nested lists inside the LBody)
 *   link (<a> in text) → Link, a child of the element whose text it is part of
 *   table > table-row > table-header-cell | table-cell → Table > TR > TH | TD (TH /Scope Column
 *     in a header row, Row at the start of a data row; a cell's aria-label becomes its /Alt)
 *   chart → Figure with /Alt (aria-label) and /BBox (data-box)
 *   decoration, artifact → Artifact (decoration: Layout; artifact, the footer: Pagination)
 *
 * The result is the same SVG with markers: a transform `matrix(1 0 0 1 0 -(BASE + 4·unit + flags))`
 * on the first element of each draw unit (flag OPENS) and on its last (CLOSES) — a draw unit being the
 * run of elements that belong to one structure element (or make one artifact). An element that has a
 * transform of its own gets a marker group around it instead. Compose draws the whole slide in ONE
 * svg-to-pdfkit call and recognises the markers as they are drawn, to open and close the
 * marked-content sequences (structure.ts); the markers themselves are never written, so they change
 * nothing on the page. A text whose lines hold links is split into one <text> per run (every run the
 * render stage writes has its own x and y), so that a Link gets its own content.
 */
import { elements, isElement, parseSvg, plainText, type SvgElement, type SvgNode } from './svgTree.js';

export type StructRole = 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'LBody' | 'Link' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure';

export interface PlanElement {
  role: StructRole;
  /** Child elements and content (draw units), in reading order. */
  kids: PlanKid[];
  /** Figure: the text alternative. */
  alt?: string;
  /** Figure: its box on the page in SVG units (x, y, width, height; origin top left). */
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
}

export interface SlidePlan {
  /** The slide SVG with the marker groups. */
  svg: string;
  units: DrawUnit[];
  /** The slide's top-level structure elements, in reading order. */
  elements: PlanElement[];
  /** Visible text that had no role (tagged as a paragraph so it is not lost); should be empty. */
  untagged: string[];
}

/** Markers translate by −(BASE + …) on y: far outside any real drawing. */
export const MARKER_BASE = 100_000_000;

const LAYOUT = { artifact: 'Layout' } as const;
const PAGINATION = { artifact: 'Pagination' } as const;
type Mark = DrawUnit['mark'];

export function planSlide(svg: string): SlidePlan {
  // A chart is drawn whole, as its Figure's content: its inside need not be read.
  const root = parseSvg(svg, (e) => e.attrs['data-role'] === 'chart');
  /** The new SVG: source text, and slots for the draw units (turned into text at the end). */
  const out: (string | Slot)[] = [];
  const units: DrawUnit[] = [];
  const top: PlanElement[] = [];
  const untagged: string[] = [];
  let last: { mark: Mark; slot: Slot } | undefined;
  let sawH1 = false;

  const open = (el: SvgElement) => out.push(svg.slice(el.start, el.openEnd));
  const close = (el: SvgElement) => {
    if (el.openEnd !== el.end) out.push(`</${el.tag}>`);
  };
  const el = (role: StructRole, parent: PlanElement[] | PlanElement, extra: Partial<PlanElement> = {}): PlanElement => {
    const e: PlanElement = { role, kids: [], ...extra };
    if (Array.isArray(parent)) parent.push(e);
    else parent.kids.push(e);
    return e;
  };

  /**
   * Adds drawn source (one element) to the unit of `mark`, extending the previous unit when nothing
   * came between. `host`: whether the element can carry a marker itself (see canHost).
   */
  const draw = (source: string, mark: Mark, host: Host) => {
    if (last && last.mark === mark && out[out.length - 1] === last.slot) {
      last.slot.pieces.push({ source, host });
      return;
    }
    const unit = units.length;
    units.push({ mark });
    if (!('artifact' in mark)) mark.kids.push({ unit });
    const slot: Slot = { unit, pieces: [{ source, host }] };
    out.push(slot);
    last = { mark, slot };
  };
  const drawEl = (e: SvgElement, mark: Mark) => draw(svg.slice(e.start, e.end), mark, canHost(e));

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
    const head = svg.slice(t.start, t.openEnd);
    const host = canHost(t);
    let run: SvgNode[] = [];
    const flush = () => {
      if (run.some((n) => plainText(n))) draw(`${head}${svg.slice(run[0]!.start, run.at(-1)!.end)}</text>`, parent, host);
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
      draw(`${head}${svg.slice(c.start, c.end)}</text>`, link, host);
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
    open(node);
    inline(node, parent);
    close(node);
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
    open(node);
    for (const c of elements(node)) {
      if (isLayout(c)) {
        drawEl(c, LAYOUT);
        continue;
      }
      content(c, el('LBody', el('LI', l)));
    }
    close(node);
  };

  const table = (node: SvgElement) => {
    const t = el('Table', top);
    open(node);
    for (const row of elements(node)) {
      const role = row.attrs['data-role'];
      if (role !== 'table-row') {
        if (isLayout(row) || !plainText(row)) drawEl(row, LAYOUT);
        else content(row, el('TD', el('TR', t)));
        continue;
      }
      const tr = el('TR', t);
      open(row);
      for (const cell of elements(row)) {
        if (isLayout(cell)) {
          drawEl(cell, LAYOUT);
          continue;
        }
        // aria-label: what a screen reader says instead of the cell's text (a dash for «ingen tall»).
        const spoken = cell.attrs['aria-label'];
        content(cell, el(cell.attrs['data-role'] === 'table-header-cell' ? 'TH' : 'TD', tr, spoken ? { alt: spoken } : {}));
      }
      close(row);
      const cells = tr.kids.filter((k): k is PlanElement => 'role' in k);
      const headerRow = cells.every((c) => c.role === 'TH');
      for (const c of cells) if (c.role === 'TH') c.scope = headerRow ? 'Column' : 'Row';
    }
    close(node);
  };

  out.push(svg.slice(root.start, root.openEnd));
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
      case 'link':
        drawEl(c, linkFor(el('P', top), c.attrs.href ?? '', plainText(c)));
        break;
      case 'list':
        list(c, top);
        break;
      case 'table':
        table(c);
        break;
      case 'chart': {
        const box = (c.attrs['data-box'] ?? '').split(/\s+/).map(Number);
        const figure = el('Figure', top, {
          alt: c.attrs['aria-label'] || 'Diagram',
          box: box.length === 4 && box.every(Number.isFinite) ? (box as [number, number, number, number]) : undefined,
        });
        drawEl(c, figure);
        break;
      }
      default: {
        const shown = plainText(c);
        if (!shown || c.tag === 'defs' || c.tag === 'style') {
          if (c.tag === 'defs' || c.tag === 'style') out.push(svg.slice(c.start, c.end));
          else drawEl(c, LAYOUT);
          break;
        }
        untagged.push(shown);
        content(c, el('P', top));
      }
    }
  }
  out.push('</svg>');
  const marked = out.map((x) => (typeof x === 'string' ? x : slotSvg(x))).join('');
  return { svg: marked, units, elements: top, untagged };
}

/**
 * Whether an element can carry a marker itself, saving svg-to-pdfkit an extra group to draw: it must
 * have no transform of its own (the marker is one). svg-to-pdfkit starts every <g> and <text> it
 * draws with save() and transform(): 'always'. A shape skips both when it is hidden: 'maybe' (then
 * nothing of it is drawn and its unit simply has no content).
 */
type Host = 'always' | 'maybe' | false;

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path']);

function canHost(e: SvgElement): Host {
  if ('transform' in e.attrs) return false;
  const hidable = 'display' in e.attrs || 'visibility' in e.attrs || 'style' in e.attrs;
  if (e.tag === 'g' || e.tag === 'text') return hidable ? 'maybe' : 'always';
  return SHAPES.has(e.tag) ? 'maybe' : false;
}

interface Slot {
  unit: number;
  pieces: { source: string; host: Host }[];
}

/** The marker's matrix: translated by −(BASE + 4·unit + flags), OPENS and/or CLOSES the unit. */
export const OPENS = 1;
export const CLOSES = 2;
const marker = (unit: number, flags: number) => `matrix(1 0 0 1 0 -${MARKER_BASE + unit * 4 + flags})`;

function withMarker(source: string, unit: number, flags: number): string {
  const at = source.search(/[\s/>]/);
  return `${source.slice(0, at)} transform="${marker(unit, flags)}"${source.slice(at)}`;
}

/**
 * A unit's source with its markers: on its one element; on the first element (opens) and the last
 * (closes) of a run that are all sure to be drawn; else as a group around the pieces.
 */
function slotSvg(slot: Slot): string {
  const { unit, pieces } = slot;
  if (pieces.length === 1 && pieces[0]!.host) return withMarker(pieces[0]!.source, unit, OPENS | CLOSES);
  if (pieces.length > 1 && pieces.every((p) => p.host === 'always')) {
    return pieces.map((p, i) => (i === 0 ? withMarker(p.source, unit, OPENS) : i === pieces.length - 1 ? withMarker(p.source, unit, CLOSES) : p.source)).join('');
  }
  return `<g transform="${marker(unit, OPENS | CLOSES)}">${pieces.map((p) => p.source).join('')}</g>`;
}
