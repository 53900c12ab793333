/**
 * `deck watch`: builds, rebuilds on every save with only the changed slide laid out (and only its
 * chart drawn) again, draws a saved template without a restart, keeps the last good PDF through an
 * invalid edit, and stops cleanly.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { formatProblem } from '../../src/errors.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { useTemplates } from '../../src/render/templates.js';
import { isContentFile, isTemplateFile, watch, type WatchBuild } from '../../src/watch/watch.js';
import { editionWith, readPdf } from '../helpers.js';
import { pngPicture } from '../pictureFiles.js';

/** A watch session on a copy of the mini edition, with its builds in a queue. */
function session(prepare?: (dir: string) => void) {
  const dir = editionWith();
  prepare?.(dir);
  const out = join(dir, 'out', 'mini.pdf');
  const ac = new AbortController();
  const builds: WatchBuild[] = [];
  const waiting: ((b: WatchBuild) => void)[] = [];
  let log = '';
  const done = watch({
    dir,
    out,
    signal: ac.signal,
    debounceMs: 40,
    note: (s) => void (log += s),
    problem: (p) => void (log += formatProblem(p) + '\n'),
    onBuild: (b) => {
      const w = waiting.shift();
      if (w) w(b);
      else builds.push(b);
    },
  });
  const next = () => (builds.length ? Promise.resolve(builds.shift()!) : new Promise<WatchBuild>((r) => waiting.push(r)));
  const edit = (file: string, change: (s: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return { dir, out, ac, done, next, edit, log: () => log };
}

const pictures: { first: Buffer; second: Buffer } = { first: Buffer.alloc(0), second: Buffer.alloc(0) };
beforeAll(async () => {
  pictures.first = await pngPicture(800, 400);
  pictures.second = await pngPicture(600, 400);
});

let current: ReturnType<typeof session> | undefined;
afterEach(async () => {
  current?.ac.abort();
  await current?.done;
  current = undefined;
});

describe('deck watch', () => {
  it('builds, then after a one-slide edit lays out only that slide and draws no chart again', async () => {
    const s = (current = session());
    const first = await s.next();
    expect(first).toMatchObject({ ok: true, pages: 7, stats: { slidesLaidOut: 7, slidesFromCache: 0, chartsDrawn: 1, pagesDrawn: 7, pagesReused: 0 } });
    s.edit('04-hendelser.yaml', (t) => t.replace('Hvordan melde inn hendelser', 'Slik melder du inn hendelser'));
    const second = await s.next();
    expect(second).toMatchObject({ ok: true, stats: { slidesLaidOut: 1, slidesFromCache: 6, chartsDrawn: 0, chartsFromCache: 1, pagesDrawn: 1, pagesReused: 6 } });
    expect(s.log()).toMatch(/etter at du lagret\. Side 4 er tegnet på nytt\.\n/);
    expect((await readPdf(readFileSync(s.out))).pages[3]).toMatch(/^Slik melder du inn hendelser\n/);
  });

  it('after an edit to a comment draws no page again, and leaves the PDF file as it was', async () => {
    const s = (current = session());
    await s.next();
    const before = readFileSync(s.out);
    const file = statSync(s.out);
    s.edit('04-hendelser.yaml', (t) => `# Sjekket av redaksjonen\n${t}`);
    expect(await s.next()).toMatchObject({ ok: true, stats: { slidesLaidOut: 0, pagesDrawn: 0, pagesReused: 7 } });
    expect(readFileSync(s.out).equals(before)).toBe(true);
    // Not written again: a viewer that has it open has nothing to reload.
    expect(statSync(s.out)).toMatchObject({ ino: file.ino, mtimeMs: file.mtimeMs });
    expect(readdirSync(join(s.dir, 'out'))).toEqual(['mini.pdf']);

    // Gone meanwhile (deleted in the file manager): the next save writes it again.
    rmSync(s.out);
    s.edit('04-hendelser.yaml', (t) => `# Sjekket igjen\n${t}`);
    expect(await s.next()).toMatchObject({ ok: true, stats: { pagesDrawn: 0 } });
    expect(readFileSync(s.out).equals(before)).toBe(true);
  });

  it('writes after an edit byte for byte the PDF that a fresh build of the same content writes', async () => {
    const s = (current = session());
    await s.next();
    s.edit('04-hendelser.yaml', (t) => t.replace('på ulike måter', 'på flere måter'));
    expect(await s.next()).toMatchObject({ ok: true, stats: { pagesDrawn: 1 } });
    const fresh = join(s.dir, 'out', 'fresh.pdf');
    await build({ dir: s.dir, out: fresh });
    expect(readFileSync(s.out).equals(readFileSync(fresh))).toBe(true);
    expect((await readPdf(readFileSync(s.out))).pages[3]).toContain('på flere måter');
  });

  it('goes on after a FIFO appears in the folder: says what it is, and builds again once it is gone', async () => {
    const s = (current = session());
    expect(await s.next()).toMatchObject({ ok: true });
    execFileSync('mkfifo', [join(s.dir, '08-ny.yaml')]);
    const failed = await s.next();
    expect(failed.ok).toBe(false);
    expect(failed.problems.map((p) => p.message)).toEqual([
      'dette er ikke en vanlig fil, men et rør (FIFO). En lysbildefil må være en vanlig tekstfil. Slett den, eller legg en vanlig fil der i stedet.',
    ]);
    rmSync(join(s.dir, '08-ny.yaml'));
    expect(await s.next()).toMatchObject({ ok: true, pages: 7 });
  });

  it('draws the pages with the logo again when the logo file changes, and only those', async () => {
    const s = (current = session((dir) => {
      mkdirSync(join(dir, 'bilder'));
      copyFileSync('tests/fixtures/pictures/logo.png', join(dir, 'bilder', 'logo.png'));
      writeFileSync(join(dir, 'deck.yaml'), `${readFileSync(join(dir, 'deck.yaml'), 'utf8')}logo: bilder/logo.png\n`);
    }));
    expect(await s.next()).toMatchObject({ ok: true, stats: { pagesDrawn: 7 } });
    copyFileSync('tests/fixtures/pictures/opaque.png', join(s.dir, 'bilder', 'logo.png'));
    expect(await s.next()).toMatchObject({ ok: true, stats: { pagesDrawn: 2, pagesReused: 5 } });
  });

  it('draws the slide with a picture again when the picture file changes, and only it; the PDF is a fresh build\'s', async () => {
    const s = (current = session((dir) => {
      mkdirSync(join(dir, 'bilder'));
      writeFileSync(join(dir, 'bilder', 'skjerm.png'), pictures.first);
      writeFileSync(join(dir, '08-bilde.yaml'), 'layout: picture\ntitle: Bilde\nimage:\n  file: bilder/skjerm.png\n  alt: Skjermbilde\n');
    }));
    expect(await s.next()).toMatchObject({ ok: true, stats: { pagesDrawn: 8 } });
    writeFileSync(join(s.dir, 'bilder', 'skjerm.png'), pictures.second);
    expect(await s.next()).toMatchObject({ ok: true, stats: { slidesLaidOut: 1, pagesDrawn: 1, pagesReused: 7 } });
    const fresh = join(s.dir, 'out', 'fresh.pdf');
    await build({ dir: s.dir, out: fresh });
    expect(readFileSync(s.out).equals(readFileSync(fresh))).toBe(true);
  });

  it('builds again when a picture from the repository\'s assets/ changes', async () => {
    const assets = mkdtempSync(join(process.cwd(), 'assets', 'test-watch-'));
    try {
      writeFileSync(join(assets, 'felles.png'), pictures.first);
      const s = (current = session((dir) => {
        writeFileSync(join(dir, '08-bilde.yaml'), `layout: picture\ntitle: Bilde\nimage:\n  file: ${relative(dir, join(assets, 'felles.png'))}\n  alt: Skjermbilde\n`);
      }));
      expect(await s.next()).toMatchObject({ ok: true });
      writeFileSync(join(assets, 'felles.png'), pictures.second);
      expect(await s.next()).toMatchObject({ ok: true, stats: { pagesDrawn: 1, pagesReused: 7 } });
    } finally {
      rmSync(assets, { recursive: true, force: true });
    }
  });

  it('after a chart value edit draws that one chart again', async () => {
    const s = (current = session());
    await s.next();
    s.edit('05-meldinger.yaml', (t) => t.replace('jan: 7120449', 'jan: 7120450'));
    expect(await s.next()).toMatchObject({ ok: true, stats: { slidesLaidOut: 1, chartsDrawn: 1, pagesDrawn: 1 } });
  });

  it('prints the error of an invalid edit and keeps the last good PDF; the fix builds again', async () => {
    const s = (current = session());
    await s.next();
    const good = readFileSync(s.out);
    s.edit('04-hendelser.yaml', (t) => t.replace('title: Hvordan melde inn hendelser', 'title: "Hvordan melde inn hendelser'));
    const bad = await s.next();
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual(['2:8: teksten begynner med anførselstegn ("), men slutter ikke med det. Sett " på slutten av teksten.']);
    expect(s.log()).toContain(`04-hendelser.yaml:2:8: teksten begynner med anførselstegn`);
    expect(s.log()).toContain(`deck: fant 1 feil. ${s.out} er ikke endret.`);
    expect(readFileSync(s.out).equals(good)).toBe(true);
    s.edit('04-hendelser.yaml', (t) => t.replace('title: "Hvordan', 'title: Hvordan'));
    expect(await s.next()).toMatchObject({ ok: true, stats: { slidesLaidOut: 0, slidesFromCache: 7 } });
  });

  it('makes one build of several saves in quick succession', async () => {
    const s = (current = session());
    await s.next();
    for (const word of ['a', 'b', 'c', 'd']) s.edit('04-hendelser.yaml', (t) => t.replace(/inn hendelser\w*/, `inn hendelser${word}`));
    const b = await s.next();
    expect(b.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    s.ac.abort();
    await s.done;
    expect(s.log().match(/deck: skrev .* på \d+,\d s\.\n/g)).toHaveLength(1);
    expect(s.log().match(/er oppdatert \d+,\d s etter at du lagret\. Side 4 er tegnet på nytt\.\n/g)).toHaveLength(1);
  });

  it('says which page was drawn again and how long after the save the PDF was there', async () => {
    const s = (current = session());
    await s.next();
    expect(s.log()).toMatch(/^deck: skrev .*mini\.pdf \(7 sider\) på \d+,\d s\.\n$/);
    s.edit('05-meldinger.yaml', (t) => t.replace('jan: 7120449', 'jan: 7120450'));
    await s.next();
    expect(s.log().split('\n').at(-2)).toMatch(new RegExp(`^deck: ${s.out.replace(/[.]/g, '\\.')} er oppdatert \\d+,\\d s etter at du lagret\\. Side 5 er tegnet på nytt\\.$`));
    s.edit('04-hendelser.yaml', (t) => t.replace('title: Hvordan', '# en kommentar\ntitle: Hvordan'));
    await s.next();
    expect(s.log().split('\n').at(-2)).toMatch(new RegExp(`^deck: ${s.out.replace(/[.]/g, '\\.')} er som før: lagringen endret ingenting i PDF-en \\(sjekket på \\d+,\\d s\\)\\.$`));
  });

  it('prints a warning once when it appears, not again on later saves, and says when it is gone', async () => {
    const s = (current = session());
    await s.next();
    s.edit('05-meldinger.yaml', (t) => t.replace('nov: 4951197', 'nov: ~'));
    await s.next();
    const warning = /05-meldinger\.yaml:31:12: advarsel: ingen tall for november 2025 ennå \(«nov: ~»\)\. Fyll det inn før rapporten sendes\.\n/g;
    expect(s.log().match(warning)).toHaveLength(1);
    s.edit('04-hendelser.yaml', (t) => t.replace('Hvordan melde inn hendelser', 'Slik melder du inn hendelser'));
    await s.next();
    expect(s.log().match(warning)).toHaveLength(1);
    s.edit('05-meldinger.yaml', (t) => t.replace('nov: ~', 'nov: 4951197'));
    await s.next();
    expect(s.log()).toMatch(/deck: advarselen er borte: .*05-meldinger\.yaml:31:12: ingen tall for november 2025 ennå \(«nov: ~»\)\. Fyll det inn før rapporten sendes\.\n/);
    expect(s.log().match(/advarselen er borte/g)).toHaveLength(1);
  });

  it('stops cleanly when asked: resolves 0 and leaves no temporary file', async () => {
    const s = session();
    await s.next();
    s.ac.abort();
    expect(await s.done).toBe(0);
    expect(s.log()).toMatch(/deck: sluttet å følge med\.\n$/);
    expect(readdirSync(join(s.dir, 'out'))).toEqual(['mini.pdf']);
  });

  it('ignores editors\' temporary files and other files', () => {
    expect(['04-hendelser.yaml', 'deck.yaml', 'bilder/logo.png', 'bilder/logo.svg'].map(isContentFile)).toEqual([true, true, true, true]);
    expect(['.04-hendelser.yaml.swp', '04-hendelser.yaml~', '#04-hendelser.yaml#', 'out.pdf', '.out.pdf.123.tmp', 'SOURCE-NOTES.md'].map(isContentFile)).toEqual([false, false, false, false, false, false]);
  });
});

describe('deck watch and the templates', () => {
  // A copy of the templates, so that this file can edit them while other test files read the real ones.
  const templates = mkdtempSync(join(tmpdir(), 'deck-watch-templates-'));
  const editTemplate = (file: string, change: (s: string) => string) => writeFileSync(join(templates, file), change(readFileSync(join(templates, file), 'utf8')));
  beforeEach(() => {
    cpSync(TEMPLATES_DIR, templates, { recursive: true });
    useTemplates(templates);
  });
  afterAll(() => useTemplates(TEMPLATES_DIR));

  it('draws a saved partial without a restart: the pages with a footer, and only those', async () => {
    const s = (current = session());
    expect(await s.next()).toMatchObject({ ok: true, stats: { pagesDrawn: 7 } });
    editTemplate('partials/footer.hbs', (t) => t.replace('{{{text "Digdir"', '{{{text "DIGDIR"'));
    // The title, the two section slides and the closing slide have no footer: three of the seven pages change.
    expect(await s.next()).toMatchObject({ ok: true, stats: { slidesLaidOut: 7, pagesDrawn: 3, pagesReused: 4 } });
    expect((await readPdf(readFileSync(s.out))).pages[3]).toContain('DIGDIR');
    expect(s.log()).toMatch(/etter at du lagret\. Sidene 2, 4 og 5 er tegnet på nytt\.\n$/);
  });

  it('draws a saved chart template: the chart again, on its page only, as a fresh build would', async () => {
    const s = (current = session());
    await s.next();
    editTemplate('charts/monthly.vl.json', (t) => t.replace('"paddingInner": 0.22', '"paddingInner": 0.4'));
    expect(await s.next()).toMatchObject({ ok: true, stats: { chartsDrawn: 1, pagesDrawn: 1, pagesReused: 6 } });
    const fresh = join(s.dir, 'out', 'fresh.pdf');
    await build({ dir: s.dir, out: fresh });
    expect(readFileSync(s.out).equals(readFileSync(fresh))).toBe(true);
  });

  it('says where a saved template has a syntax error, keeps the last PDF, and builds again when it is corrected', async () => {
    const s = (current = session());
    await s.next();
    const good = readFileSync(s.out);
    editTemplate('partials/footer.hbs', (t) => t.replace('{{{text "Digdir"', '{{{text "Digdir'));
    const bad = await s.next();
    expect(bad.ok).toBe(false);
    expect(s.log()).toMatch(/templates-\w+\/partials\/footer\.hbs:3:1: malen har en skrivefeil og kan ikke brukes\. Rett den og lagre igjen\. \(Malverktøyet sier: Expecting .*\)\n/);
    expect(s.log()).not.toContain('intern feil');
    expect(readFileSync(s.out).equals(good)).toBe(true);
    editTemplate('partials/footer.hbs', (t) => t.replace('{{{text "Digdir', '{{{text "Digdir"'));
    expect(await s.next()).toMatchObject({ ok: true, stats: { pagesDrawn: 0 } });
  });

  it('takes no notice of editors\' temporary files in the templates folder', () => {
    expect(['layouts/text.hbs', 'partials/footer.hbs', 'charts/monthly.vl.json'].map(isTemplateFile)).toEqual([true, true, true]);
    expect(['.text.hbs.swp', 'text.hbs~', '#footer.hbs#', 'README.md'].map(isTemplateFile)).toEqual([false, false, false, false]);
  });
});

describe('deck watch as a process', () => {
  // The CLI compiled from today's src/, into a folder of its own: lib/ may be being rebuilt by
  // another test file at the same moment. Inside the project, so that it finds templates/ and node_modules/.
  const bin = join('node_modules', '.cache', 'deck-watch-test');
  beforeAll(() => {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', bin], { stdio: 'ignore' });
  }, 60_000);

  it('stops on Ctrl+C (SIGINT) with exit code 0', async () => {
    const dir = editionWith();
    const child = spawn(process.execPath, [join(bin, 'cli', 'bin.js'), 'watch', dir, '-o', join(dir, 'x.pdf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    while (!err.includes('følger med')) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(err).toMatch(/deck: sluttet å følge med\.\n$/);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 30_000);
});
