/**
 * Characters that the embedded font cannot draw (emoji, Chinese, Arabic, invisible joiners) are a
 * content error at their field, named by code and Unicode name, in check as in build: before, they
 * came out as empty boxes in the PDF without a word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { editionWith, MINI } from '../helpers.js';
import { expectRefused } from '../refused.js';

const at = (line: number, col: number) => `DIR/08-ny.yaml:${line}:${col}`;

describe('characters the font lacks', () => {
  it('an emoji in a title', async () => {
    await expectRefused(editionWith({ '08-ny.yaml': 'layout: text\ntitle: Gode nyheter 🎉\nbody:\n  - text: x\n' }), [
      `${at(2, 8)}: tegnet «🎉» (U+1F389 PARTY POPPER) finnes ikke i skriften i rapporten, og ville blitt vist som en tom rute. Skriv teksten uten det, eller bytt det ut med vanlige bokstaver.`,
    ]);
  });

  it('Chinese and Arabic in a paragraph, an emoji made of several characters in a list item', async () => {
    await expectRefused(editionWith({ '08-ny.yaml': 'layout: text\ntitle: x\nbody:\n  - text: 中文 og عربي\n  - bullets:\n      - Team 👩‍💻\n' }), [
      `${at(4, 11)}: tegnene «中» (U+4E2D CJK UNIFIED IDEOGRAPH-4E2D), «文» (U+6587 CJK UNIFIED IDEOGRAPH-6587), «ع» (U+0639 ARABIC LETTER AIN) og 3 andre tegn finnes ikke i skriften i rapporten, og ville blitt vist som tomme ruter. Skriv teksten uten dem, eller bytt dem ut med vanlige bokstaver.`,
      `${at(6, 9)}: tegnene «👩» (U+1F469 WOMAN), (U+200D ZERO WIDTH JOINER) og «💻» (U+1F4BB PERSONAL COMPUTER) finnes ikke i skriften i rapporten, og ville blitt vist som tomme ruter. Skriv teksten uten dem, eller bytt dem ut med vanlige bokstaver.`,
    ]);
  });

  it('in a chart series name, and in deck.yaml', async () => {
    await expectRefused(editionWith({ '08-ny.yaml': 'layout: chart\ntitle: x\nchart:\n  kind: categories\n  categories: [a, b]\n  series:\n    "eBevis ✅": [1, 2]\n' }), [
      `${at(7, 5)}: tegnet «✅» (U+2705 WHITE HEAVY CHECK MARK) finnes ikke i skriften i rapporten, og ville blitt vist som en tom rute. Skriv teksten uten det, eller bytt det ut med vanlige bokstaver.`,
    ]);
    const deck = readFileSync(join(MINI, 'deck.yaml'), 'utf8').replace(/^footer: .*$/m, 'footer: Altinn ✨');
    await expectRefused(editionWith({ 'deck.yaml': deck }), [
      'DIR/deck.yaml:6:9: tegnet «✨» (U+2728 SPARKLES) finnes ikke i skriften i rapporten, og ville blitt vist som en tom rute. Skriv teksten uten det, eller bytt det ut med vanlige bokstaver.',
    ]);
  });
});
