/**
 * The HTML edition: the whole deck as one self-contained web page (`deck build --html` writes it
 * beside the PDF, dist/november-2025.html).
 *
 *   slide SVGs (the PDF's own) ─ slideHtml ─▶ one <section> per slide ─┐
 *   deck.yaml's sections ─────────────────▶ table of contents ────────┼─▶ page + style sheet + fonts
 *
 * Nothing is fetched: the style sheet is in the page, the fonts are subset WOFF2 in data: URLs, the
 * charts are inline SVG, a logo is a data: URL, and a Content-Security-Policy forbids anything else. The page has no script.
 * The same content gives the same bytes.
 */
import type { BuildResult } from '../build.js';
import { writeOutputFile } from '../output/writeFile.js';
import { MONTH_LONG } from '../render/format.js';
import { embeddedFontFaces } from './fonts.js';
import { inlineImages } from './images.js';
import { escapeAttr, escapeText, ICON_LINK, vars, visibleText } from './markup.js';
import { TEXT } from './messages.js';
import { slideHtml } from './slideHtml.js';
import { EDITION_CSS } from './style.js';

export type HtmlInput = Pick<BuildResult, 'edition' | 'slides'>;

/** Where the HTML edition goes: beside the PDF, with the same name (dist/november-2025.html). */
export function htmlPathFor(pdf: string): string {
  return pdf.replace(/\.pdf$/i, '') + '.html';
}

const slideId = (page: number) => `lysbilde-${page}`;

export async function htmlEdition({ edition, slides }: HtmlInput): Promise<string> {
  const { deck } = edition;
  const monthLabel = `${MONTH_LONG[edition.month - 1]} ${edition.year}`;
  const title = `${deck.title} – ${monthLabel}`;

  const sections = slides.map((s) => {
    const id = slideId(s.page);
    const r = slideHtml(inlineImages(s.svg), id, s.page);
    // Named by its title and its number: two slides may have the same title.
    const name = r.headingId ? ` aria-labelledby="${r.headingId} ${id}-nr"` : ` aria-label="${escapeAttr(`${s.title}, ${TEXT.slideOf(s.page, slides.length)}`)}"`;
    return (
      `<section class="slide-wrap" id="${id}"${name}>\n` +
      `<p class="no" id="${id}-nr">${TEXT.slideOf(s.page, slides.length)}</p>\n` +
      `<div class="slide" data-layout="${s.layout}"${vars({ bg: r.background })}>${r.html}</div>\n` +
      `</section>`
    );
  });

  const body = [
    `<a class="skip" href="#lysbilder">${TEXT.skipLink}</a>`,
    `<header class="top">`,
    `<h1>${escapeText(title)}</h1>`,
    `<p>${escapeText(deck.author)} · ${TEXT.slideCount(slides.length)}</p>`,
    `</header>`,
    contents(slides),
    `<main id="lysbilder">`,
    ...sections,
    `</main>`,
  ].join('\n');

  const fonts = await embeddedFontFaces(visibleText(body) + title);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttr(deck.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
    `<title>${escapeText(title)}</title>`,
    ICON_LINK,
    `<meta name="author" content="${escapeAttr(deck.author)}">`,
    `<meta name="description" content="${escapeAttr(`${deck.title} for ${monthLabel}`)}">`,
    `<style>\n${fonts}\n${EDITION_CSS.trim()}\n</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The table of contents: the sections of deck.yaml, each with its slides (as the PDF's bookmarks).
 * The slides before the first section (the title page, the agenda) come right after it anyway.
 */
function contents(slides: { page: number; title: string; opensSection?: number }[]): string {
  const link = (s: { page: number; title: string }) => `<a href="#${slideId(s.page)}">${escapeText(s.title)}</a>`;
  const items: string[] = [];
  let open: { head: string; kids: string[] } | undefined;
  const close = () => {
    if (open) items.push(`<li>${open.head}${open.kids.length ? `<ul>${open.kids.join('')}</ul>` : ''}</li>`);
    open = undefined;
  };
  for (const s of slides) {
    if (s.opensSection !== undefined) {
      close();
      open = { head: link(s), kids: [] };
    } else if (open) open.kids.push(`<li>${link(s)}</li>`);
    else if (!slides.some((x) => x.opensSection !== undefined)) items.push(`<li>${link(s)}</li>`);
  }
  close();
  return `<nav class="toc" aria-labelledby="innhold-tittel">\n<h2 id="innhold-tittel">${TEXT.contents}</h2>\n<ul>${items.join('\n')}</ul>\n</nav>`;
}

/**
 * Writes the HTML edition to `file` the way the PDF is written (src/output/writeFile.ts): only over
 * an HTML file or none, never over an input, and the previous file intact after any failure.
 */
export async function writeHtmlEdition(result: HtmlInput, file: string): Promise<string> {
  writeOutputFile(file, Buffer.from(await htmlEdition(result)), result.edition.dir, 'html');
  return file;
}
