import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/load/loadEdition.js';
import { posOfPath } from '../../src/load/sourceFile.js';
import { editionWith } from '../helpers.js';

describe('loading an edition folder', () => {
  it('orders slides by the number in the file name, not alphabetically', () => {
    const dir = editionWith();
    writeFileSync(join(dir, '100-ekstra.yaml'), 'layout: closing\n');
    const { source } = loadEdition(dir);
    expect(source.slides.map((s) => s.path.split('/').pop())).toEqual([
      '01-forside.yaml', '02-innhold.yaml', '03-plattformen.yaml', '04-hendelser.yaml', '05-meldinger.yaml', '06-treffpunkt.yaml', '07-slutt.yaml', '100-ekstra.yaml',
    ]);
  });

  it('refuses YAML files that are not named like slides', () => {
    const dir = editionWith({ 'notater.yaml': 'a: 1\n' });
    const { problems } = loadEdition(dir);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 0, message: expect.stringContaining('Gi den et navn som «05-hendelser.yaml»') })]);
  });

  it('refuses two slides with the same number', () => {
    const dir = editionWith({ '04-annen.yaml': 'layout: closing\n' });
    const { problems } = loadEdition(dir);
    expect(problems.some((p) => p.severity === 'error' && /to lysbildefiler har nummeret 04 /.test(p.message))).toBe(true);
  });

  it('keeps the line and column of every value', () => {
    const { source } = loadEdition(editionWith());
    const chart = source.slides[4]!;
    expect(posOfPath(chart, ['chart', 'years', '2025', 'feb'])).toMatchObject({ line: 22, col: 12 });
  });
});
