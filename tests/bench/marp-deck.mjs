// node tests/bench/marp-deck.mjs [DIR] [OUTDIR]
// Writes a Marp deck equivalent to an edition, for comparing build times with a browser-based tool:
// the same slides with the same text (titles, subtitles, body text, lists, tables) and every chart
// as the SVG picture our renderer makes, one file each. Marp is not a dependency of this project;
// README.md («Speed») says how the comparison was run. Needs the compiled modules in lib/ (npm ci).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEdition } from '../../lib/build.js';
import { renderChart } from '../../lib/render/charts/index.js';
import { plainText } from '../../lib/render/text/inline.js';

const dir = process.argv[2] ?? 'content/2025-11';
const out = process.argv[3] ?? 'dist/marp';
const { edition, problems } = checkEdition(dir);
if (!edition) {
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.col}: ${p.message}`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const item = (i) => plainText(typeof i === 'string' ? i : i.text);
const blocks = (body = []) =>
  body.map((b) => ('heading' in b ? `### ${plainText(b.heading)}` : 'text' in b ? plainText(b.text) : b.bullets.map((i) => `- ${item(i)}`).join('\n'))).join('\n\n');

let charts = 0;
const slides = [];
for (const { content: c } of edition.slides) {
  const title =
    c.layout === 'section' ? `${c.section}. ${edition.deck.sections[c.section - 1].title}`
    : c.layout === 'closing' ? edition.deck.organisation.name
    : plainText(c.title ?? '');
  const parts = [`# ${title}`];
  if (c.subtitle) parts.push(plainText(c.subtitle));
  if (c.body) parts.push(blocks(c.body));
  if (Array.isArray(c.columns)) parts.push(...c.columns.map((col) => `${col.heading ? `### ${col.heading}\n\n` : ''}${blocks(col.body)}`));
  if (c.items) parts.push(c.items.map((i) => `- ${i}`).join('\n'));
  if (c.table) {
    const row = (cells) => `| ${cells.join(' | ')} |`;
    parts.push([row(c.table.columns), row(c.table.columns.map(() => '---')), ...c.table.rows.map(row)].join('\n'));
  }
  if (c.chart) {
    const r = await renderChart(c.chart, { width: 864, height: 300 });
    const name = `chart-${++charts}.svg`;
    writeFileSync(join(out, name), `<svg xmlns="http://www.w3.org/2000/svg" width="${r.width}" height="${r.height}" viewBox="0 0 ${r.width} ${r.height}">${r.svg}</svg>`);
    parts.push(`![w:860](${name})`);
  }
  slides.push(parts.join('\n\n'));
}
const front = ['---', 'marp: true', 'size: 16:9', 'paginate: true', `footer: ${edition.deck.footer}`, '---', ''].join('\n');
writeFileSync(join(out, 'deck.md'), front + slides.join('\n\n---\n\n') + '\n');
console.log(`${out}/deck.md: ${slides.length} slides, ${charts} charts as SVG pictures`);
