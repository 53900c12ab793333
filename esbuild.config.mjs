// Bundles the CLI into one CommonJS file, lib/deck.cjs, run by lib/cli/bin.js with V8's code
// cache (see src/cli/bin.ts for why). Part of `npm run prepare`, after tsc has checked the types.
import { build } from 'esbuild';
import { resolve } from 'node:path';

/**
 * PDFKit's imports of modules for features deck does not use (src/compose/pdfkitUnused.ts says
 * which and why) resolve to a stand-in that throws if it is ever used. Only PDFKit's imports: any
 * other importer of the same package gets the real one.
 */
const leaveOutPdfkitExtras = {
  name: 'leave-out-pdfkit-extras',
  setup(b) {
    b.onResolve({ filter: /^(fontkit|linebreak|png-js|@noble\/ciphers\/aes)$/ }, (args) =>
      /[\\/]node_modules[\\/]pdfkit[\\/]/.test(args.importer) ? { path: resolve('src/compose/pdfkitUnused.ts') } : undefined,
    );
  },
};

await build({
  entryPoints: ['src/cli/main.ts'],
  // DECK_BUNDLE_OUT: elsewhere, for a test that must not race a rebuild of lib/.
  outfile: process.env.DECK_BUNDLE_OUT || 'lib/deck.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Native binaries and WebAssembly stay outside, loaded when first needed: the rasteriser (deck
  // preview, SVG pictures), sharp (pictures; it finds its platform's binary package at run time) and
  // the HTML edition's font subsetter (only `--html`). So do the Unicode names (src/validate/glyphs.ts),
  // loaded only for a character the font lacks.
  external: ['@resvg/resvg-js', 'sharp', 'subset-font', 'unicode-name'],
  // Vega's optional canvas support loads with a top-level await that CommonJS cannot express;
  // we render SVG only and never need it.
  alias: { 'vega-canvas': './src/render/charts/noCanvas.ts' },
  define: { 'import.meta.url': '__deckModuleUrl' },
  banner: { js: "var __deckModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [leaveOutPdfkitExtras],
  logLevel: 'warning',
});
