/**
 * The pages look as they did: every page of the November edition, rasterised by pdftoppm at 30 dpi,
 * against the reference renderings in tests/compose/references/ (`npm run references` rewrites
 * them when a change to the look is meant). A page passes when few of its pixels differ visibly;
 * the table of differences is printed so that a reviewer sees how close each page is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { pngPixels, readPng } from '../../src/compose/images/png.js';

const REFERENCES = 'tests/compose/references';
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const work = mkdtempSync(join(tmpdir(), 'deck-looks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A channel difference a reader notices (anti-aliasing differs by less). */
const VISIBLE = 48;
/** At most this share of a page's pixels may differ visibly. */
const MAX_SHARE = 0.01;

interface PageDifference {
  page: number;
  /** Share of pixels with a channel that differs by more than VISIBLE. */
  share: number;
  /** Mean absolute difference per channel, 0–255. */
  mean: number;
}

function compareRgb(a: Buffer, b: Buffer): { share: number; mean: number } {
  let visible = 0;
  let sum = 0;
  for (let i = 0; i < a.length; i += 3) {
    let worst = 0;
    for (let c = 0; c < 3; c++) {
      const d = Math.abs(a[i + c]! - b[i + c]!);
      sum += d;
      if (d > worst) worst = d;
    }
    if (worst > VISIBLE) visible++;
  }
  return { share: visible / (a.length / 3), mean: sum / a.length };
}

const rgb = (file: string) => {
  const png = readPng(readFileSync(file));
  if (png.colorType !== 2 || png.bitDepth !== 8) throw new Error(`${file}: expected 8-bit RGB`);
  return { width: png.width, height: png.height, pixels: pngPixels(png) };
};

describe.skipIf(!has('pdftoppm'))('the November pages look as in the reference renderings (needs pdftoppm)', () => {
  const diffs: PageDifference[] = [];
  beforeAll(async () => {
    const out = join(work, 'november.pdf');
    await build({ dir: 'content/2025-11', out });
    const r = spawnSync('pdftoppm', ['-png', '-r', '30', out, join(work, 'page')]);
    expect(r.status).toBe(0);
  }, 120_000);

  it('notices a page that looks different (the comparison itself)', () => {
    const a = rgb(join(REFERENCES, 'page-05.png')).pixels;
    const b = rgb(join(REFERENCES, 'page-06.png')).pixels;
    expect(compareRgb(a, b).share).toBeGreaterThan(MAX_SHARE);
    expect(compareRgb(a, a)).toEqual({ share: 0, mean: 0 });
  });

  it('has a reference for every page and every page within a small pixel difference', () => {
    const pages = readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f)).sort();
    const refs = readdirSync(REFERENCES).filter((f) => f.endsWith('.png')).sort();
    expect(pages.length, 'one reference per page (npm run references writes them)').toBe(refs.length);
    for (const [i, f] of pages.entries()) {
      const now = rgb(join(work, f));
      const ref = rgb(join(REFERENCES, `page-${String(i + 1).padStart(2, '0')}.png`));
      expect([now.width, now.height], f).toEqual([ref.width, ref.height]);
      diffs.push({ page: i + 1, ...compareRgb(now.pixels, ref.pixels) });
    }
    console.log(
      'page  pixels that differ visibly  mean difference\n' +
        diffs.map((d) => `${String(d.page).padStart(4)}  ${(d.share * 100).toFixed(2).padStart(8)} %  ${d.mean.toFixed(2).padStart(16)}`).join('\n'),
    );
    const hint = 'if the change to the look is meant, run `npm run prepare && npm run references`, look at the new pictures and commit them';
    for (const d of diffs) expect(d.share, `page ${d.page} differs from ${REFERENCES}/page-${String(d.page).padStart(2, '0')}.png; ${hint}`).toBeLessThanOrEqual(MAX_SHARE);
  });
});
