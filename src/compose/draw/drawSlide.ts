/**
 * One planned slide SVG → one page's content stream, drawn straight in PDF operators:
 *
 *   for each draw unit of the plan (tagPlan.ts), in reading order:
 *     BDC  (/H1 << /MCID n >>, or /Artifact << /Type /Layout >>)
 *       each shape, text run and picture of the unit, with the state it inherits from its groups
 *     EMC
 *
 * Text is one show operator per run, the run's own text (spaces included) as glyph IDs of the
 * embedded faces (fonts/deckFonts.ts), so that copied and extracted text has its words. The result
 * depends on the slide alone (no resource numbered by what other pages use), which lets `deck
 * watch` reuse the drawing of an unchanged slide.
 */
import { deflateSync } from 'node:zlib';
import { ContentError } from '../../errors.js';
import type { Weight } from '../../render/fonts.js';
import { PAGE } from '../../render/theme.js';
import { encode, deckFont, FONT_RESOURCE, WEIGHTS } from '../fonts/deckFonts.js';
import { loadPicture, type Picture } from '../images/pictures.js';
import { isElement, type SvgElement, type SvgNode } from '../svgTree.js';
import type { PlanElement, SlidePlan } from '../tagPlan.js';
import { apply, boundsOf, IDENTITY, isIdentity, multiply, numbers, parseTransform, type Matrix } from './geometry.js';
import { parsePath, type Segment } from './pathData.js';
import { checkSupported, inherit, INITIAL, length, type Rgb, type Style } from './style.js';

export interface PageLink {
  /** The unit (a Link element's content) the annotation belongs to. */
  unit: number;
  href: string;
  /** In PDF coordinates: x1, y1, x2, y2. */
  rect: [number, number, number, number];
}

export interface PageDrawing {
  /** What the drawing was made from (a hash of the slide SVG). */
  key: string;
  /** The content stream, deflated. */
  content: Buffer;
  /** The glyphs each face draws on this page (sorted). */
  glyphs: Record<Weight, number[]>;
  pictures: Picture[];
  /** Transparency states by resource name. */
  gstates: Record<string, { ca: number; CA: number }>;
  /** The marked-content id of each unit that drew something. */
  mcids: (number | undefined)[];
  links: PageLink[];
  /** The structure the page's content belongs to (from the plan). */
  elements: PlanElement[];
}

