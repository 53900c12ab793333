/**
 * Inline text → styled runs. Editors write plain text with `[text](url)` links and `**bold**`;
 * bare URLs, bare domains such as status.digdir.no and e-mail addresses become links by themselves.
 */
export interface Run {
  text: string;
  bold: boolean;
  href?: string;
}

const MARKUP = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
// Order matters: e-mail before domain, so that "a@digdir.no" is one mailto link.
const AUTOLINK =
  /(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?<url>https?:\/\/[^\s<>«»"]+)|(?<domain>\b(?:www\.)?(?:[a-z0-9-]+\.)+(?:no|com|org|io|net|eu)(?:\/[^\s<>«»"]*)?)/gi;

export function parseInline(source: string, bold = false): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of source.matchAll(MARKUP)) {
    if (m.index > last) runs.push(...autolink(source.slice(last, m.index), bold));
    if (m[1] !== undefined) runs.push(...parseInline(m[1], true));
    else runs.push({ text: m[2]!, bold, href: m[3]! });
    last = m.index + m[0].length;
  }
  if (last < source.length) runs.push(...autolink(source.slice(last), bold));
  return merge(runs);
}

function autolink(text: string, bold: boolean): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(AUTOLINK)) {
    let shown = m[0];
    // Sentence punctuation after a link is not part of it.
    const trail = /[.,;:!?)]+$/.exec(shown)?.[0] ?? '';
    shown = shown.slice(0, shown.length - trail.length);
    if (!shown) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), bold });
    const g = m.groups!;
    const href = g.email ? `mailto:${shown}` : g.url ? shown : `https://${shown}`;
    runs.push({ text: shown, bold, href });
    last = m.index + shown.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), bold });
  return runs;
}

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    if (prev && prev.bold === r.bold && prev.href === r.href) prev.text += r.text;
    else if (r.text) out.push({ ...r });
  }
  return out;
}

/** The text a reader sees, without markup. */
export function plainText(source: string): string {
  return parseInline(source).map((r) => r.text).join('');
}
