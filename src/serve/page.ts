/**
 * The page of `deck serve`: every slide as the PDF draws it (the build's own slide SVGs, inline, in
 * the deck's fonts), each with its number and file name; a link to the PDF; content errors as an
 * overlay. A script keeps it current from the server's event stream (/hendelser): on every build
 * it fetches only the slides whose SVG changed (/lysbilder/<hash>.svg) and puts each in the place
 * of the old one, so the page never reloads and the reader stays where they were.
 */
import { linkedFontFaces } from '../html/fonts.js';
import { ICON_LINK } from '../html/markup.js';
import { language, msg } from '../messages/index.js';

/** What the page is told after every build. */
export interface PageState {
  version: number;
  /** The edition's title and month, or the folder before the first good build. */
  title: string;
  ok: boolean;
  /** Where the last good PDF (and its HTML edition) can be had, if there is one yet. */
  pdf?: string;
  html?: string;
  slides: { page: number; file: string; title: string; hash: string }[];
  errors: { where: string; message: string }[];
  warnings: { where: string; message: string }[];
  /** A build failed for a reason that is not in the content (a bug). */
  internal: boolean;
}

export const PAGE_PATHS = { script: '/deck-serve.js', style: '/deck-serve.css', events: '/hendelser' } as const;

export const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export function pageHtml(): string {
  const t = msg().serve.page;
  return `<!DOCTYPE html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
${ICON_LINK}
<link rel="stylesheet" href="${PAGE_PATHS.style}">
<script src="${PAGE_PATHS.script}" defer></script>
</head>
<body>
<header class="topp">
<div class="hva"><p class="merke">deck serve · ${t.title}</p><h1 id="tittel">${t.waiting}</h1><p id="status" role="status">${t.waiting}</p></div>
<nav class="lenker"><a id="html" href="/" hidden>${t.openHtml}</a><a id="pdf" class="knapp" href="/" download hidden>${t.downloadPdf}</a></nav>
</header>
<p id="brudd" class="brudd" role="alert" hidden>${t.lost}</p>
<details id="advarsler" class="advarsler" hidden><summary></summary><ul></ul></details>
<main id="lysbilder" class="lysbilder"></main>
<div id="feil" class="feil" hidden>
<section class="boks" role="alert" aria-labelledby="feil-tittel">
<h2 id="feil-tittel"></h2>
<ul id="feil-liste"></ul>
<p id="feil-hjelp"></p>
<button type="button" id="feil-skjul">${t.hide}</button>
</section>
</div>
<script type="application/json" id="tekst">${json({ ...t, updated: [t.updated('{tid}', 1), t.updated('{tid}', 2)], errorsTitle: [t.errorsTitle(1), t.errorsTitle(2)], warnings: [t.warnings(1), t.warnings(2)] })}</script>
</body>
</html>
`;
}

export const PAGE_CSS = `
${linkedFontFaces((w) => `/fonts/${w}.ttf`)}
:root { color-scheme: light; --ink: #1F2C3D; --strong: #002C54; --subtle: #545E6B; --accent: #0062BA; --danger: #C01B1B; }
* { box-sizing: border-box; }
body { margin: 0; background: #E6E9ED; color: var(--ink); font: 1rem/1.45 Inter, system-ui, sans-serif; }
.topp { position: sticky; top: 0; z-index: 2; display: flex; gap: 1rem; align-items: center; justify-content: space-between; padding: 0.75rem 1.5rem; background: var(--strong); color: #fff; }
.topp h1 { margin: 0; font-size: 1.125rem; font-weight: 600; }
.merke, #status { margin: 0; font-size: 0.8125rem; color: #D4E6F7; }
.lenker { display: flex; gap: 1rem; align-items: center; }
.lenker a { color: #fff; }
.knapp { padding: 0.5rem 1rem; border-radius: 4px; background: #fff; color: var(--strong) !important; font-weight: 600; text-decoration: none; white-space: nowrap; }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #1E98F5; outline-offset: 2px; }
.brudd { margin: 0; padding: 0.5rem 1.5rem; background: #FFF4D6; color: #5C3D00; }
.advarsler { margin: 0 auto; max-width: 75rem; padding: 0.75rem 1.5rem 0; color: #5C3D00; }
.advarsler summary { cursor: pointer; font-weight: 600; }
.advarsler code, .feil code { font: 0.875rem/1.4 ui-monospace, monospace; }
.lysbilder { display: block; max-width: 75rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
.lysbilde { margin: 0 0 2rem; }
.lysbilde figcaption { display: flex; gap: 0.75rem; align-items: baseline; margin-bottom: 0.375rem; font-size: 0.875rem; color: var(--subtle); }
.lysbilde .nr { min-width: 1.75rem; font-weight: 600; color: var(--strong); }
.lysbilde .fil { font-family: ui-monospace, monospace; }
.flate { aspect-ratio: 16 / 9; background: #fff; box-shadow: 0 1px 3px rgb(30 43 60 / 0.2); }
.flate svg { display: block; width: 100%; height: auto; }
.feil { position: fixed; inset: 0; z-index: 3; display: grid; place-items: start center; padding: 4.5rem 1rem 1rem; background: rgb(30 43 60 / 0.45); overflow: auto; }
.feil[hidden] { display: none; }
.boks { width: min(100%, 52rem); padding: 1.25rem 1.5rem; background: #fff; border-top: 6px solid var(--danger); border-radius: 4px; box-shadow: 0 8px 24px rgb(0 0 0 / 0.25); }
.boks h2 { margin: 0 0 0.75rem; font-size: 1.25rem; color: var(--danger); }
.boks ul { margin: 0 0 0.75rem; padding-left: 1.25rem; }
.boks li { margin-bottom: 0.5rem; }
.boks code { display: block; font-weight: 600; color: var(--strong); }
.boks button { font: inherit; padding: 0.375rem 1rem; border: 1px solid var(--subtle); border-radius: 4px; background: #fff; color: var(--ink); cursor: pointer; }
`;

