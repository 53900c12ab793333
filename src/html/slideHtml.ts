/**
 * One slide SVG → the HTML of that slide, read from the roles the render stage put on its elements
 * (`data-role`, the same roles the tagged PDF is made from; see compose/tagPlan.ts):
 *
 *   heading → h2 (the slide title), h3/h4 (data-level 2/3, or a later heading)
 *   paragraph → p     list > list-item → ul > li (sub-lists inside the li)     link → a
 *   table > table-row > table-header-cell | table-cell → table > tr > th scope | td
 *   chart → <svg role="img"> with the chart's text alternative (aria-label), drawn as on the slide
 *   figure (a picture) → <figure> with an <img> and its alt text; a caption right after the
 *     picture → the figure's <figcaption> (a decorative picture stays in the decoration layer)
 *   decoration, artifact (the footer) → one aria-hidden SVG layer behind the text
 *
 * Every run of text keeps its place on the slide as custom properties: --x and --y (where its
 * baseline starts, in slide units), --s (its size) and --c (its colour), so that the style sheet
 * (style.ts) can set the slide exactly as laid out on a wide screen and let the same elements flow
 * as a column on a narrow one. Where the slide shows a gap between two runs, or a line ends, the
 * HTML has a space, so the text reads right in both.
 */
import { parseSvg, type SvgElement, type SvgNode } from '../compose/svgTree.js';
import { textWidth } from '../render/fonts.js';
import { PAGE } from '../render/theme.js';
import { escapeAttr, escapeText, vars } from './markup.js';
import { TEXT } from './messages.js';

export interface SlideHtml {
  /** The decoration layer and the content, in reading order. */
  html: string;
  /** The id of the slide's title heading (absent when the slide has no heading). */
  headingId?: string;
  /** The colour of a background that covers the whole slide. */
  background?: string;
}

/** One piece of text with one style at one place: what the render stage writes as a <tspan>. */
interface Run {
  text: string;
  x: number;
  y: number;
  size: number;
  fill: string;
  bold: boolean;
  href?: string;
  anchor?: 'end' | 'middle';
  /** The first run of a line (of a <text>). */
  lineStart: boolean;
}

/** A text-bearing element's look, taken from its first run: its runs say only how they differ. */
interface BlockStyle {
  size: number;
  fill: string;
  bold: boolean;
}

const isElement = (n: SvgNode): n is SvgElement => n.tag !== '#text';
const childElements = (e: SvgElement) => e.children.filter(isElement);
const role = (e: SvgElement) => e.attrs['data-role'];
const isLayout = (e: SvgElement) => role(e) === 'decoration' || role(e) === 'artifact';
const isBold = (w: string | undefined) => w === 'bold' || Number(w) >= 600;

function shownText(n: SvgNode): string {
  return isElement(n) ? n.children.map(shownText).join('') : decodeXml(n.text);
}

