/**
 * `deck preview`: one PNG per slide and an overview sheet of all slides, drawn from the same slide
 * SVGs as the PDF (build.ts's renderAll), for review in a pull request or a chat.
 *
 *   edition ─ check ─ renderAll ─▶ slide SVGs ─ rasterise (resvg) ─▶ NN-name.png, overview.png
 *
 * With `perLayout`, it writes one picture per layout instead (<layout>.png, the first slide of each
 * layout): the pictures of the layout catalogue in content/README.md.
 *
 * The output folder may hold the editor's own files: preview replaces or removes only pictures it
 * wrote itself, as its manifest (.deck-preview.json, in the folder) lists them with their content
 * hash. A file by the name of a picture it is to write that it did not write (or that has been
 * changed since) is a content error, and nothing is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { checkEdition, renderAll } from '../build.js';
import { ContentError, type Problem } from '../errors.js';
import { safeRead } from '../load/safeRead.js';
import { msg } from '../messages/index.js';
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

/** What preview wrote into a folder: file name → sha1 of the bytes it wrote. */
export const MANIFEST = '.deck-preview.json';

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

  const pictures = new Map<string, () => Buffer>();
  if (opts.perLayout) {
    const seen = new Set<string>();
    for (const s of slides) {
      if (seen.has(s.layout)) continue;
      seen.add(s.layout);
      pictures.set(`${s.layout}.png`, () => rasterise(s.svg, width, { compact: true }));
    }
  } else {
    const thumbs: { label: string; png: Buffer }[] = [];
    slides.forEach((s, i) => {
      const stem = basename(edition.slides[i]!.file.path).replace(/\.ya?ml$/i, '');
      pictures.set(`${stem}.png`, () => {
        thumbs.push({ label: stem, png: rasterise(s.svg, SHEET.thumb) });
        return rasterise(s.svg, width);
      });
    });
    pictures.set(OVERVIEW_FILE, () => rasterise(overviewSvg(thumbs), overviewSize(thumbs.length).width));
  }
  return { outDir, files: writePictures(outDir, pictures, !opts.perLayout) };
}

/**
 * Writes the pictures (made in the order given) into `outDir`, over files of the same name only
 * where preview wrote them (or where the file holds the very picture), and removes the pictures it
 * wrote before that are not among them (`removeStale`: a slide deleted since). Returns the paths.
 */
function writePictures(outDir: string, pictures: Map<string, () => Buffer>, removeStale: boolean): string[] {
  mkdirSync(outDir, { recursive: true });
  const manifest = readManifest(outDir);
  const current = (name: string) => {
    const path = join(outDir, name);
    if (!existsSync(path)) return undefined;
    const read = safeRead({ roots: [outDir], path, maxBytes: 256 * 1024 * 1024 });
    return read.ok ? sha1(read.bytes) : 'unreadable';
  };
  const drawn = [...pictures].map(([name, draw]) => ({ name, png: draw() }));
  const theirs = drawn.filter(({ name, png }) => {
    const now = current(name);
    return now !== undefined && now !== manifest[name] && now !== sha1(png);
  });
  if (theirs.length) {
    throw new ContentError(theirs.map(({ name }) => ({ file: relative(process.cwd(), join(outDir, name)) || name, line: 0, col: 0, severity: 'error', message: msg().preview.notOurs() })));
  }
  const written: Record<string, string> = {};
  for (const { name, png } of drawn) {
    writeFileSync(join(outDir, name), png);
    written[name] = sha1(png);
  }
  for (const [name, hash] of Object.entries(manifest)) {
    if (name in written) continue;
    if (!removeStale) written[name] = hash;
    else if (current(name) === hash) rmSync(join(outDir, name), { force: true });
  }
  writeFileSync(join(outDir, MANIFEST), `${JSON.stringify(written, null, 2)}\n`);
  return drawn.map(({ name }) => join(outDir, name));
}

function readManifest(outDir: string): Record<string, string> {
  const read = safeRead({ roots: [outDir], path: join(outDir, MANIFEST), maxBytes: 1024 * 1024 });
  if (!read.ok) return {};
  try {
    const parsed: unknown = JSON.parse(read.bytes.toString('utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    // Only plain picture names: the manifest never leads preview out of its folder.
    return Object.fromEntries(Object.entries(parsed).filter(([name, hash]) => /^[^/\\]+\.png$/.test(name) && !name.startsWith('.') && typeof hash === 'string')) as Record<string, string>;
  } catch {
    return {};
  }
}

const sha1 = (b: Buffer) => createHash('sha1').update(b).digest('hex');

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
