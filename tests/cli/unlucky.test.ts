/**
 * Mistakes an unlucky editor makes, each with a message that says what is wrong: a slide file with
 * a capital extension, an edition month from another century, a SOURCE_DATE_EPOCH that is no date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/load/loadEdition.js';
import { editionWith, MINI, readPdf, runCli } from '../helpers.js';
import { expectRefused } from '../refused.js';

describe('an unlucky editor', () => {
  it('41-x.YAML is not left out without a word: it is a slide (the rule for slide names is src/load/editionFiles.ts)', async () => {
    const dir = editionWith();
    writeFileSync(join(dir, '08-ny.YAML'), 'layout: closing\n');
    expect(loadEdition(dir).source.slides.map((s) => basename(s.path))).toContain('08-ny.YAML');
  });

  it('an edition month outside 2000–2100 (0000-01 was dated 1900)', async () => {
    for (const month of ['0000-01', '1999-12', '2101-01']) {
      const deck = readFileSync(join(MINI, 'deck.yaml'), 'utf8').replace('month: "2025-11"', `month: "${month}"`);
      await expectRefused(editionWith({ 'deck.yaml': deck }), [`DIR/deck.yaml:3:8: «month» har året ${Number(month.slice(0, 4))}. Skriv en måned fra år 2000 til 2100, som "2025-11".`]);
    }
  });

  describe('SOURCE_DATE_EPOCH', () => {
    const before = process.env.SOURCE_DATE_EPOCH;
    afterEach(() => {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    });

    it('that is no date a PDF can carry is a usage error, not a stack trace', async () => {
      for (const value of ['99999999999999', 'i går', '-5']) {
        process.env.SOURCE_DATE_EPOCH = value;
        const r = await runCli(['build', editionWith(), '-o', join(editionWith(), 'x.pdf')]);
        expect(r.code).toBe(2);
        expect(r.err).toBe(
          `deck: SOURCE_DATE_EPOCH er «${value}», men det skal være et helt antall sekunder siden 1. januar 1970 fram til år 9999 (for eksempel 1761955200). Rett verdien, eller fjern den.\nSkriv npx deck --help for å se hva du kan skrive.\n`,
        );
      }
    });

    it('that is a date is used', async () => {
      process.env.SOURCE_DATE_EPOCH = '1764547200'; // 1 December 2025; without it, the edition month
      const dir = editionWith();
      expect((await runCli(['build', dir, '-o', join(dir, 'x.pdf')])).code).toBe(0);
      expect(String((await readPdf(readFileSync(join(dir, 'x.pdf')))).info.CreationDate)).toMatch(/^D:20251201000000Z?/);
    });
  });
});
