/**
 * Inline text → styled runs. Editors write plain text with `[text](url)` links and `**bold**`;
 * bare URLs, bare domains such as status.digdir.no and e-mail addresses become links by themselves,
 * unless auto-linking is off (titles, headings and subtitles, or a text with `autolink: false`).
 *
 * The text is read in one pass from left to right, with what each position needs to know (where
 * the next `**`, `]` or space is, where a run of name characters ends, whether a chain of
 * `label.label.` ends in a known top-level domain) worked out beforehand, right to left, so that the
 * time grows with the length of the text and not with its square: a text made of `a.a.a.a…` or
 * `[[[[…` is read as fast as prose. What is found is what these patterns find, leftmost first:
 *
 *   markup    \*\*(.+?)\*\*  |  \[([^\]]+)\]\(([^)\s]+)\)
 *   e-mail    [\w.+-]+@[\w-]+(?:\.[\w-]+)+
 *   url       https?://[^\s<>«»"]+                                  (any case)
 *   domain    \b(?:www\.)?(?:[a-z0-9-]+\.)+(?:no|com|org|io|net|eu)(?:/[^\s<>«»"]*)?   (any case)
 */
import { msg } from '../../messages/index.js';
import { excerpt } from '../../messages/types.js';

export interface Run {
  text: string;
  bold: boolean;
  href?: string;
}

export interface InlineOptions {
  /** Whether bare URLs, domains and e-mail addresses become links (default true). */
  autolink?: boolean;
}

export function parseInline(source: string, options: InlineOptions = {}): Run[] {
  return merge(parse(source, false, options.autolink ?? true));
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;

/** The markup of `source`, leftmost first: bold spans and written links. */
function parse(source: string, bold: boolean, auto: boolean): Run[] {
  const runs: Run[] = [];
  const n = source.length;
  // nextStars[i]: the first i' ≥ i where «**» starts; nextBreak[i]: the first line break at or after i;
  // nextClose[i]: the first «]»; targetEnd[i]: the first «)» or space.
  const nextStars = new Int32Array(n + 2).fill(n);
  const nextBreak = new Int32Array(n + 2).fill(n);
  const nextClose = new Int32Array(n + 2).fill(n);
  const targetEnd = new Int32Array(n + 2).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const c = source[i]!;
    nextStars[i] = c === '*' && source[i + 1] === '*' ? i : nextStars[i + 1]!;
    nextBreak[i] = LINE_BREAK.test(c) ? i : nextBreak[i + 1]!;
    nextClose[i] = c === ']' ? i : nextClose[i + 1]!;
    targetEnd[i] = c === ')' || SPACE.test(c) ? i : targetEnd[i + 1]!;
  }
  const plain = (text: string) => (auto ? autolink(text, bold) : [{ text, bold }]);
  let last = 0;
  for (let i = 0; i < n; ) {
    if (source[i] === '*' && source[i + 1] === '*') {
      const close = nextStars[i + 3] ?? n;
      if (close < n && nextBreak[i + 2]! >= close) {
        if (i > last) runs.push(...plain(source.slice(last, i)));
        runs.push(...parse(source.slice(i + 2, close), true, auto));
        i = last = close + 2;
        continue;
      }
    } else if (source[i] === '[') {
      const close = nextClose[i + 1]!;
      if (close > i + 1 && close < n && source[close + 1] === '(') {
        const end = targetEnd[close + 2] ?? n;
        if (end > close + 2 && source[end] === ')') {
          if (i > last) runs.push(...plain(source.slice(last, i)));
          runs.push({ text: source.slice(i + 1, close), bold, href: linkTarget(source.slice(close + 2, end)) });
          i = last = end + 1;
          continue;
        }
      }
    }
    i++;
  }
  if (last < n) runs.push(...plain(source.slice(last)));
  return runs;
}

