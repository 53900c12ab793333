/**
 * The HTML edition's style sheet. One DOM, three ways to show it:
 *
 *   narrow screen (a phone)  the slides as cards in a readable column: text at reading sizes,
 *                            charts scaled to the width, wide tables scroll; no decoration layer
 *   wide screen              each slide a 16:9 box scaled to the column, everything where the slide
 *                            has it: runs of text at their baseline (--x, --y) and size (--s) in
 *                            container units (cqw), charts in their boxes, the decoration layer behind
 *   print                    as on a wide screen, one slide per page, page size 16:9
 *
 * Baselines: the fonts are declared with ascent 80 % and descent 20 % of the em (fonts.ts), so a
 * run set with line-height 1 has its baseline 0.8 em below its top, whatever the browser.
 */
import { PAGE } from '../render/theme.js';

/** Slide units → container units of the slide box. */
const u = (expr: string) => `calc((${expr}) * 100cqw / ${PAGE.width})`;

/** From this width on, a slide's smallest text (table cells, 8.5 on 960) is about 9.5 px. */
const WIDE = '70em';

export const EDITION_CSS = `
:root { color-scheme: light; --ink: #1F2C3D; --strong: #002C54; --subtle: #545E6B; --accent: #0062BA; --tint: #EEF4FA; --rule: #D5DBE2; --page: 46rem; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #F3F4F4; color: var(--ink); font: 1rem/1.45 Inter, system-ui, sans-serif; }
a { color: var(--accent); text-decoration-thickness: 0.06em; text-underline-offset: 0.14em; }
a:focus-visible, .table:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: 1rem; top: 0; transform: translateY(-120%); background: #fff; padding: 0.5rem 1rem; border-radius: 0 0 4px 4px; z-index: 2; }
.skip:focus { transform: none; }
.top { background: var(--strong); color: #fff; padding: 1.5rem 1rem 1.25rem; }
.top > * { max-width: var(--page); margin-inline: auto; }
.top h1 { margin-block: 0 0.25rem; font-size: 1.5rem; line-height: 1.2; font-weight: 600; }
.top p { margin-block: 0; color: #D4E6F7; font-size: 0.9375rem; }
.toc { max-width: var(--page); margin: 0 auto; padding: 1.25rem 1rem 0.5rem; }
.toc h2 { margin: 0 0 0.5rem; font-size: 1.125rem; font-weight: 600; color: var(--strong); }
.toc ul { list-style: none; margin: 0; padding: 0; }
.toc li { margin-block: 0.25rem; }
.toc li li { margin-block: 0.125rem; font-size: 0.9375rem; }
.toc ul ul { padding-left: 1rem; margin-bottom: 0.5rem; }
.toc > ul > li > a { font-weight: 600; }
main { display: block; padding: 1rem; }
.slide-wrap { max-width: var(--page); margin: 0 auto 1.75rem; scroll-margin-top: 1rem; }
.no { margin: 0 0 0.375rem; font-size: 0.875rem; color: var(--subtle); }
.slide { container-type: inline-size; background: var(--bg, #fff); border-radius: 8px; padding: 1.25rem 1rem 0.5rem; box-shadow: 0 1px 3px rgb(30 43 60 / 0.16); overflow-wrap: break-word; }
.slide :is(h2, h3, h4, p, li, th, td, a, span, strong) { color: var(--c); }
.slide :is(h2, h3, h4, th, strong, .b) { font-weight: 600; }
.slide :is(.r) { font-weight: 400; }
/* A title's longest word (--lw, in em) fits the card: «Digitaliseringsdirektoratet» is not broken. */
.slide h2 { margin: 0 0 0.75rem; font-size: min(clamp(1.375rem, calc(var(--s) * 0.055rem), 1.75rem), calc(100cqw / var(--lw, 1))); line-height: 1.2; hyphens: auto; }
.slide :is(h3, h4) { margin: 1rem 0 0.375rem; font-size: 1.0625rem; line-height: 1.3; }
.slide :is(p, ul) { margin: 0 0 0.75rem; font-size: clamp(1rem, calc(var(--s) * 0.06rem), 1.25rem); }
.slide ul { padding-left: 1.25rem; }
.slide ul ul { margin: 0.25rem 0 0; font-size: 1rem; }
.slide li { margin-block: 0.25rem; }
.slide li::marker { color: var(--accent); }
.slide a .l { text-decoration-line: underline; text-decoration-thickness: 0.06em; text-underline-offset: 0.14em; }
.chart { display: block; width: 100%; height: auto; margin: 0.25rem 0 0.75rem; }
.slide figure { margin: 0 0 0.75rem; }
.slide img.picture { width: auto; max-width: 100%; max-height: 70vh; margin-bottom: 0.375rem; }
.slide figcaption { font-size: 0.875rem; color: var(--subtle); }
/* A table wider than the screen scrolls in its own box; a shadow at an edge says there is more. */
.table { overflow-x: auto; margin: 0 0 1rem; background:
  linear-gradient(to right, var(--bg, #fff) 30%, transparent) left / 2.5rem 100% no-repeat local,
  linear-gradient(to left, var(--bg, #fff) 30%, transparent) right / 2.5rem 100% no-repeat local,
  radial-gradient(farthest-side at 0 50%, rgb(30 43 60 / 0.25), transparent) left / 0.75rem 100% no-repeat scroll,
  radial-gradient(farthest-side at 100% 50%, rgb(30 43 60 / 0.25), transparent) right / 0.75rem 100% no-repeat scroll; }
.slide table { border-collapse: collapse; min-width: 100%; font-size: 0.875rem; line-height: 1.3; }
.slide :is(th, td) { padding: 0.375rem 0.5rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; white-space: nowrap; }
.slide thead :is(th, td) { background: var(--tint); }
.slide :is(th, td).e { text-align: right; }
.sw { display: inline-block; width: 0.625em; height: 0.625em; margin-right: 0.375em; background: var(--c); }
.slide .deco { display: none; }
.sr { position: absolute; left: 0; top: 0; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

@media print, (min-width: ${WIDE}) {
  :root { --page: 90rem; }
  main { padding: 1.5rem 2rem; }
  .top, .toc { padding-inline: 2rem; }
  .toc > ul { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0 2.5rem; }
  .slide-wrap { margin-bottom: 2.5rem; }
  .slide { position: relative; aspect-ratio: ${PAGE.width} / ${PAGE.height}; container-type: inline-size; overflow: hidden; padding: 0; border-radius: 0; overflow-wrap: normal; }
  .slide .deco { display: block; position: absolute; inset: 0; width: 100%; height: 100%; }
  .slide :is(h2, h3, h4, p, ul, li, table, th, td) { margin: 0; padding: 0; border: 0; background: none; list-style: none; }
  .slide .l { position: absolute; left: ${u('var(--x)')}; top: ${u('var(--y) - 0.8 * var(--s)')}; font-size: ${u('var(--s)')}; line-height: 1; white-space: pre; }
  .slide .ae { transform: translateX(-100%); }
  .slide .am { transform: translateX(-50%); }
  .slide .chart { position: absolute; left: ${u('var(--x)')}; top: ${u('var(--y)')}; width: ${u('var(--w)')}; height: ${u('var(--h)')}; margin: 0; }
  .slide figure { margin: 0; }
  .slide img.picture { max-width: none; max-height: none; }
  .slide .table { position: absolute; left: ${u('var(--tx)')}; top: ${u('var(--ty)')}; width: ${u('var(--tw)')}; height: ${u('var(--th)')}; margin: 0; overflow: visible; background: none; }
  .slide .table .l { left: ${u('var(--x) - var(--tx)')}; top: ${u('var(--y) - var(--ty) - 0.8 * var(--s)')}; }
  .slide .sw { display: none; }
}

@media print {
  @page { size: ${PAGE.width}px ${PAGE.height}px; margin: 0; }
  body { background: none; }
  .skip, .top, .toc, .no { display: none; }
  main { padding: 0; }
  .slide-wrap { width: 100%; margin: 0; break-after: page; }
  .slide-wrap:last-child { break-after: auto; }
  .slide { box-shadow: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
