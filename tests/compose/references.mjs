// npm run references
// Rewrites the reference renderings that tests/compose/looks.test.ts compares every page with:
// the November edition built by the compiled CLI (lib/; run `npm run prepare` after changing src/),
// each page rasterised by pdftoppm at 30 dpi. Run it when a change to the look is meant, look at
// the new pictures, and commit them with that change.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REFERENCES = 'tests/compose/references';
const EDITION = 'content/2025-11';
const DPI = '30';

const work = mkdtempSync(join(tmpdir(), 'deck-references-'));
try {
  const pdf = join(work, 'deck.pdf');
  const built = spawnSync(process.execPath, ['lib/cli/bin.js', 'build', EDITION, '-o', pdf, '-q'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
  const raster = spawnSync('pdftoppm', ['-png', '-r', DPI, pdf, join(work, 'page')], { stdio: 'inherit' });
  if (raster.status !== 0) {
    console.error('pdftoppm failed (install poppler-utils)');
    process.exit(1);
  }
  mkdirSync(REFERENCES, { recursive: true });
  for (const f of readdirSync(REFERENCES)) if (f.endsWith('.png')) rmSync(join(REFERENCES, f));
  const pages = readdirSync(work).filter((f) => f.startsWith('page-')).sort();
  // pdftoppm numbers pages with as many digits as the last one needs: page-01.png … page-40.png.
  for (const f of pages) renameSync(join(work, f), join(REFERENCES, `page-${f.match(/(\d+)\.png$/)[1].padStart(2, '0')}.png`));
  console.log(`wrote ${pages.length} reference pages to ${REFERENCES}/`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