function decodeXml(s: string): string {
  if (s.startsWith('<![CDATA[')) return s.slice(9, -3);
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

/** Text as SVG shows it by default: runs of white space as one space. */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `id`: the slide's id in the page, the prefix of the ids inside; `page`: its number. */
export function slideHtml(svg: string, id: string, page: number): SlideHtml {
  const root = parseSvg(svg);
  const deco: string[] = [];
  const body: string[] = [];
  let headingId: string | undefined;
  let background: string | undefined;
  let sawTitle = false;
  let tables = 0;
  const source = (e: SvgElement) => svg.slice(e.start, e.end);

  const headingLevel = (e: SvgElement): number => {
    const level = Number(e.attrs['data-level']);
    if (level >= 1 && level <= 3) {
      sawTitle ||= level === 1;
      return level + 1;
    }
    if (sawTitle) return 3;
    sawTitle = true;
    return 2;
  };

  /** The runs of one <text>: one per <tspan>, <a> and bare text (table cells put x and y on the <text>). */
  const textRuns = (t: SvgElement): Run[] => {
    const base = {
      size: Number(t.attrs['font-size']) || 16,
      fill: t.attrs.fill ?? '#000000',
      bold: isBold(t.attrs['font-weight']),
      anchor: t.attrs['text-anchor'] === 'end' || t.attrs['text-anchor'] === 'middle' ? (t.attrs['text-anchor'] as 'end' | 'middle') : undefined,
    };
    const runs: Run[] = [];
    const add = (n: SvgNode, href?: string) => {
      const text = collapse(shownText(n));
      if (!text) return;
      const a = isElement(n) ? n.attrs : {};
      const prev = runs.at(-1);
      const x = a.x !== undefined ? Number(a.x) : prev ? prev.x + textWidth(prev.text, prev.size, prev.bold ? 'bold' : 'regular') : Number(t.attrs.x ?? 0);
      const y = a.y !== undefined ? Number(a.y) : prev ? prev.y : Number(t.attrs.y ?? 0);
      runs.push({ ...base, text, x, y, fill: a.fill ?? base.fill, bold: a['font-weight'] !== undefined ? isBold(a['font-weight']) : base.bold, href, lineStart: runs.length === 0 });
    };
    for (const c of t.children) {
      if (isElement(c) && c.tag === 'a') {
        const href = c.attrs.href ?? c.attrs['xlink:href'] ?? '';
        for (const inner of c.children) add(inner, href);
      } else add(c);
    }
    return runs;
  };

  /**
   * The inside of a text-bearing element as HTML: its runs, and (in a list item) its sub-lists.
   * Decoration found inside goes to the layer, except links' underlines: the page draws its own.
   */
  const content = (node: SvgElement): { html: string; style: BlockStyle | undefined; anchor?: string; longestWord: number } => {
    const parts: (Run[] | string)[] = [];
    const runs = () => {
      const last = parts.at(-1);
      if (Array.isArray(last)) return last;
      const fresh: Run[] = [];
      parts.push(fresh);
      return fresh;
    };
    const all: Run[] = [];
    const walk = (elements: SvgElement[], href?: string) => {
      for (const c of elements) {
        if (isLayout(c)) {
          if (!isUnderline(c, all)) deco.push(source(c));
        } else if (role(c) === 'list') parts.push(list(c));
        else if (c.tag === 'text') {
          const found = textRuns(c).map((r) => (href && !r.href ? { ...r, href } : r));
          runs().push(...found);
          all.push(...found);
        } else if (c.tag === 'a') walk(childElements(c), c.attrs.href ?? '');
        else walk(childElements(c), href);
      }
    };
    walk(node.tag === 'text' || node.tag === 'a' ? [node] : childElements(node));
    const first = all[0];
    const style = first && { size: first.size, fill: first.fill, bold: all.every((r) => r.bold) };
    const html = parts.map((p) => (typeof p === 'string' ? p : runsHtml(p, style!))).join('');
    const words = all.flatMap((r) => r.text.split(' ').map((w) => textWidth(w, 1, r.bold ? 'bold' : 'regular')));
    return { html, style, anchor: first?.anchor, longestWord: Math.max(0, ...words) };
  };

  /** A text-bearing element: `<tag style=…>` around its content. */
  const block = (tag: string, node: SvgElement, attrs = '', boldByDefault = false): string => {
    const found = content(node);
    const { style, anchor, longestWord } = found;
    // What the element is to be read as, where it differs from what it shows (a dash: «ingen tall»).
    const label = node.attrs['aria-label'];
    const html = label ? `<span aria-hidden="true">${found.html}</span><span class="sr">${escapeText(label)}</span>` : found.html;
    const cls = [style?.bold && !boldByDefault ? 'b' : '', !style?.bold && boldByDefault && style ? 'r' : '', anchor === 'end' ? 'e' : ''].filter(Boolean).join(' ');
    // A title's longest word, in em: on a phone the title is set no larger than that word fits.
    const lw = tag === 'h2' && longestWord > 8 ? longestWord : undefined;
    return `<${tag}${attrs}${cls ? ` class="${cls}"` : ''}${style ? vars({ s: style.size, c: style.fill, lw }) : ''}>${html}</${tag}>`;
  };

  const list = (node: SvgElement): string => {
    const items = childElements(node).flatMap((c) => {
      if (isLayout(c)) {
        deco.push(source(c));
        return [];
      }
      return [block('li', c)];
    });
    return `<ul>${items.join('')}</ul>`;
  };

  const table = (node: SvgElement): string => {
    const rows: { header: boolean; html: string }[] = [];
    const box = tableBox(node);
    let swatch: string | undefined;
    for (const row of childElements(node)) {
      if (isLayout(row) || !collapse(shownText(row))) {
        deco.push(source(row));
        // A small square before a row is its colour key (the year's colour in the chart above).
        const w = Number(row.attrs.width);
        if (row.tag === 'rect' && w > 0 && w <= 12 && w === Number(row.attrs.height)) swatch = row.attrs.fill;
        continue;
      }
      const cells = role(row) === 'table-row' ? childElements(row) : [row];
      for (const c of cells) if (isLayout(c)) deco.push(source(c));
      const shown = cells.filter((c) => !isLayout(c));
      const header = shown.every((c) => role(c) === 'table-header-cell');
      let key = swatch ? `<span class="sw" aria-hidden="true"${vars({ c: swatch })}></span>` : '';
      swatch = undefined;
      const html = shown.map((c) => {
        const empty = !collapse(shownText(c));
        const th = role(c) === 'table-header-cell' && !empty;
        const cell = block(th ? 'th' : 'td', c, th ? ` scope="${header ? 'col' : 'row'}"` : '', th);
        const withKey = key ? cell.replace(/^(<t[hd][^>]*>)/, `$1${key}`) : cell;
        key = '';
        return withKey;
      });
      rows.push({ header, html: `<tr>${html.join('')}</tr>` });
    }
    const head = rows[0]?.header ? rows.shift()!.html : '';
    // A region that can take focus: on a narrow screen a wide table scrolls, also by keyboard.
    const label = TEXT.tableOn(page, ++tables);
    return `<section class="table" tabindex="0" aria-label="${label}"${vars({ tx: box.x, ty: box.y, tw: box.width, th: box.height })}><table>${head ? `<thead>${head}</thead>` : ''}<tbody>${rows.map((r) => r.html).join('')}</tbody></table></section>`;
  };

  const chart = (c: SvgElement): string => {
    const box = (c.attrs['data-box'] ?? '').split(/\s+/).map(Number);
    const [x, y, w, h] = box.length === 4 && box.every(Number.isFinite) ? box : [0, 0, PAGE.width, PAGE.height];
    const inner = svg.slice(c.openEnd, c.end - `</${c.tag}>`.length);
    const alt = c.attrs['aria-label'] || 'Diagram';
    return `<svg class="chart" role="img" aria-label="${escapeAttr(alt)}" viewBox="0 0 ${w} ${h}"${vars({ x, y, w, h })}>${inner}</svg>`;
  };

  const heading = (c: SvgElement): string => {
    const level = headingLevel(c);
    const first = !headingId && level === 2;
    if (first) headingId = `${id}-tittel`;
    return block(`h${level}`, c, first ? ` id="${headingId}"` : '', true);
  };

  /** A picture, its bytes already in the SVG as a data: URL (render/pictures), with its caption. */
  const figure = (c: SvgElement, caption: SvgElement | undefined): string => {
    const image = childElements(c).find((e) => e.tag === 'image');
    const box = (c.attrs['data-box'] ?? '').split(/\s+/).map(Number);
    const [x, y, w, h] = (box.length === 4 && box.every(Number.isFinite) ? box : [0, 0, PAGE.width, PAGE.height]) as [number, number, number, number];
    const src = image?.attrs.href ?? image?.attrs['xlink:href'] ?? '';
    const img = `<img class="chart picture" src="${escapeAttr(src)}" alt="${escapeAttr(c.attrs['aria-label'] ?? '')}" width="${Math.round(w)}" height="${Math.round(h)}"${vars({ x, y, w, h })}>`;
    return `<figure>${img}${caption ? block('figcaption', caption) : ''}</figure>`;
  };

  const byRole: Record<string, (e: SvgElement) => string> = { heading, list, table, chart };
  const children = childElements(root);
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (role(c) === 'figure') {
      const next = children.slice(i + 1).find((e) => !isLayout(e));
      const caption = next && role(next) === 'caption' ? next : undefined;
      // The frame and other decoration between the picture and its caption go to the layer.
      if (caption) for (const e of children.slice(i + 1, children.indexOf(caption))) deco.push(source(e));
      body.push(figure(c, caption));
      if (caption) i = children.indexOf(caption);
      continue;
    }
    const make = byRole[role(c) ?? ''];
    if (make) body.push(make(c));
    else if (isLayout(c) || c.tag === 'defs' || c.tag === 'style' || !collapse(shownText(c))) {
      if (role(c) === 'decoration' && coversSlide(c)) background = c.attrs.fill;
      deco.push(source(c));
    }
    // Paragraphs, a link on its own, and (should there be any) text without a role: paragraphs.
    else body.push(block('p', c));
  }
  const layer = `<svg class="deco" viewBox="0 0 ${PAGE.width} ${PAGE.height}" aria-hidden="true" focusable="false">${deco.join('')}</svg>`;
  return { html: layer + body.join(''), headingId, background };
}

