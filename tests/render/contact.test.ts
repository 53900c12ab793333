/**
 * The contact slide's groups: side by side, never split, each under its heading; a group that does
 * not fit is a content error naming its place in deck.yaml.
 */
import { describe, expect, it } from 'vitest';
import { contactLayout } from '../../src/render/contact.js';
import { FitError } from '../../src/render/text/textSvg.js';
import { editionWith, runCli } from '../helpers.js';

const points = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `punkt${i + 1}@altinn.no` }));

describe('contact groups', () => {
  it('puts each group in its own column, cards under the heading, every group starting at the same height', () => {
    const [a, b] = contactLayout([{ items: points(2) }, { heading: 'Tjenesteeiere', items: points(3) }]);
    expect(a!.cards.map((c) => c.x)).toEqual([48, 48]);
    expect(b!.cards.map((c) => c.x)).toEqual([492, 492, 492]);
    expect(b!.x).toBe(492);
    expect(a!.cards[0]!.y).toBe(b!.cards[0]!.y);
    expect(b!.headingY).toBeLessThan(b!.cards[0]!.y);
    expect(b!.cards.map((c) => c.y)).toEqual([...b!.cards.map((c) => c.y)].sort((x, y) => x - y));
    expect(b!.cards[2]).toMatchObject({ labelField: 'deck.contact.1.items.2.label', valueField: 'deck.contact.1.items.2.value' });
  });

  it('fills two columns row by row when there is one group, and three narrower columns for three', () => {
    const [one] = contactLayout([{ items: points(5) }]);
    expect(one!.cards.map((c) => [c.x, c.w])).toEqual([[48, 420], [492, 420], [48, 420], [492, 420], [48, 420]]);
    const three = contactLayout([{ items: points(1) }, { items: points(1) }, { items: points(1) }]);
    expect(three.map((g) => g.cards[0]!.x)).toEqual([48, 344, 640]);
    expect(three[0]!.cards[0]!.w).toBe(272);
  });

  it('fails with the group when its cards would run into the footer', () => {
    expect(() => contactLayout([{ heading: 'A', items: points(4) }])).not.toThrow();
    try {
      contactLayout([{ items: points(1) }, { heading: 'Tjenesteeiere', items: points(5) }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FitError);
      expect((e as FitError).field).toEqual(['deck', 'contact', 1, 'items']);
    }
  });

  it('names the line of deck.yaml, in plain Norwegian', async () => {
    const deck = (contact: string) =>
      `title: T\nmonth: "2025-11"\nlanguage: nb\nauthor: A\nfooter: F\nsections:\n  - title: Plattformen\n    description: D\ncontact:\n${contact}organisation:\n  name: N\n  email: a@b.no\n  phone: "1"\n  postal: P\n  visiting: [V]\n`;
    const dir = editionWith({
      'deck.yaml': deck('  - items: [servicedesk@altinn.no]\n  - heading: Tjenesteeiere\n    items:\n' + points(5).map((p) => `      - ${p.value}\n`).join('')),
      '06-treffpunkt.yaml': null,
      '04-hendelser.yaml': 'layout: contact\ntitle: Ta gjerne kontakt\n',
    });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('deck.yaml:13:7: gruppen har 5 kontaktpunkter, men bare 4 får plass i én kolonne. Fjern noen, eller del gruppen i to.\n');
  });
});
