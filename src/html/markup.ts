/** Small pieces for writing HTML by hand: escaping, numbers, custom properties. */

export const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** A coordinate as written in the page: at most two decimals, no trailing zeros. */
export const coord = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A style attribute of custom properties only (`--x:48;--y:69.4`), or nothing: positions and sizes
 * come from the slide, the rules that use them live in the style sheet.
 */
export function vars(props: Record<string, string | number | undefined>): string {
  const set = Object.entries(props).filter((e): e is [string, string | number] => e[1] !== undefined);
  if (!set.length) return '';
  return ` style="${set.map(([k, v]) => `--${k}:${typeof v === 'number' ? coord(v) : escapeAttr(v)}`).join(';')}"`;
}

/** The text of an HTML fragment as a reader sees it: tags left out, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|nbsp);/gi, (_all, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' } as Record<string, string>)[e.toLowerCase()]!;
    });
}

/** The pages' icon, in the page itself (a browser would otherwise ask for /favicon.ico): a blue slide. */
export const ICON_LINK = `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0062BA"/><rect x="3" y="4.5" width="10" height="2" fill="#fff"/><rect x="3" y="8.5" width="6" height="1.5" fill="#fff"/></svg>',
)}">`;
