/**
 * `deck renumber`: slide files numbered 01 … NN in their order, their data files with them, the
 * fields that name them rewritten; refused when a name has a mistake or a new name is taken
 * (tests/fixtures/files/, tests/fixtures/renumber-collision/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEdition } from '../../src/build.js';
import { loadEdition } from '../../src/load/loadEdition.js';
import { editionWith, runCli } from '../helpers.js';

const slides = (dir: string) => loadEdition(dir).source.slides.map((s) => s.path.split('/').pop());
const titles = (dir: string) => loadEdition(dir).source.slides.map((s) => String(s.doc.get('title') ?? s.doc.get('layout')));

describe('deck renumber', () => {
  it('numbers the slides 01 … NN in the order they had, and says what it renamed', async () => {
    const dir = editionWith({
      '04b-ny.yaml': 'layout: text\ntitle: Ny to\nbody:\n  - text: Ny.\n',
      '04a-ny.yml': 'layout: text\ntitle: Ny en\nbody:\n  - text: Ny.\n',
    });
    const before = titles(dir);
    const r = await runCli(['renumber', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(['  04a-ny.yml → 05-ny.yml', '  04b-ny.yaml → 06-ny.yaml', '  05-meldinger.yaml → 07-meldinger.yaml', '  06-treffpunkt.yaml → 08-treffpunkt.yaml', '  07-slutt.yaml → 09-slutt.yaml', ''].join('\n'));
    expect(r.err).toBe(`deck: ga nye navn til 5 filer i ${dir}. De 9 lysbildene står i samme rekkefølge som før.\n`);
    expect(slides(dir)).toEqual(['01-forside.yaml', '02-innhold.yaml', '03-plattformen.yaml', '04-hendelser.yaml', '05-ny.yml', '06-ny.yaml', '07-meldinger.yaml', '08-treffpunkt.yaml', '09-slutt.yaml']);
    expect(titles(dir)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.includes('renumber'))).toEqual([]);

    const again = await runCli(['renumber', dir]);
    expect(again.err).toBe(`deck: numrene i ${dir} er allerede i orden (01–09). Ingen filer er endret.\n`);
  });

  it('renames a slide’s CSV file with it and rewrites `data:`, and nothing else in the file', async () => {
    const dir = editionWith({ '03a-ny.yaml': 'layout: text\ntitle: Ny\nbody:\n  - text: Ny.\n' }, 'tests/fixtures/data');
    const before = readFileSync(join(dir, '04-svartid.yaml'), 'utf8');
    const r = await runCli(['renumber', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      '  03a-ny.yaml → 04-ny.yaml\n  04-svartid.yaml → 05-svartid.yaml\n  04-svartid.csv → 05-svartid.csv\n' +
        `  ${relative(process.cwd(), dir)}/04-svartid.yaml:6:9: «data: 04-svartid.csv» er endret til «data: 05-svartid.csv»\n`,
    );
    expect(readFileSync(join(dir, '05-svartid.yaml'), 'utf8')).toBe(before.replace('data: 04-svartid.csv', 'data: 05-svartid.csv'));
    expect(checkEdition(dir).problems).toEqual([]);
  });

  it('refuses, renaming nothing, when a new name is taken by a file that stays (tests/fixtures/renumber-collision)', async () => {
    const dir = editionWith({}, 'tests/fixtures/renumber-collision');
    const before = readdirSync(dir).sort();
    const r = await runCli(['renumber', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${relative(process.cwd(), dir)}/04-meldinger.csv: filen kan ikke få det nye navnet «03-meldinger.csv», fordi en annen fil allerede heter det. Gi en av dem et annet navn, og skriv npx deck renumber på nytt.\n` +
        'deck: fant 1 feil, så ingen filer har fått nye navn.\n',
    );
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('refuses, renaming nothing, when a file name has a mistake (tests/fixtures/files)', async () => {
    const dir = editionWith({}, 'tests/fixtures/files');
    const before = readdirSync(dir).sort();
    const r = await runCli(['renumber', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${relative(process.cwd(), dir)}/9.5-ny.yaml: «9.5» kan ikke være nummeret på et lysbilde.`);
    expect(r.err).toMatch(/deck: fant 6 feil, så ingen filer har fått nye navn\.\n$/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
