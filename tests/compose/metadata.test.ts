/** Metadata, dates and page labels: derived from the deck file and the edition, never from the clock. */
import { describe, expect, it } from 'vitest';
import { metaFor, sourceDate, xmpDescriptions } from '../../src/compose/metadata.js';
import { pageLabelNums } from '../../src/compose/pageLabels.js';
import { checkEdition } from '../../src/build.js';
import { MINI } from '../helpers.js';

describe('sourceDate', () => {
  it('is midnight UTC on the first day of the edition month', () => {
    expect(sourceDate({ year: 2025, month: 11 }, {}).toISOString()).toBe('2025-11-01T00:00:00.000Z');
    expect(sourceDate({ year: 2026, month: 1 }, {}).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('follows SOURCE_DATE_EPOCH when it is a whole number of seconds, and ignores anything else', () => {
    expect(sourceDate({ year: 2025, month: 11 }, { SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(sourceDate({ year: 2025, month: 11 }, { SOURCE_DATE_EPOCH: 'yesterday' }).toISOString()).toBe('2025-11-01T00:00:00.000Z');
    expect(sourceDate({ year: 2025, month: 11 }, { SOURCE_DATE_EPOCH: '' }).toISOString()).toBe('2025-11-01T00:00:00.000Z');
  });
});

describe('metaFor', () => {
  it('takes title, author, subject, keywords and language from the deck file', () => {
    const { edition } = checkEdition(MINI);
    const meta = metaFor(edition!, 'november 2025', {});
    expect(meta).toMatchObject({
      title: 'Oppsummering fra Altinn sentralforvaltning – november 2025',
      author: 'Digitaliseringsdirektoratet',
      subject: 'Oppsummering fra Altinn sentralforvaltning for november 2025',
      lang: 'nb-NO',
    });
    expect(meta.keywords).toContain('november 2025');
    for (const s of edition!.deck.sections) expect(meta.keywords).toContain(s.title);
    expect(new Set(meta.keywords).size).toBe(meta.keywords.length);
  });
});

describe('xmpDescriptions', () => {
  it('escapes every value, so a title with & or < keeps the XMP well-formed', () => {
    const xmp = xmpDescriptions(
      { title: 'Altinn & Digdir <test>', author: 'A "B"', subject: 's', keywords: ['x&y'], lang: 'nb-NO', date: new Date(Date.UTC(2025, 10, 1)) },
      { creator: 'deck', producer: 'deck' },
    );
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Altinn &amp; Digdir &lt;test&gt;</rdf:li>');
    expect(xmp).toContain('<rdf:li>A &quot;B&quot;</rdf:li>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>nb-NO</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>2025-11-01T00:00:00Z</xmp:CreateDate>');
    // Every tag that opens is closed (no value can open one).
    const tags = [...xmp.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)].filter((m) => !m[3]);
    const stack: string[] = [];
    for (const [, close, name] of tags) {
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });
});

describe('pageLabelNums', () => {
  it('is one decimal range when the printed numbers run 1, 2, 3 …', () => {
    expect(pageLabelNums([1, 2, 3, 4])).toEqual([0, { S: 'D', St: 1 }]);
  });

  it('starts a new range wherever the printed numbers jump', () => {
    expect(pageLabelNums([3, 4, 10, 11, 1])).toEqual([0, { S: 'D', St: 3 }, 2, { S: 'D', St: 10 }, 4, { S: 'D', St: 1 }]);
  });

  it('refuses a number a page label cannot show', () => {
    expect(() => pageLabelNums([1, 0])).toThrow(/page 2/);
  });
});