/** Inter's ascender and descender as shares of the em (hhea), for link boxes. */
const fontBox = (bold: boolean) => {
  const f = deckFont(bold ? 'bold' : 'regular');
  return { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
};

const n = (v: number) => {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};
const rgb = (c: Rgb) => c.map((x) => n(x)).join(' ');

export function drawSlide(plan: SlidePlan, page: number): Omit<PageDrawing, 'key'> {
  try {
    return new Drawer(plan).draw();
  } catch (err) {
    if (err instanceof ContentError) throw err; // a picture the editor must fix
    throw new Error(`drawing page ${page}: ${(err as Error).message}`, { cause: err });
  }
}

class Drawer {
  private ops: string[] = [];
  private readonly glyphs: Record<Weight, Set<number>> = { regular: new Set(), bold: new Set() };
  private readonly pictures = new Map<string, Picture>();
  private readonly gstates: Record<string, { ca: number; CA: number }> = {};
  private readonly links: PageLink[] = [];
  private readonly styles = new Map<SvgElement, Style>();
  private readonly ids = new Map<string, SvgElement>();
  private unit = -1;
  /** The link being drawn (inside an <a>): the boxes of what it draws. */
  private link: { href: string; bounds?: [number, number, number, number] } | undefined;

  constructor(private readonly plan: SlidePlan) {
    const index = (el: SvgElement) => {
      if (el.attrs.id) this.ids.set(el.attrs.id, el);
      for (const c of el.children) if (isElement(c)) index(c);
    };
    index(plan.root);
  }

  draw(): Omit<PageDrawing, 'key'> {
    const mcids: (number | undefined)[] = [];
    let next = 0;
    // SVG's y axis points down, PDF's up.
    this.ops.push(`1 0 0 -1 0 ${n(PAGE.height)} cm`);
    this.plan.units.forEach((u, i) => {
      this.unit = i;
      const start = this.ops.length;
      for (const p of u.pieces) this.element(p.el, this.styleAround(p.el), p.children);
      if (this.ops.length === start) return; // drew nothing (hidden or empty)
      let bdc: string;
      if ('artifact' in u.mark) bdc = `/Artifact << /Type /${u.mark.artifact} >> BDC`;
      else {
        mcids[i] = next;
        bdc = `/${u.mark.role} << /MCID ${next++} >> BDC`;
      }
      this.ops.splice(start, 0, bdc);
      this.ops.push('EMC');
    });
    const glyphs = Object.fromEntries(WEIGHTS.map((w) => [w, [...this.glyphs[w]].sort((a, b) => a - b)])) as Record<Weight, number[]>;
    return {
      content: deflateSync(Buffer.from(this.ops.join('\n'), 'latin1')),
      glyphs,
      pictures: [...this.pictures.values()],
      gstates: this.gstates,
      mcids,
      links: this.links,
      elements: this.plan.elements,
    };
  }

  /** The state an element inherits: its ancestors' attributes, from the root down. */
  private styleAround(el: SvgElement): Style {
    const parent = el.parent;
    if (!parent || parent.tag === '#document') return { ...INITIAL, m: IDENTITY };
    let s = this.styles.get(parent);
    if (!s) {
      s = this.inside(parent, this.styleAround(parent));
      this.styles.set(parent, s);
    }
    return s;
  }

  /** The state inside `el`, given the state around it. */
  private inside(el: SvgElement, around: Style): Style {
    checkSupported(el.tag, el.attrs);
    const a = el.attrs;
    let s = inherit(around, a);
    let m = around.m;
    if (el.tag === 'svg' && !el.parent?.parent) m = multiply(m, viewBoxMatrix(a));
    if (a.transform) m = multiply(m, parseTransform(a.transform));
    s.m = m;
    if (a['clip-path'] && a['clip-path'] !== 'none') s = { ...s, clips: [...s.clips, this.clip(a['clip-path'], m, s)] };
    if (a.opacity !== undefined && Number(a.opacity) !== 1 && !LEAVES.has(el.tag)) {
      throw new Error(`<${el.tag} opacity="${a.opacity}">: opacity on a group is not supported; put it on the shapes and texts`);
    }
    return s;
  }

  private element(el: SvgElement, around: Style, only?: SvgNode[]): void {
    if (el.attrs.display === 'none') return;
    const s = this.inside(el, around);
    switch (el.tag) {
      case 'svg':
      case 'g':
        for (const c of el.children) this.child(c, s);
        return;
      case 'a':
        this.linked(el, () => {
          for (const c of el.children) this.child(c, s);
        });
        return;
      case 'defs':
      case 'clipPath':
        return; // drawn where they are used
      case 'text':
        return this.text(el, s, only ?? el.children);
      case 'image':
        return this.image(el, s);
      case 'rect':
      case 'circle':
      case 'line':
      case 'path':
        return this.shape(el, s);
      default:
        throw new Error(`<${el.tag}> cannot be drawn here`);
    }
  }

  private child(c: SvgNode, s: Style): void {
    if (isElement(c)) this.element(c, s);
    else if (c.text.trim() && !c.text.startsWith('<![CDATA[')) throw new Error(`text «${c.text.trim().slice(0, 40)}» outside a <text> element`);
  }

  private linked(a: SvgElement, draw: () => void): void {
    const href = this.linkTarget(a);
    this.link = { href };
    try {
      draw();
    } finally {
      const { bounds } = this.link;
      this.link = undefined;
      if (bounds) this.addLink(href, bounds);
    }
  }

  /** The target of an <a>, which must lie in a Link element's unit (else screen readers miss it). */
  private linkTarget(a: SvgElement): string {
    const href = a.attrs.href ?? a.attrs['xlink:href'];
    if (!href) throw new Error('<a> without href');
    if (this.link) throw new Error('<a> inside another <a>');
    const mark = this.plan.units[this.unit]?.mark;
    if (!mark || 'artifact' in mark || mark.role !== 'Link') {
      throw new Error(`link to ${href} is outside a Link element: put each <a> in a text, or give it data-role="link"`);
    }
    return href;
  }

  private addLink(href: string, [x1, y1, x2, y2]: [number, number, number, number]): void {
    const rect = [x1, PAGE.height - y2, x2, PAGE.height - y1].map((v) => Math.round(v * 100) / 100) as PageLink['rect'];
    this.links.push({ unit: this.unit, href, rect });
  }

  /** Adds a drawn box (user space of `m`) to the link being drawn. */
  private linkBox(m: Matrix, x: number, y: number, w: number, h: number): void {
    if (!this.link) return;
    const b = boundsOf(m, x, y, w, h);
    const o = this.link.bounds;
    this.link.bounds = o ? [Math.min(o[0], b[0]), Math.min(o[1], b[1]), Math.max(o[2], b[2]), Math.max(o[3], b[3])] : b;
  }

  // ---------- shapes ----------

  private shape(el: SvgElement, s: Style): void {
    if (s.hidden) return;
    const a = el.attrs;
    const len = (k: string, d = 0) => (a[k] === undefined ? d : length(a[k]!, s.fontSize));
    let segs: Segment[];
    let box: [number, number, number, number];
    let fill = s.fill;
    switch (el.tag) {
      case 'rect': {
        const [x, y, w, h] = [len('x'), len('y'), len('width'), len('height')];
        if (w <= 0 || h <= 0) return;
        segs = rectPath(x, y, w, h, a.rx, a.ry, s.fontSize);
        box = [x, y, w, h];
        break;
      }
      case 'circle': {
        const [cx, cy, r] = [len('cx'), len('cy'), len('r')];
        if (r <= 0) return;
        segs = ellipsePath(cx, cy, r, r);
        box = [cx - r, cy - r, 2 * r, 2 * r];
        break;
      }
      case 'line': {
        const [x1, y1, x2, y2] = [len('x1'), len('y1'), len('x2'), len('y2')];
        segs = [['M', x1, y1], ['L', x2, y2]];
        box = [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)];
        fill = null; // a line has no inside
        break;
      }
      default: {
        segs = parsePath(a.d ?? '');
        if (!segs.length) return;
        box = segmentBox(segs);
      }
    }
    const stroke = s.stroke && s.strokeWidth > 0 ? s.stroke : null;
    if (!fill && !stroke) return;
    const op = fill && stroke ? (s.evenOdd ? 'B*' : 'B') : fill ? (s.evenOdd ? 'f*' : 'f') : 'S';
    const body: string[] = [];
    const state = this.opacityState(el, s, !!fill, !!stroke);
    if (state) body.push(state);
    if (fill) body.push(`${rgb(fill)} rg`);
    let own = false; // whether the shape sets state that must not leak into the next one
    if (stroke) {
      body.push(`${rgb(stroke)} RG`, `${n(s.strokeWidth)} w`);
      if (s.lineCap) body.push(`${s.lineCap} J`);
      if (s.lineJoin) body.push(`${s.lineJoin} j`);
      if (el.tag === 'path' && s.lineJoin === 0) body.push(`${n(s.miterLimit)} M`);
      if (s.dash) body.push(`[${s.dash.map(n).join(' ')}] ${n(s.dashOffset)} d`);
      own = true;
    }
    body.push(pathOps(segs), op);
    this.leaf(s, body, own || !!state);
    this.linkBox(s.m, ...box);
  }

  /** A graphics state for opacity (resource named by its values), or undefined when opaque. */
  private opacityState(el: SvgElement, s: Style, fill: boolean, stroke: boolean): string | undefined {
    const o = el.attrs.opacity === undefined ? 1 : Math.min(1, Math.max(0, Number(el.attrs.opacity)));
    const ca = Math.round((fill ? s.fillOpacity * o : 1) * 1000) / 1000;
    const CA = Math.round((stroke ? s.strokeOpacity * o : 1) * 1000) / 1000;
    if (ca === 1 && CA === 1) return undefined;
    const name = `Ga${Math.round(ca * 1000)}s${Math.round(CA * 1000)}`;
    this.gstates[name] = { ca, CA };
    return `/${name} gs`;
  }

  /** Writes one drawn thing: in its own q … Q when it has a transform, clip or state of its own. */
  private leaf(s: Style, body: string[], ownState: boolean): void {
    const clipped = s.clips.length > 0;
    const moved = !isIdentity(s.m);
    if (!clipped && !moved && !ownState) {
      this.ops.push(...body);
      return;
    }
    this.ops.push('q');
    for (const c of s.clips) this.ops.push(pathOps(c), 'W n');
    if (moved) this.ops.push(`${s.m.map(n).join(' ')} cm`);
    this.ops.push(...body, 'Q');
  }

  private clip(ref: string, m: Matrix, s: Style): Segment[] {
    const id = /^url\(#([^)]+)\)$/.exec(ref.trim())?.[1];
    const el = id ? this.ids.get(id) : undefined;
    if (!el || el.tag !== 'clipPath') throw new Error(`clip-path="${ref}": no <clipPath> with that id`);
    checkSupported(el.tag, el.attrs);
    if (el.attrs.clipPathUnits && el.attrs.clipPathUnits !== 'userSpaceOnUse') throw new Error('clipPathUnits other than userSpaceOnUse are not supported');
    const out: Segment[] = [];
    for (const c of el.children) {
      if (!isElement(c)) continue;
      checkSupported(c.tag, c.attrs);
      const cm = c.attrs.transform ? multiply(m, parseTransform(c.attrs.transform)) : m;
      const len = (k: string) => (c.attrs[k] === undefined ? 0 : length(c.attrs[k]!, s.fontSize));
      const segs =
        c.tag === 'rect' ? rectPath(len('x'), len('y'), len('width'), len('height'), c.attrs.rx, c.attrs.ry, s.fontSize)
        : c.tag === 'circle' ? ellipsePath(len('cx'), len('cy'), len('r'), len('r'))
        : c.tag === 'path' ? parsePath(c.attrs.d ?? '')
        : undefined;
      if (!segs) throw new Error(`<clipPath> holds a <${c.tag}>; only rect, circle and path clip`);
      out.push(...transformSegments(segs, cm));
    }
    return out;
  }

  // ---------- text ----------

  private text(el: SvgElement, s: Style, nodes: SvgNode[]): void {
    if (s.hidden) return;
    const a = el.attrs;
    const pen = { x: first(a.x, s), y: first(a.y, s) };
    pen.x += first(a.dx, s);
    pen.y += first(a.dy, s);
    interface Run {
      text: string;
      s: Style;
      x: number;
      y: number;
      width: number;
      chunk: number;
      link?: { href: string };
    }
    const runs: Run[] = [];
    let chunk = 0;
    let lastSpace = true; // SVG drops spaces at the start of a text
    let link: { href: string } | undefined;
    const walk = (nodes: SvgNode[], st: Style) => {
      for (const c of nodes) {
        if (!isElement(c)) {
          let t = decodeText(c.text).replace(/[\r\n]/g, '').replace(/\t/g, ' ').replace(/ {2,}/g, ' ');
          if (lastSpace) t = t.replace(/^ /, '');
          if (!t) continue;
          lastSpace = t.endsWith(' ');
          const width = encode(t, st.bold ? 'bold' : 'regular').width * st.fontSize;
          runs.push({ text: t, s: st, x: pen.x, y: pen.y, width, chunk, link });
          pen.x += width;
          continue;
        }
        if (c.attrs.display === 'none') continue;
        checkSupported(c.tag, c.attrs);
        // What a run inside a text cannot have of its own (the drawer would otherwise drop it).
        for (const own of ['transform', 'clip-path', 'opacity'] as const) {
          if (c.attrs[own] !== undefined && !(own === 'opacity' && Number(c.attrs.opacity) === 1)) throw new Error(`<${c.tag} ${own}="…"> inside a text is not supported; put it on the <text>`);
        }
        if (c.tag === 'tspan') {
          const ts = inherit(st, c.attrs);
          if (c.attrs.x !== undefined || c.attrs.y !== undefined) chunk++;
          if (c.attrs.x !== undefined) pen.x = first(c.attrs.x, ts);
          if (c.attrs.y !== undefined) pen.y = first(c.attrs.y, ts);
          pen.x += first(c.attrs.dx, ts);
          pen.y += first(c.attrs.dy, ts);
          walk(c.children, ts);
        } else if (c.tag === 'a') {
          if (link) throw new Error('<a> inside another <a>');
          link = { href: this.linkTarget(c) };
          walk(c.children, inherit(st, c.attrs));
          link = undefined;
        } else throw new Error(`<${c.tag}> inside <text>; only tspan and a are drawn there`);
      }
    };
    walk(nodes, s);
    placeRuns(runs, s);
    const shown = runs.filter((r) => r.s.fill && !r.s.hidden);
    // One annotation per <a>, over the boxes of its runs once they are placed.
    for (const l of new Set(shown.map((r) => r.link))) {
      if (!l) continue;
      let bounds: [number, number, number, number] | undefined;
      for (const r of shown.filter((x) => x.link === l)) {
        const box = fontBox(r.s.bold);
        const b = boundsOf(s.m, r.x, r.y - box.ascent * r.s.fontSize, trimmedWidth(r), (box.ascent + box.descent) * r.s.fontSize);
        bounds = bounds ? [Math.min(bounds[0], b[0]), Math.min(bounds[1], b[1]), Math.max(bounds[2], b[2]), Math.max(bounds[3], b[3])] : b;
      }
      if (bounds) this.addLink(l.href, bounds);
    }

    const body: string[] = ['BT'];
    let font = '';
    let color = '';
    let own = false;
    for (const r of shown) {
      if (r.s.stroke) throw new Error('stroked text is not supported');
      const weight: Weight = r.s.bold ? 'bold' : 'regular';
      const enc = encode(r.text, weight);
      for (const g of enc.glyphs) this.glyphs[weight].add(g);
      const f = `/${FONT_RESOURCE[weight]} ${n(r.s.fontSize)} Tf`;
      if (f !== font) body.push((font = f));
      const state = this.opacityState(el, r.s, true, false);
      if (state) {
        body.push(state);
        own = true;
      }
      const c = `${rgb(r.s.fill!)} rg`;
      if (c !== color) body.push((color = c));
      body.push(`1 0 0 -1 ${n(r.x)} ${n(r.y)} Tm`, `<${enc.hex}> Tj`);
    }
    if (body.length === 1) return;
    body.push('ET');
    this.leaf(s, body, own);
  }

  // ---------- pictures ----------

  private image(el: SvgElement, s: Style): void {
    if (s.hidden) return;
    const a = el.attrs;
    const href = a.href ?? a['xlink:href'];
    if (!href) throw new Error('<image> without href');
    const len = (k: string) => (a[k] === undefined ? 0 : length(a[k]!, s.fontSize));
    const [x, y, w, h] = [len('x'), len('y'), len('width'), len('height')];
    if (w <= 0 || h <= 0) return;
    let pic = [...this.pictures.values()].find((p) => p.href === href);
    if (!pic) {
      pic = loadPicture(href);
      this.pictures.set(pic.key, pic);
    }
    const [align, slice] = (a.preserveAspectRatio ?? 'xMidYMid meet').trim().split(/\s+/);
    let dw = w;
    let dh = h;
    let dx = x;
    let dy = y;
    if (align !== 'none') {
      const m = /^x(Min|Mid|Max)Y(Min|Mid|Max)$/.exec(align ?? '');
      if (!m || (slice !== undefined && slice !== 'meet' && slice !== 'slice')) throw new Error(`preserveAspectRatio="${a.preserveAspectRatio}" is not SVG`);
      const k = (slice === 'slice' ? Math.max : Math.min)(w / pic.width, h / pic.height);
      dw = pic.width * k;
      dh = pic.height * k;
      const at = { Min: 0, Mid: 0.5, Max: 1 };
      dx = x + (w - dw) * at[m[1] as keyof typeof at];
      dy = y + (h - dh) * at[m[2] as keyof typeof at];
    }
    const body: string[] = [];
    const state = this.opacityState(el, s, true, false);
    if (state) body.push(state);
    const viewport: Segment[] | undefined = dw > w + 1e-6 || dh > h + 1e-6 ? transformSegments(rectPath(x, y, w, h), s.m) : undefined;
    // The image fills the unit square; y flipped back, since the page's y axis points down.
    body.push(`${n(dw)} 0 0 ${n(-dh)} ${n(dx)} ${n(dy + dh)} cm`, `/${pic.name} Do`);
    this.leaf(viewport ? { ...s, clips: [...s.clips, viewport] } : s, body, true);
    this.linkBox(s.m, x, y, w, h);
  }
}

/** Elements whose opacity the drawer applies (a group's would need a transparency group). */
const LEAVES = new Set(['rect', 'circle', 'line', 'path', 'text', 'tspan', 'image']);

/** The first number of an x/y/dx/dy list (lists of positions per glyph are not used here). */
function first(v: string | undefined, s: Style): number {
  if (v === undefined) return 0;
  const parts = v.trim().split(/[\s,]+/);
  if (parts.length > 1) throw new Error(`a list of positions ("${v}") is not supported; one number per text or tspan`);
  return length(parts[0]!, s.fontSize);
}

/** A run's width without the spaces it ends with (they hang: they neither anchor nor link). */
function trimmedWidth(r: { text: string; s: Style; width: number }): number {
  const trailing = r.text.length - r.text.trimEnd().length;
  if (!trailing) return r.width;
  return r.width - encode(r.text.slice(-trailing), r.s.bold ? 'bold' : 'regular').width * r.s.fontSize;
}

/** Moves the runs of each chunk by its text-anchor (once: a placed run is marked). */
function placeRuns(runs: { text: string; s: Style; x: number; width: number; chunk: number; placed?: boolean }[], s: Style): void {
  const chunks = new Map<number, typeof runs>();
  for (const r of runs) if (!r.placed) chunks.set(r.chunk, [...(chunks.get(r.chunk) ?? []), r]);
  for (const rs of chunks.values()) {
    const anchor = rs[0]!.s.anchor ?? s.anchor;
    const last = rs.at(-1)!;
    const width = last.x - rs[0]!.x + trimmedWidth(last);
    const shift = anchor === 'middle' ? -width / 2 : anchor === 'end' ? -width : 0;
    for (const r of rs) {
      r.x += shift;
      r.placed = true;
    }
  }
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeText(s: string): string {
  if (s.startsWith('<![CDATA[')) return s.slice(9, -3);
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITY[e] ?? all;
  });
}

