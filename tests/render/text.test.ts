import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/fonts.js';
import { parseInline, plainText } from '../../src/render/text/inline.js';
import { FitError, flowSvg, headingSvg, textBox } from '../../src/render/text/textSvg.js';
import { wrapRuns } from '../../src/render/text/wrap.js';

describe('inline text', () => {
  it('turns e-mail addresses, URLs and bare domains into links, without trailing punctuation', () => {
    const runs = parseInline('Skriv til tjenesteeier@altinn.no, se https://status.digdir.no/. Eller status.digdir.no.');
    expect(runs.filter((r) => r.href).map((r) => [r.text, r.href])).toEqual([
      ['tjenesteeier@altinn.no', 'mailto:tjenesteeier@altinn.no'],
      ['https://status.digdir.no/', 'https://status.digdir.no/'],
      ['status.digdir.no', 'https://status.digdir.no'],
    ]);
    expect(plainText('Se [her](https://x.no/a).')).toBe('Se her.');
  });

  it('writes link targets with the host in lower case, and keeps the shown text as written', () => {
    const runs = parseInline('Publisert på Altinndigital.no. Se [her](HTTPS://Docs.Altinn.Studio/NB/Api) eller skriv til Ola.Nordmann@Digdir.NO');
    expect(runs.filter((r) => r.href).map((r) => [r.text, r.href])).toEqual([
      ['Altinndigital.no', 'https://altinndigital.no'],
      ['her', 'https://docs.altinn.studio/NB/Api'],
      ['Ola.Nordmann@Digdir.NO', 'mailto:Ola.Nordmann@digdir.no'],
    ]);
  });

  it('with autolink off, leaves bare addresses as text but keeps written links', () => {
    const runs = parseInline('Fra data.altinn.no og post@digdir.no, se [status](https://status.digdir.no/)', { autolink: false });
    expect(runs.filter((r) => r.href).map((r) => r.text)).toEqual(['status']);
    expect(runs.map((r) => r.text).join('')).toBe('Fra data.altinn.no og post@digdir.no, se status');
  });

  it('reads **bold** and [text](url)', () => {
    expect(parseInline('Les **mer** [her](https://samarbeid.digdir.no/)')).toEqual([
      { text: 'Les ', bold: false },
      { text: 'mer', bold: true },
      { text: ' ', bold: false },
      { text: 'her', bold: false, href: 'https://samarbeid.digdir.no/' },
    ]);
  });
});

describe('wrapping with the embedded font', () => {
  const text = 'Tilgangspakkene er nå tilgjengelig i Altinn Studio for å settes på apper og ressurser, men det er foreløpig ikke mulig å verifisere tilgang til en tjeneste via tilgangspakkene.';

  it('never lets a line cross its box', () => {
    for (const width of [120, 200, 333, 500]) {
      for (const line of wrapRuns(parseInline(text), width, 14)) {
        expect(line.width).toBeLessThanOrEqual(width + 0.001);
        // The space kept at a wrap hangs past the line's end: it draws nothing.
        const measured = line.pieces.reduce((w, p) => w + textWidth(p.text, 14, p.bold ? 'bold' : 'regular'), 0) - (line.pieces.at(-1)!.text.endsWith(' ') ? textWidth(' ', 14) : 0);
        expect(measured).toBeLessThanOrEqual(width + 0.001);
      }
    }
  });

  it('keeps every word, in order, and the space at each wrap (so copied text has its words apart)', () => {
    const lines = wrapRuns(parseInline(text), 200, 14);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join('')).join('')).toBe(text);
    for (const l of lines.slice(0, -1)) expect(l.pieces.at(-1)!.text).toMatch(/\S $/);
    expect(lines.at(-1)!.pieces.at(-1)!.text).toMatch(/\S$/);
  });

  it('breaks a URL longer than the line at its slashes', () => {
    const url = 'https://docs.altinn.studio/nb/api/accessmanagement/resourceowneropenapi/#/Authorized%20Parties/post_resourceowner_authorizedparties';
    const lines = wrapRuns(parseInline(url), 250, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.width <= 250)).toBe(true);
    expect(lines.map((l) => l.pieces[0]!.text).join('')).toBe(url);
    expect(lines.every((l) => l.pieces[0]!.href === url)).toBe(true);
  });

  it('does not break at a no-break space (numbers stay whole)', () => {
    const lines = wrapRuns(parseInline('Verdien var 12\u00a0473\u00a0228 i mars'), textWidth('Verdien var 12 473', 14) + 1, 14);
    expect(lines.some((l) => l.pieces.some((p) => p.text.includes('12\u00a0473\u00a0228')))).toBe(true);
  });
});

