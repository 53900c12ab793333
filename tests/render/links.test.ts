/**
 * Links lead to web pages and e-mail addresses only: a written link to anything else (a script, a
 * file on the reader's disk, a network share, a program to start) is a content error at its field,
 * in check as in build, and so is a link without https:// (which would lead nowhere) and `**` left
 * open (chosen: an error, not stars shown as they are written).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, inlineProblem } from '../../src/render/text/inline.js';
import { editionWith, MINI } from '../helpers.js';
import { expectRefused } from '../refused.js';

const withText = (text: string) => editionWith({ '04-hendelser.yaml': `layout: text\ntitle: Hendelser\nbody:\n  - text: Før.\n  - text: "${text}"\n` });

describe('links', () => {
  const unsafe = (href: string) =>
    `DIR/04-hendelser.yaml:5:11: lenken «${href}» går ikke til en nettside eller en e-postadresse, og kan ikke brukes. En lenke begynner med https://, http:// eller mailto:, som i [Altinn](https://www.altinn.no).`;

  for (const href of ['javascript:alert(1', 'file:///etc/passwd', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox', 'smb://server/deling', 'ms-msdt:/id', 'ftp://ftp.example.org/fil', 'tel:+4722451000', 'JavaScript:alert(1']) {
    it(`refuses a link to ${href.split(':')[0]}:`, async () => {
      await expectRefused(withText(`Se [her](${href}).`), [unsafe(href)]);
    });
  }

  it('refuses a link without https:// in front, which would lead nowhere', async () => {
    await expectRefused(withText('Se [Altinn](www.altinn.no).'), [
      'DIR/04-hendelser.yaml:5:11: lenken «www.altinn.no» mangler https:// foran. Skriv hele adressen, som i [Altinn](https://www.altinn.no).',
    ]);
  });

  it('refuses them in every kind of text: a heading, a list item, a note, a contact point in deck.yaml', async () => {
    await expectRefused(editionWith({ '04-hendelser.yaml': 'layout: text\ntitle: x\nbody:\n  - heading: "[a](file:///x)"\n' }), [
      'DIR/04-hendelser.yaml:4:14: lenken «file:///x» går ikke til en nettside eller en e-postadresse, og kan ikke brukes. En lenke begynner med https://, http:// eller mailto:, som i [Altinn](https://www.altinn.no).',
    ]);
    await expectRefused(editionWith({ '04-hendelser.yaml': 'layout: text\ntitle: x\nbody:\n  - bullets:\n      - "[a](smb://x/y)"\n' }), [
      'DIR/04-hendelser.yaml:5:9: lenken «smb://x/y» går ikke til en nettside eller en e-postadresse, og kan ikke brukes. En lenke begynner med https://, http:// eller mailto:, som i [Altinn](https://www.altinn.no).',
    ]);
    await expectRefused(editionWith({ '04-hendelser.yaml': 'layout: text\ntitle: x\nbody:\n  - text: y\nnote: "[a](data:x)"\n' }), [
      'DIR/04-hendelser.yaml:5:7: lenken «data:x» går ikke til en nettside eller en e-postadresse, og kan ikke brukes. En lenke begynner med https://, http:// eller mailto:, som i [Altinn](https://www.altinn.no).',
    ]);
    const deck = readFileSync(join(MINI, 'deck.yaml'), 'utf8').replace('      - https://samarbeid.digdir.no/', '      - "[Samarbeid](javascript:void)"');
    await expectRefused(editionWith({ 'deck.yaml': deck, '08-kontakt.yaml': 'layout: contact\ntitle: Kontakt\n' }), [
      'DIR/deck.yaml:16:9: lenken «javascript:void» går ikke til en nettside eller en e-postadresse, og kan ikke brukes. En lenke begynner med https://, http:// eller mailto:, som i [Altinn](https://www.altinn.no).',
    ]);
  });

  it('keeps links to web pages and e-mail addresses, written or bare', () => {
    for (const text of ['Se [her](https://x.no/a), [der](http://x.no) og [skriv](mailto:a@b.no?subject=Hei).', 'Se status.digdir.no, https://x.no og post@digdir.no.']) {
      const runs = parseInline(text);
      expect(runs.filter((r) => r.href)).toHaveLength(3);
      expect(inlineProblem(runs)).toBeUndefined();
    }
  });
});

describe('** left open', () => {
  it('is a content error at the text, in check as in build', async () => {
    await expectRefused(withText('Dette er **viktig, men uten slutt.'), [
      'DIR/04-hendelser.yaml:5:11: «**» her har ingen «**» som avslutter uthevingen. Skriv «**» på begge sider av ordene som skal stå med fet skrift, som «**viktig**».',
    ]);
  });

  it('closed, it is bold; a single * is a star', () => {
    expect(parseInline('Dette er **viktig** og * er en stjerne')).toEqual([
      { text: 'Dette er ', bold: false },
      { text: 'viktig', bold: true },
      { text: ' og * er en stjerne', bold: false },
    ]);
    expect(inlineProblem(parseInline('a * b'))).toBeUndefined();
  });
});
