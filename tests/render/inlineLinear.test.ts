/**
 * Inline text is read in one pass (src/render/text/inline.ts), and reads exactly what the patterns
 * it replaces read: a property test compares it with those patterns, kept here as the reference,
 * on random texts made of the characters that matter (markup, dots, @, slashes, brackets, spaces,
 * line breaks, letters of top-level domains). (That texts made to make the patterns backtrack are
 * read in time that grows with their length is measured by npm run bench:hostile.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkTarget, parseInline, type Run } from '../../src/render/text/inline.js';

// ---------- the reference: the patterns as they were, applied as they were ----------

const MARKUP = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
const AUTOLINK =
  /(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?<url>https?:\/\/[^\s<>«»"]+)|(?<domain>\b(?:www\.)?(?:[a-z0-9-]+\.)+(?:no|com|org|io|net|eu)(?:\/[^\s<>«»"]*)?)/gi;

function reference(source: string, autolinks = true): Run[] {
  const parse = (s: string, bold: boolean): Run[] => {
    const runs: Run[] = [];
    let last = 0;
    const plain = (text: string) => (autolinks ? auto(text, bold) : [{ text, bold }]);
    for (const m of s.matchAll(MARKUP)) {
      if (m.index > last) runs.push(...plain(s.slice(last, m.index)));
      if (m[1] !== undefined) runs.push(...parse(m[1], true));
      else runs.push({ text: m[2]!, bold, href: linkTarget(m[3]!) });
      last = m.index + m[0].length;
    }
    if (last < s.length) runs.push(...plain(s.slice(last)));
    return runs;
  };
  const auto = (text: string, bold: boolean): Run[] => {
    const runs: Run[] = [];
    let last = 0;
    for (const m of text.matchAll(AUTOLINK)) {
      let shown = m[0];
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
  };
  const out: Run[] = [];
  for (const r of parse(source, false)) {
    const prev = out[out.length - 1];
    if (prev && prev.bold === r.bold && prev.href === r.href) prev.text += r.text;
    else if (r.text) out.push({ ...r });
  }
  return out;
}

// ---------- texts ----------

const PIECES = ['a', 'B', 'x', '1', '-', '_', '.', ',', ')', '(', '[', ']', '*', '**', '@', '+', '/', ':', ' ', '\n', '«', '"',
  'no', 'NO', 'com', 'org', 'io', 'net', 'eu', 'www.', 'WWW.', 'http://', 'https://', 'HTTPS://', 'æ', 'é', '\u00a0'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('reading inline text in one pass', () => {
  it('finds the same bold, links and plain text as the patterns it replaces', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, autolink) => {
        expect(parseInline(s, { autolink })).toEqual(reference(s, autolink));
      }),
      { numRuns: 3000 },
    );
  });

  it('on the November edition’s own kinds of text', () => {
    for (const s of [
      'Skriv til tjenesteeier@altinn.no, se https://status.digdir.no/. Eller status.digdir.no.',
      'Publisert på Altinndigital.no. Se [her](HTTPS://Docs.Altinn.Studio/NB/Api) eller skriv til Ola.Nordmann@Digdir.NO',
      'Les **mer** [her](https://samarbeid.digdir.no/) og **mer** på www.altinn.no/nyheter.',
      '***a** og **a*** og (se data.altinn.no).',
    ]) expect(parseInline(s)).toEqual(reference(s));
  });
});