/** The page's script: plain browser JavaScript, no build step. */
export const PAGE_JS = `'use strict';
(() => {
  const T = JSON.parse(document.getElementById('tekst').textContent);
  const $ = (id) => document.getElementById(id);
  const list = $('lysbilder');
  const overlay = $('feil');
  let version = 0;
  let dismissed = -1;

  /** A message for 1 and for 2, as the server made them; for n, the 2 becomes n. */
  const plural = (pair, n) => (n === 1 ? pair[0] : pair[1].replace(/\\b2\\b/, String(n)));

  /** The figure of slide n: kept when it exists, so that nothing around it moves. */
  function figure(n) {
    let f = list.querySelector('figure[data-page="' + n + '"]');
    if (f) return f;
    f = document.createElement('figure');
    f.className = 'lysbilde';
    f.id = 'lysbilde-' + n;
    f.dataset.page = String(n);
    const cap = document.createElement('figcaption');
    const nr = document.createElement('span');
    nr.className = 'nr';
    nr.textContent = String(n);
    const file = document.createElement('span');
    file.className = 'fil';
    cap.append(nr, file);
    const surface = document.createElement('div');
    surface.className = 'flate';
    f.append(cap, surface);
    list.append(f);
    return f;
  }

  async function show(f, slide) {
    f.querySelector('.fil').textContent = slide.file;
    f.setAttribute('aria-label', slide.page + ': ' + slide.title);
    if (f.dataset.hash === slide.hash || f.dataset.want === slide.hash) return;
    f.dataset.want = slide.hash;
    let svg;
    try {
      const res = await fetch('/lysbilder/' + slide.hash + '.svg');
      if (!res.ok) throw new Error(String(res.status));
      svg = await res.text();
    } catch {
      // Superseded by a newer build (whose own fetch brings it) or the server gone: the next state retries.
      if (f.dataset.want === slide.hash) delete f.dataset.want;
      return;
    }
    if (f.dataset.want !== slide.hash) return;
    f.querySelector('.flate').innerHTML = svg;
    f.dataset.hash = slide.hash;
    f.dispatchEvent(new CustomEvent('deck:slide', { bubbles: true, detail: { page: slide.page } }));
  }

  function problems(state) {
    const errors = state.errors;
    if (state.ok || version === dismissed) {
      overlay.hidden = true;
    } else {
      $('feil-tittel').textContent = state.internal && !errors.length ? T.internal : plural(T.errorsTitle, errors.length);
      const ul = $('feil-liste');
      ul.replaceChildren(...errors.map((p) => {
        const li = document.createElement('li');
        const where = document.createElement('code');
        where.textContent = p.where;
        li.append(where, p.message);
        return li;
      }));
      $('feil-hjelp').textContent = state.slides.length ? T.errorsHelp : T.errorsNoSlides;
      overlay.hidden = false;
    }
    const w = $('advarsler');
    w.hidden = !state.warnings.length;
    w.querySelector('summary').textContent = plural(T.warnings, state.warnings.length);
    w.querySelector('ul').replaceChildren(...state.warnings.map((p) => {
      const li = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = p.where;
      li.append(where, ' ', p.message);
      return li;
    }));
  }

  function apply(state) {
    version = state.version;
    document.title = state.title + ' – ' + T.title;
    $('tittel').textContent = state.title;
    const time = new Date().toLocaleTimeString('nb-NO');
    $('status').textContent = state.slides.length ? plural(T.updated, state.slides.length).replace('{tid}', time) : T.waiting;
    for (const [id, href] of [['pdf', state.pdf], ['html', state.html]]) {
      const a = $(id);
      a.hidden = !href;
      if (href) a.href = href;
    }
    problems(state);
    for (const slide of state.slides) show(figure(slide.page), slide);
    for (const f of [...list.querySelectorAll('figure')]) if (Number(f.dataset.page) > state.slides.length) f.remove();
    document.body.dataset.version = String(version);
  }

  $('feil-skjul').addEventListener('click', () => {
    dismissed = version;
    overlay.hidden = true;
  });

  const events = new EventSource('${PAGE_PATHS.events}');
  events.addEventListener('tilstand', (e) => apply(JSON.parse(e.data)));
  events.addEventListener('open', () => ($('brudd').hidden = true));
  events.addEventListener('error', () => ($('brudd').hidden = false));
})();
`;