const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);
/** Characters of the part before @ in an e-mail address. */
const isLocal = (c: string | undefined) => c !== undefined && /[\w.+-]/.test(c);
/** Characters of a domain label after @. */
const isMailLabel = (c: string | undefined) => c !== undefined && /[\w-]/.test(c);
/** Characters of a domain label. */
const isLabel = (c: string | undefined) => c !== undefined && /[a-z0-9-]/i.test(c);
/** What ends a web address. */
const ENDS_URL = /[\s<>«»"]/;
/** Top-level domains that make a bare domain a link, in the order they are tried. */
const TLDS = ['no', 'com', 'org', 'io', 'net', 'eu'];
const TLD_STARTS: ReadonlySet<string> = new Set(TLDS.flatMap((t) => [t[0]!, t[0]!.toUpperCase()]));

/** Bare e-mail addresses, web addresses and domains in a plain text, as links. */
function autolink(text: string, bold: boolean): Run[] {
  const n = text.length;
  const localEnd = new Int32Array(n + 1).fill(n);
  const labelEnd = new Int32Array(n + 1).fill(n);
  const urlEnd = new Int32Array(n + 1).fill(n);
  // lastTld[q], for q just after a dot: where the last top-level domain of the chain of labels
  // from q starts (the longest domain the pattern takes), or -1.
  const lastTld = new Int32Array(n + 2).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    localEnd[i] = isLocal(text[i]) ? localEnd[i + 1]! : i;
    labelEnd[i] = isLabel(text[i]) ? labelEnd[i + 1]! : i;
    urlEnd[i] = ENDS_URL.test(text[i]!) ? i : urlEnd[i + 1]!;
    const r = labelEnd[i]!;
    const further = r > i && text[r] === '.' ? lastTld[r + 1]! : -1;
    lastTld[i] = further >= 0 ? further : tldAt(text, i) ? i : -1;
  }
  const mailEnds = new Map<number, number>();

  const email = (i: number): number => {
    const at = localEnd[i]!;
    if (at === i || text[at] !== '@') return -1;
    let end = mailEnds.get(at);
    if (end === undefined) {
      end = -1;
      let j = at + 1;
      while (isMailLabel(text[j])) j++;
      if (j > at + 1) {
        while (text[j] === '.' && isMailLabel(text[j + 1])) {
          j += 2;
          while (isMailLabel(text[j])) j++;
          end = j;
        }
      }
      mailEnds.set(at, end);
    }
    return end;
  };
  const url = (i: number): number => {
    const m = /^https?:\/\//i.exec(text.slice(i, i + 8));
    if (!m) return -1;
    const start = i + m[0].length;
    return urlEnd[start]! > start ? urlEnd[start]! : -1;
  };
  const domain = (i: number): number => {
    if (isWord(text[i - 1]) === isWord(text[i])) return -1; // \b
    const chain = (from: number) => {
      const r = labelEnd[from]!;
      return r > from && text[r] === '.' ? lastTld[r + 1]! : -1;
    };
    let tld = /^www\./i.test(text.slice(i, i + 4)) ? chain(i + 4) : -1;
    if (tld < 0) tld = chain(i);
    if (tld < 0) return -1;
    let end = tld + tldAt(text, tld)!.length;
    if (text[end] === '/') end = urlEnd[end]!;
    return end;
  };

  const runs: Run[] = [];
  let last = 0;
  for (let i = 0; i < n; ) {
    let kind: 'email' | 'url' | 'domain' = 'email';
    let end = email(i);
    if (end < 0) [kind, end] = ['url', url(i)];
    if (end < 0) [kind, end] = ['domain', domain(i)];
    if (end < 0) {
      i++;
      continue;
    }
    // Sentence punctuation after a link is not part of it.
    let shownEnd = end;
    while (shownEnd > i && '.,;:!?)'.includes(text[shownEnd - 1]!)) shownEnd--;
    if (shownEnd > i) {
      const shown = text.slice(i, shownEnd);
      if (i > last) runs.push({ text: text.slice(last, i), bold });
      const href = kind === 'email' ? `mailto:${shown}` : kind === 'url' ? shown : `https://${shown}`;
      runs.push({ text: shown, bold, href: linkTarget(href) });
      last = shownEnd;
    }
    i = end;
  }
  if (last < n) runs.push({ text: text.slice(last), bold });
  return runs;
}

/** The top-level domain that starts at `i`, if any (the first of TLDS that fits, in any case). */
function tldAt(text: string, i: number): string | undefined {
  // Asked at every position of a text: most letters start no top-level domain.
  if (!TLD_STARTS.has(text[i]!)) return undefined;
  const ahead = text.slice(i, i + 3).toLowerCase();
  return TLDS.find((t) => ahead.startsWith(t));
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

/**
 * What stops a text from being drawn as written, if anything: a link to anything but a web page or
 * an e-mail address (`javascript:`, `file:`, `data:`, `smb:`, `ftp:` … are not made clickable, and
 * a target without https:// would lead nowhere), or `**` left without its closing `**`.
 */
export function inlineProblem(runs: readonly Run[]): string | undefined {
  for (const r of runs) {
    if (r.href !== undefined) {
      const problem = linkProblem(r.href);
      if (problem) return problem;
    }
    if (r.text.includes('**')) return msg().security.unclosedBold();
  }
  return undefined;
}

/** Only web pages (http, https, with a host) and e-mail addresses are links. */
export function linkProblem(href: string): string | undefined {
  if (/^https?:\/\/[^\s/?#]/i.test(href) || /^mailto:[^\s@]+@[^\s@]+$/i.test(href)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return msg().security.unsafeLink(excerpt(href, 60));
  return msg().security.linkWithoutScheme(excerpt(href, 60));
}

/** The text a reader sees, without markup. */
export function plainText(source: string): string {
  return parseInline(source).map((r) => r.text).join('');
}