describe('fit checks', () => {
  it('fails with the field when a text needs more lines than allowed', () => {
    expect(() => textBox('ord '.repeat(80), { x: 0, y: 0, width: 200, maxLines: 2 }, { size: 20 }, ['title'])).toThrowError(FitError);
    try {
      textBox('ord '.repeat(80), { x: 0, y: 0, width: 200, maxLines: 2 }, { size: 20 }, ['title']);
    } catch (e) {
      expect((e as FitError).field).toEqual(['title']);
      expect((e as FitError).message).toMatch(/trenger \d+ linjer, men det er plass til 2/);
    }
  });

  it('names the block that crosses the bottom of the body box', () => {
    const body = [{ text: 'kort' }, { bullets: ['a', 'b', { text: 'c', bullets: ['lang '.repeat(200)] }] }];
    try {
      flowSvg(body, { x: 0, y: 0, width: 300, height: 120 }, { size: 14 }, ['body']);
      expect.unreachable();
    } catch (e) {
      expect((e as FitError).field).toEqual(['body', 1, 'bullets', 2, 'bullets', 0]);
    }
  });

  it('never makes a bare address in a title, heading or footer a link; in running text only without autolink: false', () => {
    const links = (svg: string) => [...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links(textBox('data.altinn.no – Bits', { x: 0, y: 0, width: 600 }, { size: 26 }, ['title'], 'heading').svg)).toEqual([]);
    expect(links(textBox('Altinn – status.digdir.no', { x: 0, y: 0, width: 600 }, { size: 9 }, ['deck', 'footer'], 'artifact').svg)).toEqual([]);
    expect(links(textBox('Se status.digdir.no', { x: 0, y: 0, width: 600 }, { size: 14 }, ['intro']).svg)).toEqual(['https://status.digdir.no']);
    expect(links(textBox('Se status.digdir.no', { x: 0, y: 0, width: 600 }, { size: 14 }, ['intro'], 'paragraph', false).svg)).toEqual([]);
    const body = [
      { heading: 'Om data.altinn.no' },
      { text: 'Data.altinn.no lar deg hente data.', autolink: false },
      { text: 'Se status.digdir.no.' },
      { bullets: [{ text: 'data.altinn.no', autolink: false }, 'Maskinporten på docs.digdir.no'] },
    ];
    expect(links(flowSvg(body, { x: 0, y: 0, width: 600, height: 400 }, { size: 14 }, ['body']).svg)).toEqual(['https://status.digdir.no', 'https://docs.digdir.no']);
  });

  it('tags each element with its role', () => {
    const { svg } = flowSvg([{ heading: 'H' }, { text: 'P [lenke](https://x.no)' }, { bullets: ['a'] }], { x: 0, y: 0, width: 300, height: 300 }, { size: 14 }, ['body']);
    for (const role of ['heading', 'paragraph', 'list', 'list-item', 'link', 'decoration']) expect(svg).toContain(`data-role="${role}"`);
  });
});

describe('headings in several pieces', () => {
  const part = (text: string, top: number, size: number, bold = true) => ({
    lines: wrapRuns(parseInline(text, { autolink: false }), 760, size, bold),
    x: 72,
    top,
    width: 760,
    style: { size, bold, color: '#002C54' },
  });

  it('joins the pieces in one <text> with a space, each piece keeping its own size and weight', () => {
    const svg = headingSvg([part('1.', 150, 96), part('Plattformen', 290, 44, false)]);
    expect(svg.match(/<text\b/g)).toHaveLength(1);
    expect(svg).toMatch(/font-size="96" fill="#002C54" font-weight="bold">1\. <\/tspan>/);
    expect(svg).toMatch(/font-size="44" fill="#002C54" font-weight="normal">Plattformen<\/tspan>/);
  });

  it('breaks a long piece into lines as usual, joining only where one piece meets the next', () => {
    const long = part('Oppsummering fra Altinn sentralforvaltning for', 196, 40);
    long.width = 600;
    long.lines = wrapRuns(parseInline('Oppsummering fra Altinn sentralforvaltning for', { autolink: false }), 600, 40, true);
    expect(long.lines).toHaveLength(2);
    const svg = headingSvg([long, part('november 2025', 300, 26, false)]);
    const texts = svg.match(/<text\b[\s\S]*?<\/text>/g)!;
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/>sentralforvaltning for <\/tspan><tspan [^>]*>november 2025</);
  });
});