function viewBoxMatrix(a: Readonly<Record<string, string>>): Matrix {
  const vb = a.viewBox ? numbers(a.viewBox) : undefined;
  if (!vb || vb.length !== 4 || !(vb[2]! > 0) || !(vb[3]! > 0)) return IDENTITY;
  // The slide fills the page; the viewBox is centred in it (xMidYMid meet).
  const k = Math.min(PAGE.width / vb[2]!, PAGE.height / vb[3]!);
  return [k, 0, 0, k, (PAGE.width - vb[2]! * k) / 2 - vb[0]! * k, (PAGE.height - vb[3]! * k) / 2 - vb[1]! * k];
}

const KAPPA = 0.5522847498;

function ellipsePath(cx: number, cy: number, rx: number, ry: number): Segment[] {
  const ox = rx * KAPPA;
  const oy = ry * KAPPA;
  return [
    ['M', cx + rx, cy],
    ['C', cx + rx, cy + oy, cx + ox, cy + ry, cx, cy + ry],
    ['C', cx - ox, cy + ry, cx - rx, cy + oy, cx - rx, cy],
    ['C', cx - rx, cy - oy, cx - ox, cy - ry, cx, cy - ry],
    ['C', cx + ox, cy - ry, cx + rx, cy - oy, cx + rx, cy],
    ['Z'],
  ];
}

