// Bundles the CLI into one CommonJS file, lib/deck.cjs, run by lib/cli/bin.js with V8's code
// cache (see src/cli/bin.ts for why). Part of `npm run prepare`, after tsc has checked the types.
import { build } from 'esbuild';

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
  // the HTML edition's font subsetter (only `--html`).
  external: ['@resvg/resvg-js', 'sharp', 'subset-font'],
  // Vega's optional canvas support loads with a top-level await that CommonJS cannot express;
  // we render SVG only and never need it.
  alias: { 'vega-canvas': './src/render/charts/noCanvas.ts' },
  define: { 'import.meta.url': '__deckModuleUrl' },
  banner: { js: "var __deckModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
