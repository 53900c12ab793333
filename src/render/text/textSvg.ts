/**
 * Wrapped lines → SVG <text>, and body blocks (headings, paragraphs, bullet lists) → a vertical
 * flow inside a box. Every group carries its role (data-role) so that the compose stage knows
 * what each element is (heading, paragraph, list, list-item, link, decoration).
 */
import { msg } from '../../messages/index.js';
import type { Block, BulletItem } from '../../validate/schema.js';
import { FONT_FAMILY } from '../fonts.js';
import { inlineProblem, parseInline, type Run } from './inline.js';
import { wrapRuns, type Line } from './wrap.js';
import { COLORS } from '../theme.js';

export type FieldPath = (string | number)[];

/**
 * Text that cannot be drawn as written: it does not fit its box even after wrapping, or it holds a
 * link or markup that is refused (runsOf). Render maps `field` to a file position.
 */
export class FitError extends Error {
  constructor(
    readonly field: FieldPath,
    message: string,
  ) {
    super(message);
    this.name = 'FitError';
  }
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  /** Line height as a multiple of the size. */
  leading?: number;
  align?: 'left' | 'center' | 'right';
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const num = (n: number) => String(Math.round(n * 100) / 100);

/** Inter's ascender as a share of its em box (ascender 0.97 + descender 0.24 scaled to 1 em). */
const ASCENT = 0.8;

export function lineHeight(style: TextStyle): number {
  return style.size * (style.leading ?? 1.3);
}

/** SVG for already wrapped lines whose first line box starts at `top`. */
export function linesSvg(lines: Line[], x: number, top: number, width: number, style: TextStyle): string {
  return lineTexts(lines, x, top, width, style)
    .map((l) => `${textOpen(l.style)}${l.spans.join('')}</text>${l.underlines}`)
    .join('');
}

interface LineText {
  style: TextStyle;
  /** The line's <tspan>s (links wrapped in <a>); each has its own x and y. */
  spans: string[];
  underlines: string;
}

const textOpen = (style: TextStyle) => `<text font-family="${FONT_FAMILY}" font-size="${num(style.size)}" fill="${style.color ?? COLORS.text}"${style.bold ? ' font-weight="bold"' : ''}>`;

/** One record per line: where each piece goes and how it is set. `own`: spans carry size, colour and weight themselves. */
function lineTexts(lines: Line[], x: number, top: number, width: number, style: TextStyle, own = false): LineText[] {
  const lh = lineHeight(style);
  const color = style.color ?? COLORS.text;
  // On coloured text (headings, dark backgrounds) a link keeps the text colour and its underline.
  const linkColor = style.color && style.color !== COLORS.text ? style.color : COLORS.link;
  return lines.map((line, i) => {
    const baseline = top + i * lh + (lh - style.size) / 2 + style.size * ASCENT;
    const shift = style.align === 'center' ? (width - line.width) / 2 : style.align === 'right' ? width - line.width : 0;
    const spans = line.pieces.map((p) => {
      const set = own ? ` font-size="${num(style.size)}"${p.href ? '' : ` fill="${color}"`}` : '';
      const bold = p.bold || (own && style.bold);
      const weight = bold ? ' font-weight="bold"' : own ? ' font-weight="normal"' : '';
      const attrs = `x="${num(x + shift + p.x)}" y="${num(baseline)}"${set}${weight}`;
      if (!p.href) return `<tspan ${attrs}>${esc(p.text)}</tspan>`;
      return `<a href="${esc(p.href)}" data-role="link"><tspan ${attrs} fill="${linkColor}">${esc(p.text)}</tspan></a>`;
    });
    const underlines = line.pieces
      .filter((p) => p.href)
      .map((p) => `<rect data-role="decoration" x="${num(x + shift + p.x)}" y="${num(baseline + style.size * 0.14)}" width="${num(p.width)}" height="${num(Math.max(0.6, style.size * 0.06))}" fill="${linkColor}"/>`)
      .join('');
    return { style, spans, underlines };
  });
}

export interface HeadingPart {
  lines: Line[];
  x: number;
  top: number;
  width: number;
  style: TextStyle;
}

/**
 * Several differently set texts that are read as ONE heading (a section's big number and its title;
 * the title page's title and subtitle): the last line of each part and the first of the next share a
 * <text>, with a space between them, so that text extraction and screen readers get «1. Plattformen»,
 * not «1.Plattformen» (a space at the end of a <text> is dropped when drawn).
 */
export function headingSvg(parts: HeadingPart[]): string {
  const groups: LineText[][] = [];
  let joinNext = false;
  for (const p of parts) {
    const lines = lineTexts(p.lines, p.x, p.top, p.width, p.style, true);
    if (lines.length === 0) continue;
    if (joinNext) {
      const prev = groups.at(-1)!;
      prev[prev.length - 1] = { ...prev.at(-1)!, spans: withSpaceAfter(prev.at(-1)!.spans) };
      prev.push(lines[0]!);
      groups.push(...lines.slice(1).map((l) => [l]));
    } else groups.push(...lines.map((l) => [l]));
    joinNext = true;
  }
  return groups.map((g) => `${textOpen(g[0]!.style)}${g.flatMap((l) => l.spans).join('')}</text>${g.map((l) => l.underlines).join('')}`).join('');
}

/** The spans with a space at the end of the last one's text. */
function withSpaceAfter(spans: string[]): string[] {
  const last = spans.at(-1);
  if (!last || /\s<\/tspan>(<\/a>)?$/.test(last)) return spans;
  return [...spans.slice(0, -1), last.replace(/<\/tspan>((?:<\/a>)?)$/, ' </tspan>$1')];
}

/**
 * The runs of a text as it will be drawn; a text with a link that is not to a web page or e-mail
 * address, or with `**` not closed, is a content error at its field (inline.ts says which).
 */
/**
 * Parsed texts, by text: fitting a box wraps the same text at several sizes, and the watch and
 * many-edition builds meet most texts again. Runs are never changed after parsing.
 */
const parsed = new Map<string, readonly Run[]>();

function runsOf(source: string, autolink: boolean, field: FieldPath): readonly Run[] {
  const key = `${autolink ? 'a' : 'p'}${source}`;
  let runs = parsed.get(key);
  if (!runs) {
    if (parsed.size >= 10_000) parsed.clear();
    runs = parseInline(source, { autolink });
    parsed.set(key, runs);
  }
  const problem = inlineProblem(runs);
  if (problem) throw new FitError(field, problem);
  return runs;
}

/** Roles whose text is running text: only there do bare addresses become links by themselves. */
const AUTOLINKED_ROLES: ReadonlySet<string> = new Set(['paragraph', 'list-item']);

/**
 * One text box: wraps `source` to `width`; fails when it needs more than `maxLines` lines or
 * more height than `maxHeight`. Bare addresses become links in running text (`autolink` decides
 * otherwise); titles, headings and the footer keep them as text.
 */
export function textBox(
  source: string,
  box: { x: number; y: number; width: number; maxHeight?: number; maxLines?: number },
  style: TextStyle,
  field: FieldPath,
  role = 'paragraph',
  autolink = AUTOLINKED_ROLES.has(role),
): { svg: string; height: number } {
  const { lines, height } = wrapBox(source, box, style, field, autolink);
  // role "": text that is part of the element around it (a card of a list item), so no role of its own.
  return { svg: `<g${role ? ` data-role="${role}"` : ''}>${linesSvg(lines, box.x, box.y, box.width, style)}</g>`, height };
}

/** The lines of one text box, wrapped and checked against `maxLines` and `maxHeight`. */
export function wrapBox(
  source: string,
  box: { width: number; maxHeight?: number; maxLines?: number },
  style: TextStyle,
  field: FieldPath,
  autolink: boolean,
): { lines: Line[]; height: number } {
  const lines = wrapRuns(runsOf(source, autolink, field), box.width, style.size, style.bold);
  const height = lines.length * lineHeight(style);
  if (box.maxLines !== undefined && lines.length > box.maxLines) {
    throw new FitError(field, msg().render.tooManyLines(lines.length, box.maxLines, Math.round(box.width), style.size));
  }
  if (box.maxHeight !== undefined && height > box.maxHeight + 0.5) {
    throw new FitError(field, msg().render.tooTall(Math.round(height), Math.round(box.maxHeight)));
  }
  return { lines, height };
}

// ---------- body flow ----------

export interface FlowStyle {
  size: number;
  /** Space between blocks, as a multiple of the size. */
  gap?: number;
}

/**
 * Lays out body blocks top to bottom in a box. Returns the SVG and the height used; throws a
 * FitError naming the first block that crosses the bottom of the box.
 */
export function flowSvg(blocks: Block[], box: { x: number; y: number; width: number; height: number }, style: FlowStyle, field: FieldPath): { svg: string; height: number } {
  const parts: string[] = [];
  const gap = style.size * (style.gap ?? 0.75);
  let y = box.y;
  const bottom = box.y + box.height;
  const check = (f: FieldPath, reach: number) => {
    if (reach > bottom + 0.5) {
      const over = Math.ceil(reach - bottom);
      throw new FitError(f, msg().render.bodyOverflows(over, Math.round(box.height)));
    }
  };
  blocks.forEach((block, i) => {
    const f = [...field, i];
    if (i > 0) y += 'heading' in block ? gap * 1.2 : gap;
    if ('heading' in block) {
      const st: TextStyle = { size: style.size, bold: true, color: COLORS.heading, leading: 1.25 };
      const lines = wrapRuns(runsOf(block.heading, false, [...f, 'heading']), box.width, st.size, true);
      const h = lines.length * lineHeight(st);
      check([...f, 'heading'], y + h);
      parts.push(`<g data-role="heading" data-level="2">${linesSvg(lines, box.x, y, box.width, st)}</g>`);
      y += h;
      // A heading sits close to what it introduces.
      y -= gap * 0.55;
    } else if ('text' in block) {
      const st: TextStyle = { size: style.size, leading: 1.35 };
      const lines = wrapRuns(runsOf(block.text, block.autolink ?? true, [...f, 'text']), box.width, st.size);
      const h = lines.length * lineHeight(st);
      check([...f, 'text'], y + h);
      parts.push(`<g data-role="paragraph">${linesSvg(lines, box.x, y, box.width, st)}</g>`);
      y += h;
    } else {
      const r = listSvg(block.bullets, box.x, y, box.width, style.size, 0, [...f, 'bullets'], check);
      parts.push(r.svg);
      y += r.height;
    }
  });
  return { svg: parts.join(''), height: y - box.y };
}

function listSvg(
  items: BulletItem[],
  x: number,
  top: number,
  width: number,
  size: number,
  depth: number,
  field: FieldPath,
  check: (f: FieldPath, reach: number) => void,
): { svg: string; height: number } {
  const st: TextStyle = { size: depth > 0 ? size * 0.93 : size, leading: 1.3 };
  const indent = st.size * 1.15;
  const itemGap = st.size * 0.35;
  const parts: string[] = [];
  let y = top;
  items.forEach((item, i) => {
    const text = typeof item === 'string' ? item : item.text;
    const f = typeof item === 'string' ? [...field, i] : [...field, i, 'text'];
    if (i > 0 || depth > 0) y += itemGap;
    const autolink = typeof item === 'string' || item.autolink !== false;
    const lines = wrapRuns(runsOf(text, autolink, f), width - indent, st.size);
    const h = lines.length * lineHeight(st);
    check(f, y + h);
    const lh = lineHeight(st);
    const cy = y + lh / 2;
    const marker = depth === 0
      ? `<circle data-role="decoration" cx="${num(x + st.size * 0.3)}" cy="${num(cy)}" r="${num(st.size * 0.17)}" fill="${COLORS.accent}"/>`
      : `<rect data-role="decoration" x="${num(x + st.size * 0.12)}" y="${num(cy - 0.6)}" width="${num(st.size * 0.42)}" height="1.2" fill="${COLORS.accent}"/>`;
    let svg = `${marker}${linesSvg(lines, x + indent, y, width - indent, st)}`;
    y += h;
    if (typeof item !== 'string' && item.bullets) {
      const sub = listSvg(item.bullets, x + indent, y, width - indent, size, depth + 1, [...field, i, 'bullets'], check);
      svg += sub.svg;
      y += sub.height;
    }
    parts.push(`<g data-role="list-item">${svg}</g>`);
  });
  return { svg: `<g data-role="list">${parts.join('')}</g>`, height: y - top };
}