function rectPath(x: number, y: number, w: number, h: number, rxAttr?: string, ryAttr?: string, fontSize = 16): Segment[] {
  let rx = rxAttr === undefined ? undefined : length(rxAttr, fontSize);
  let ry = ryAttr === undefined ? undefined : length(ryAttr, fontSize);
  rx ??= ry ?? 0;
  ry ??= rx;
  rx = Math.min(rx, w / 2);
  ry = Math.min(ry, h / 2);
  if (rx <= 0 || ry <= 0) return [['M', x, y], ['L', x + w, y], ['L', x + w, y + h], ['L', x, y + h], ['Z']];
  const ox = rx * (1 - KAPPA);
  const oy = ry * (1 - KAPPA);
  return [
    ['M', x + rx, y],
    ['L', x + w - rx, y],
    ['C', x + w - ox, y, x + w, y + oy, x + w, y + ry],
    ['L', x + w, y + h - ry],
    ['C', x + w, y + h - oy, x + w - ox, y + h, x + w - rx, y + h],
    ['L', x + rx, y + h],
    ['C', x + ox, y + h, x, y + h - oy, x, y + h - ry],
    ['L', x, y + ry],
    ['C', x, y + oy, x + ox, y, x + rx, y],
    ['Z'],
  ];
}

function transformSegments(segs: Segment[], m: Matrix): Segment[] {
  if (isIdentity(m)) return segs;
  return segs.map((sg): Segment => {
    if (sg[0] === 'Z') return sg;
    if (sg[0] === 'C') {
      const [a, b] = apply(m, sg[1], sg[2]);
      const [c, d] = apply(m, sg[3], sg[4]);
      const [e, f] = apply(m, sg[5], sg[6]);
      return ['C', a, b, c, d, e, f];
    }
    const [x, y] = apply(m, sg[1], sg[2]);
    return [sg[0], x, y];
  });
}

