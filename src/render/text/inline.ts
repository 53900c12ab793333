/**
 * Inline text → styled runs. Editors write plain text with `[text](url)` links and `**bold**`;
 * bare URLs, bare domains such as status.digdir.no and e-mail addresses become links by themselves,
 * unless auto-linking is off (titles, headings and subtitles, or a text with `autolink: false`).
 */
export interface Run {
  text: string;
  bold: boolean;
  href?: string;
}

export interface InlineOptions {
  /** Whether bare URLs, domains and e-mail addresses become links (default true). */
  autolink?: boolean;
}

const MARKUP = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
// Order matters: e-mail before domain, so that "a@digdir.no" is one mailto link.
const AUTOLINK =
  /(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?<url>https?:\/\/[^\s<>«»"]+)|(?<domain>\b(?:www\.)?(?:[a-z0-9-]+\.)+(?:no|com|org|io|net|eu)(?:\/[^\s<>«»"]*)?)/gi;

export function parseInline(source: string, options: InlineOptions = {}): Run[] {
  return merge(parse(source, false, options.autolink ?? true));
}

function parse(source: string, bold: boolean, auto: boolean): Run[] {
  const runs: Run[] = [];
  let last = 0;
  const plain = (text: string) => (auto ? autolink(text, bold) : [{ text, bold }]);
  for (const m of source.matchAll(MARKUP)) {
    if (m.index > last) runs.push(...plain(source.slice(last, m.index)));
    if (m[1] !== undefined) runs.push(...parse(m[1], true, auto));
    else runs.push({ text: m[2]!, bold, href: linkTarget(m[3]!) });
    last = m.index + m[0].length;
  }
  if (last < source.length) runs.push(...plain(source.slice(last)));
  return runs;
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
    runs.push({ text: shown, bold, href: linkTarget(href) });
    last = m.index + shown.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), bold });
  return runs;
}

/**
 * Host names are case-insensitive, but a sentence may start with one («Altinndigital.no …»):
 * the link target gets the host in lower case (the shown text keeps the editor's spelling).
 * Paths, queries and the part of an e-mail address before @ are left as written.
 */
export function linkTarget(href: string): string {
  const web = /^(https?:\/\/)([^/?#]*)(.*)$/is.exec(href);
  if (web) return `${web[1]!.toLowerCase()}${web[2]!.toLowerCase()}${web[3]}`;
  const mail = /^(mailto:)([^@?]*@)([^?]*)(.*)$/is.exec(href);
  if (mail) return `${mail[1]!.toLowerCase()}${mail[2]}${mail[3]!.toLowerCase()}${mail[4]}`;
  return href;
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
