/**
 * `deck preview`: one PNG per slide and an overview sheet of all slides, drawn from the same slide
 * SVGs as the PDF (build.ts's renderAll), for review in a pull request or a chat.
 *
 *   edition ─ check ─ renderAll ─▶ slide SVGs ─ rasterise (resvg) ─▶ NN-name.png, overview.png
 *
 * With `perLayout`, it writes one picture per layout instead (<layout>.png, the first slide of each
 * layout): the pictures of the layout catalogue in content/README.md.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkEdition, renderAll } from '../build.js';
import { ContentError, type Problem } from '../errors.js';
import { FONT_FAMILY } from '../render/fonts.js';
import { COLORS } from '../render/theme.js';
import { DEFAULT_WIDTH } from './defaults.js';
import { rasterise, slideHeight } from './raster.js';

export interface PreviewOptions {
  dir: string;
  /** Default: preview/<edition folder name>/. */
  outDir?: string;
  /** Width of each slide picture in pixels. */
  width?: number;
  perLayout?: boolean;
  onWarning?: (p: Problem) => void;
}

export { DEFAULT_WIDTH } from './defaults.js';
export const OVERVIEW_FILE = 'overview.png';

/** The overview sheet: five slides to a row. */
const SHEET = { columns: 5, thumb: 320, gap: 16, label: 22, margin: 24 } as const;

/** Pictures this command wrote earlier, removed first so that a deleted slide leaves no stale picture. */
const OURS = /^(\d{1,3}-[\w.-]+\.png|overview\.png)$/;

export function defaultPreviewDir(dir: string): string {
  return join('preview', basename(resolve(dir)));
}

export async function preview(opts: PreviewOptions): Promise<{ outDir: string; files: string[] }> {
  const width = opts.width ?? DEFAULT_WIDTH;
  const outDir = opts.outDir ?? defaultPreviewDir(opts.dir);
  const { edition, problems } = checkEdition(opts.dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!edition || errors.length) throw new ContentError(errors);
  for (const p of problems) opts.onWarning?.(p);
  const slides = await renderAll(edition, (p) => opts.onWarning?.(p));

  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, png: Buffer) => {
    writeFileSync(join(outDir, name), png);
    files.push(join(outDir, name));
  };

  if (opts.perLayout) {
    const seen = new Set<string>();
    for (const s of slides) {
      if (seen.has(s.layout)) continue;
      seen.add(s.layout);
      write(`${s.layout}.png`, rasterise(s.svg, width, { compact: true }));
    }
    return { outDir, files };
  }

  for (const name of readdirSync(outDir)) if (OURS.test(name)) rmSync(join(outDir, name));
  const thumbs: { label: string; png: Buffer }[] = [];
  slides.forEach((s, i) => {
    const stem = basename(edition.slides[i]!.file.path).replace(/\.ya?ml$/i, '');
    write(`${stem}.png`, rasterise(s.svg, width));
    thumbs.push({ label: stem, png: rasterise(s.svg, SHEET.thumb) });
  });
  write(OVERVIEW_FILE, rasterise(overviewSvg(thumbs), overviewSize(thumbs.length).width));
  return { outDir, files };
}

function overviewSize(n: number): { width: number; height: number; rows: number } {
  const rows = Math.ceil(n / SHEET.columns);
  return {
    width: SHEET.margin * 2 + SHEET.columns * SHEET.thumb + (SHEET.columns - 1) * SHEET.gap,
    height: SHEET.margin * 2 + rows * (slideHeight(SHEET.thumb) + SHEET.label) + (rows - 1) * SHEET.gap,
    rows,
  };
}

/** All slides as thumbnails in a grid, each with its file name under it. */
function overviewSvg(thumbs: { label: string; png: Buffer }[]): string {
  const { width, height } = overviewSize(thumbs.length);
  const h = slideHeight(SHEET.thumb);
  const cells = thumbs.map((t, i) => {
    const x = SHEET.margin + (i % SHEET.columns) * (SHEET.thumb + SHEET.gap);
    const y = SHEET.margin + Math.floor(i / SHEET.columns) * (h + SHEET.label + SHEET.gap);
    return [
      `<image x="${x}" y="${y}" width="${SHEET.thumb}" height="${h}" href="data:image/png;base64,${t.png.toString('base64')}"/>`,
      `<rect x="${x - 0.5}" y="${y - 0.5}" width="${SHEET.thumb + 1}" height="${h + 1}" fill="none" stroke="#C3CAD3"/>`,
      `<text x="${x}" y="${y + h + 16}" font-family="${FONT_FAMILY}" font-size="13" fill="${COLORS.subtle}">${escapeXml(t.label)}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${COLORS.neutralBg}"/>${cells.join('')}</svg>`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