function coversSlide(e: SvgElement): boolean {
  const a = e.attrs;
  return e.tag === 'rect' && Number(a.x ?? 0) <= 0 && Number(a.y ?? 0) <= 0 && Number(a.width) >= PAGE.width && Number(a.height) >= PAGE.height;
}

/**
 * Where a table sits on the slide: around its shapes (row backgrounds, rules) and its text. The
 * page gives this box to the table, so that its focus ring, on a wide screen, is drawn around it.
 */
function tableBox(node: SvgElement): { x: number; y: number; width: number; height: number } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (e: SvgElement) => {
    const a = e.attrs;
    if (e.tag === 'rect') {
      x0 = Math.min(x0, Number(a.x));
      y0 = Math.min(y0, Number(a.y));
      x1 = Math.max(x1, Number(a.x) + Number(a.width));
      y1 = Math.max(y1, Number(a.y) + Number(a.height));
    } else if (e.tag === 'text' && a.x !== undefined) {
      const size = Number(a['font-size']) || 16;
      x0 = Math.min(x0, Number(a.x));
      x1 = Math.max(x1, Number(a.x));
      y0 = Math.min(y0, Number(a.y) - size);
      y1 = Math.max(y1, Number(a.y) + size * 0.3);
    }
    childElements(e).forEach(visit);
  };
  visit(node);
  if (!Number.isFinite(x0)) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A link's underline as the render stage draws it: a thin rect just below the link's run. */