function segmentBox(segs: Segment[]): [number, number, number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const sg of segs) {
    for (let i = 1; i + 1 < sg.length; i += 2) {
      xs.push(sg[i] as number);
      ys.push(sg[i + 1] as number);
    }
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return [x, y, Math.max(...xs) - x, Math.max(...ys) - y];
}

/** Path segments as PDF path operators; a rectangle without a transform as `re`. */
function pathOps(segs: Segment[]): string {
  if (segs.length === 5 && segs[0]![0] === 'M' && segs[4]![0] === 'Z' && segs.slice(1, 4).every((s) => s[0] === 'L')) {
    const [[, x0, y0], [, x1, y1], [, x2, y2], [, x3, y3]] = segs as unknown as [[string, number, number], [string, number, number], [string, number, number], [string, number, number]];
    if (y0 === y1 && x1 === x2 && y2 === y3 && x3 === x0) return `${n(Math.min(x0, x1))} ${n(Math.min(y0, y2))} ${n(Math.abs(x1 - x0))} ${n(Math.abs(y2 - y0))} re`;
  }
  return segs
    .map((s) => {
      switch (s[0]) {
        case 'M':
          return `${n(s[1])} ${n(s[2])} m`;
        case 'L':
          return `${n(s[1])} ${n(s[2])} l`;
        case 'C':
          return `${n(s[1])} ${n(s[2])} ${n(s[3])} ${n(s[4])} ${n(s[5])} ${n(s[6])} c`;
        default:
          return 'h';
      }
    })
    .join('\n');
}
