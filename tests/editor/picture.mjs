/**
 * The picture in the editors' guide (content/editor/forslag-og-feil.png): completion and a red
 * squiggle on a slide file, as an editor sees them while typing.
 *
 * VS Code itself does not run here, so the picture is made with the parts it is built from: Monaco
 * (VS Code's editor component) with monaco-yaml, which runs yaml-language-server (the server of
 * VS Code's YAML extension) on our JSON Schemas (content/schema/), in Debian's chromium driven by
 * puppeteer-core. monaco-editor, monaco-yaml and puppeteer-core are installed with npm into a
 * temporary folder for the run (they are not dependencies of deck); no browser is downloaded.
 *
 *   npm run editor-picture            (CHROMIUM=/path/to/chromium to use another browser)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');
const OUT = join(ROOT, 'content', 'editor', 'forslag-og-feil.png');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PACKAGES = ['monaco-editor@0.52.2', 'monaco-yaml@5.5.1', 'puppeteer-core@24'];

/** The slide file in the picture: «titel» misspelled, the cursor on the empty last line. */
const SLIDE = `# yaml-language-server: $schema=../schema/slide.schema.json
layout: text
titel: Hvordan melde inn hendelser
body:
  - text: "Som tjenesteeier kan dere melde inn hendelser på ulike måter:"
  - heading: "I normal arbeidstid:"
  - bullets:
      - Send e-post med beskrivelse til tjenesteeier@altinn.no
`;

/** Waits until the element's fade-in (and any other animation in it) has finished. */
async function settled(page, selector) {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el && el.getAnimations({ subtree: true }).every((a) => a.playState === 'finished') && getComputedStyle(el).opacity === '1';
  }, {}, selector);
}

const work = mkdtempSync(join(tmpdir(), 'deck-editor-picture-'));
try {
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', work, ...PACKAGES], { stdio: 'inherit' });
  const site = join(work, 'site');
  mkdirSync(site);
  writeFileSync(
    join(work, 'main.js'),
    `import * as monaco from 'monaco-editor';
import { configureMonacoYaml } from 'monaco-yaml';
self.MonacoEnvironment = { getWorker: (_, label) => new Worker(label === 'yaml' ? './yaml.worker.js' : './editor.worker.js') };
const schema = await (await fetch('./slide.schema.json')).json();
configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  schemas: [{ uri: 'file:///content/schema/slide.schema.json', fileMatch: ['**/content/**/*.yaml'], schema }],
});
const model = monaco.editor.createModel(${JSON.stringify(SLIDE)}, 'yaml', monaco.Uri.parse('file:///content/2025-12/05-melde-inn-hendelser.yaml'));
const editor = monaco.editor.create(document.getElementById('editor'), {
  model, fontSize: 15, lineHeight: 22, minimap: { enabled: false }, scrollBeyondLastLine: false, renderLineHighlight: 'none',
  fontFamily: 'DejaVu Sans Mono, monospace', wordBasedSuggestions: 'off', quickSuggestions: false, suggest: { showStatusBar: false },
});
window.deck = { monaco, editor, model };
`,
  );
  const common = { bundle: true, absWorkingDir: work, logLevel: 'warning', loader: { '.ttf': 'file' }, minify: true };
  await build({ ...common, entryPoints: [join(work, 'main.js')], outfile: join(site, 'main.js'), format: 'esm' });
  await build({ ...common, entryPoints: { 'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js', 'yaml.worker': 'monaco-yaml/yaml.worker.js' }, outdir: site, format: 'iife' });
  writeFileSync(join(site, 'slide.schema.json'), readFileSync(join(ROOT, 'content', 'schema', 'slide.schema.json')));
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="nb"><meta charset="utf-8"><link rel="stylesheet" href="main.css">
<style>body{margin:0;background:#fff}#editor{width:980px;height:340px;border:1px solid #ccc}</style>
<div id="editor"></div><script type="module" src="main.js"></script></html>`,
  );

  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const path = join(site, name === '/' ? 'index.html' : name);
    try {
      const body = readFileSync(path);
      const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.ttf': 'font/ttf' };
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;

  const { default: puppeteer } = await import(join(work, 'node_modules', 'puppeteer-core', 'lib', 'esm', 'puppeteer', 'puppeteer-core.js'));
  const profile = join(work, 'profile');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 360, deviceScaleFactor: 1 });
    await page.goto(url);
    await page.waitForFunction(() => window.deck);
    // The language server has read the file when its squiggle is there.
    await page.waitForFunction(() => window.deck.monaco.editor.getModelMarkers({}).length > 0);

    const shots = [];
    // 1. Completion on the empty last line: the fields of layout text, «title» chosen, with its help.
    await page.evaluate(() => {
      const { editor, model } = window.deck;
      editor.focus();
      editor.setPosition({ lineNumber: model.getLineCount(), column: 1 });
    });
    await page.evaluate(() => window.deck.editor.trigger('picture', 'editor.action.triggerSuggest', {}));
    await page.waitForSelector('.suggest-widget.visible .monaco-list-row');
    const focused = () => page.evaluate(() => document.querySelector('.suggest-widget.visible .monaco-list-row.focused .label-name')?.textContent);
    for (let i = 0; i < 12 && (await focused()) !== 'title'; i++) await page.keyboard.press('ArrowDown');
    await page.evaluate(() => window.deck.editor.trigger('picture', 'toggleSuggestionDetails', {}));
    await page.waitForFunction(() => /Tittelen/.test(document.querySelector('.suggest-details-container .docs')?.textContent ?? ''));
    await settled(page, '.suggest-widget');
    shots.push(await page.screenshot({ encoding: 'base64', clip: { x: 0, y: 0, width: 1000, height: 342 } }));
    // 2. The squiggle under «titel», with its message.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.deck.monaco.editor.getModelMarkers({}).some((m) => m.startLineNumber === 3));
    await page.evaluate(() => {
      const { editor } = window.deck;
      editor.setPosition({ lineNumber: 3, column: 3 });
      editor.trigger('picture', 'editor.action.showHover', {});
    });
    await page.waitForSelector('.monaco-hover .marker', { visible: true });
    await settled(page, '.monaco-hover');
    shots.push(await page.screenshot({ encoding: 'base64', clip: { x: 0, y: 0, width: 1000, height: 342 } }));

    // One picture: the two states one above the other.
    await page.setViewport({ width: 1000, height: 700, deviceScaleFactor: 1 });
    await page.setContent(`<body style="margin:0;background:#fff">${shots.map((s) => `<img src="data:image/png;base64,${s}" style="display:block;margin-bottom:12px">`).join('')}</body>`);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, await page.screenshot({ clip: { x: 0, y: 0, width: 1000, height: 696 } }));
    console.log(`wrote ${OUT}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
