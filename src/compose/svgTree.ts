/**
 * A small, fast reader for the slide SVGs the render stage writes (well-formed XML, no DTD),
 * keeping each element's parent and its offsets in the source.
 */

export interface SvgElement {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  children: SvgNode[];
  /** Offset of `<` of the start tag. */
  start: number;
  /** Offset just after the start tag (`>` or `/>`). */
  openEnd: number;
  /** Offset just after the end tag (equals openEnd for `<x/>`). */
  end: number;
  parent?: SvgElement;
}

export interface SvgText {
  tag: '#text';
  text: string;
  start: number;
  end: number;
}

export type SvgNode = SvgElement | SvgText;

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses an SVG document; throws on anything that is not well-formed. */
export function parseSvg(src: string): SvgElement {
  const root: SvgElement = { tag: '#document', attrs: {}, children: [], start: 0, openEnd: 0, end: src.length };
  let current = root;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(src); m; m = TOKEN.exec(src)) {
    if (m.index > last) current.children.push({ tag: '#text', text: src.slice(last, m.index), start: last, end: m.index });
    last = TOKEN.lastIndex;
    const [whole, close, tag, attrText, selfClose] = m;
    if (tag === undefined) {
      if (whole.startsWith('<![CDATA[')) current.children.push({ tag: '#text', text: whole, start: m.index, end: last });
      continue; // comment or processing instruction
    }
    if (close) {
      if (current.tag !== tag) throw new Error(`svg: </${tag}> at offset ${m.index} closes <${current.tag}>`);
      current.end = last;
      current = current.parent!;
      continue;
    }
    const attrs: Record<string, string> = {};
    if (attrText) {
      ATTR.lastIndex = 0;
      for (let a = ATTR.exec(attrText); a; a = ATTR.exec(attrText)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
    }
    const el: SvgElement = { tag, attrs, children: [], start: m.index, openEnd: last, end: last, parent: current };
    current.children.push(el);
    if (selfClose) continue;
    current = el;
  }
  if (current !== root) throw new Error(`svg: <${current.tag}> is never closed`);
  if (last < src.length) root.children.push({ tag: '#text', text: src.slice(last), start: last, end: src.length });
  const svg = root.children.find((c): c is SvgElement => c.tag === 'svg');
  if (!svg) throw new Error('svg: no <svg> element');
  return svg;
}

export function isElement(n: SvgNode): n is SvgElement {
  return !('text' in n);
}

/** The element's child elements (text nodes left out). */
export function elements(el: SvgElement): SvgElement[] {
  return el.children.filter(isElement);
}

/** The text an element shows, entities decoded, whitespace collapsed as SVG does by default. */
export function textContent(node: SvgNode): string {
  return isElement(node) ? node.children.map(textContent).join('') : decode(node.text);
}

export function plainText(node: SvgNode): string {
  return textContent(node).replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decode(s: string): string {
  if (s.startsWith('<![CDATA[')) return s.slice(9, -3);
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? all;
  });
}