function isUnderline(e: SvgElement, runs: Run[]): boolean {
  if (e.tag !== 'rect') return false;
  const x = Number(e.attrs.x);
  const y = Number(e.attrs.y);
  return runs.some((r) => r.href !== undefined && Math.abs(r.x - x) < 0.02 && y > r.y && y < r.y + r.size * 0.3);
}

/** Runs as positioned spans; consecutive runs of one link in one <a>; spaces where the slide has gaps. */
function runsHtml(runs: Run[], block: BlockStyle): string {
  let out = '';
  for (let i = 0; i < runs.length; ) {
    const r = runs[i]!;
    if (i > 0) out += separator(runs[i - 1]!, r);
    if (r.href === undefined) {
      out += span(r, block);
      i++;
      continue;
    }
    let inner = span(r, block);
    let j = i + 1;
    for (; j < runs.length && runs[j]!.href === r.href; j++) inner += separator(runs[j - 1]!, runs[j]!) + span(runs[j]!, block);
    out += `<a href="${escapeAttr(r.href)}"${r.fill !== block.fill ? vars({ c: r.fill }) : ''}>${inner}</a>`;
    i = j;
  }
  return out;
}

function span(r: Run, block: BlockStyle): string {
  const tag = r.bold && !block.bold ? 'strong' : 'span';
  const cls = ['l', !r.bold && block.bold ? 'r' : '', r.anchor === 'end' ? 'ae' : r.anchor === 'middle' ? 'am' : ''].filter(Boolean).join(' ');
  const props = vars({ x: r.x, y: r.y, s: r.size !== block.size ? r.size : undefined, c: r.href === undefined && r.fill !== block.fill ? r.fill : undefined });
  return `<${tag} class="${cls}"${props}>${escapeText(r.text)}</${tag}>`;
}

/** What stands between two runs in the text: a space, or nothing where one word goes on. */
function separator(prev: Run, next: Run): string {
  if (next.lineStart) {
    // A long address broken over two lines at its own punctuation is one word.
    const brokenWord = prev.href !== undefined && prev.href === next.href && /[/.\-?&=@_#:]$/.test(prev.text);
    return brokenWord ? '' : ' ';
  }
  if (prev.anchor || next.anchor || Math.abs(prev.y - next.y) > 0.01) return ' ';
  const end = prev.x + textWidth(prev.text, prev.size, prev.bold ? 'bold' : 'regular');
  return next.x - end > prev.size * 0.1 ? ' ' : '';
}
