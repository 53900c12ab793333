/**
 * How a slide SVG's roles become the PDF's structure: checked on small slides shaped like the ones
 * the templates write, without PDFKit.
 */
import { describe, expect, it } from 'vitest';
import { planSlide, type Piece, type PlanElement, type PlanKid, type SlidePlan } from '../../src/compose/tagPlan.js';
import { plainText, type SvgElement } from '../../src/compose/svgTree.js';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540" width="960" height="540">\n${body}\n</svg>`;
const t = (s: string, x = 48, y = 100, extra = '') => `<text font-family="Inter" font-size="18" fill="#1F2C3D"${extra}><tspan x="${x}" y="${y}">${s}</tspan></text>`;
const deco = '<rect data-role="decoration" x="48" y="34" width="36" height="4" fill="#0062BA"/>';
const footer = `<g data-role="artifact"><rect data-role="decoration" x="48" y="507" width="864" height="0.75" fill="#D5DBE2"/><g data-role="artifact">${t('5', 906, 523)}</g></g>`;

/** The texts a piece draws: its own text (or only its run), or the texts inside it. */
function pieceTexts(p: Piece): string[] {
  if (p.el.tag === 'text') return [(p.children ?? p.el.children).map(plainText).join(' ').replace(/\s+/g, ' ').trim()];
  const found: string[] = [];
  const walk = (el: SvgElement) => {
    if (el.tag === 'text') found.push(plainText(el));
    else for (const c of el.children) if ('attrs' in c) walk(c);
  };
  walk(p.el);
  return found;
}

/** The structure as nested arrays of roles, with the text each content unit draws. */
function shape(plan: SlidePlan): unknown[] {
  const unitText = (u: number) => plan.units[u]!.pieces.flatMap(pieceTexts).filter(Boolean).join(' ') || undefined;
  const kid = (k: PlanKid): unknown => ('role' in k ? node(k) : unitText(k.unit));
  const node = (e: PlanElement): unknown => [e.role, ...e.kids.map(kid)];
  return plan.elements.map(node);
}

describe('planSlide: roles → structure elements in reading order', () => {
  it('makes the slide title H1, later headings H2, paragraphs P; decoration and footer are artifacts', () => {
    const plan = planSlide(
      svg(`${deco}<g data-role="heading">${t('Hvordan melde inn hendelser', 48, 69)}</g>
<g data-role="paragraph">${t('Som tjenesteeier kan dere', 48, 114)}${t('melde inn hendelser:', 48, 138)}</g>
<g data-role="heading" data-level="2">${t('I normal arbeidstid:', 48, 160)}</g>
<g data-role="heading">${t('Besøksadresser:', 48, 200)}</g>${footer}`),
    );
    expect(shape(plan)).toEqual([
      ['H1', 'Hvordan melde inn hendelser'],
      // Two lines of one paragraph: one marked-content sequence.
      ['P', 'Som tjenesteeier kan dere melde inn hendelser:'],
      ['H2', 'I normal arbeidstid:'],
      ['H2', 'Besøksadresser:'],
    ]);
    expect(plan.units.filter((u) => 'artifact' in u.mark).map((u) => u.mark)).toEqual([{ artifact: 'Layout' }, { artifact: 'Pagination' }]);
    expect(plan.untagged).toEqual([]);
  });

  it('splits a text line at its links: the Link is a child of the paragraph, in reading order', () => {
    const line = `<text font-family="Inter" font-size="18" fill="#1F2C3D"><tspan x="48" y="100">Send e-post til </tspan><a href="mailto:tjenesteeier@altinn.no" data-role="link"><tspan x="300" y="100" fill="#0062BA">tjenesteeier@altinn.no</tspan></a><tspan x="500" y="100"> eller ring.</tspan></text>`;
    const plan = planSlide(svg(`<g data-role="paragraph">${line}<rect data-role="decoration" x="300" y="103" width="190" height="1" fill="#0062BA"/></g>`));
    expect(shape(plan)).toEqual([['P', 'Send e-post til', ['Link', 'tjenesteeier@altinn.no'], 'eller ring.']]);
    const link = plan.elements[0]!.kids[1] as PlanElement;
    expect(link).toMatchObject({ href: 'mailto:tjenesteeier@altinn.no', text: 'tjenesteeier@altinn.no' });
    // Each run is drawn as a piece of the same <text> (its attributes, the run's own position); the
    // Link's piece holds the <a>, from which the drawer makes the annotation.
    const pieces = plan.units.flatMap((u) => u.pieces);
    expect(pieces.map((p) => p.el.tag)).toEqual(['text', 'text', 'text', 'rect']);
    expect(pieces[1]!.children!.map((c) => ('attrs' in c ? `${c.tag} ${c.attrs.href}` : c.tag))).toEqual(['a mailto:tjenesteeier@altinn.no']);
  });

  it('keeps a link that wraps onto the next line as one Link whose text is the whole link', () => {
    const a = (s: string, y: number) => `<text font-family="Inter" font-size="18" fill="#1F2C3D"><a href="https://altinn.github.io/docs/ny-funksjonalitet/" data-role="link"><tspan x="48" y="${y}">${s}</tspan></a></text>`;
    const plan = planSlide(svg(`<g data-role="paragraph">${a('https://altinn.github.io/docs/ny-', 100)}${a('funksjonalitet/', 124)}</g>`));
    const p = plan.elements[0]!;
    expect(p.kids).toHaveLength(1);
    expect(p.kids[0]).toMatchObject({ role: 'Link', text: 'https://altinn.github.io/docs/ny-funksjonalitet/' });
    expect((p.kids[0] as PlanElement).kids).toHaveLength(1);
  });

  it('tags bullet lists as L > LI > LBody, sub-lists inside the item body, bullets as artifacts', () => {
    const item = (s: string, inner = '') => `<g data-role="list-item"><circle data-role="decoration" cx="53" cy="178" r="3" fill="#0062BA"/>${t(s)}${inner}</g>`;
    const plan = planSlide(svg(`<g data-role="list">${item('Skjema', `<g data-role="list">${item('Frontend')}${item('Backend')}</g>`)}${item('Studio')}</g>`));
    expect(shape(plan)).toEqual([
      ['L', ['LI', ['LBody', 'Skjema', ['L', ['LI', ['LBody', 'Frontend']], ['LI', ['LBody', 'Backend']]]]], ['LI', ['LBody', 'Studio']]],
    ]);
    expect(plan.units.filter((u) => 'artifact' in u.mark)).toHaveLength(4);
  });

  it('tags tables as Table > TR > TH | TD: a header row of column headers, row headers at the start of data rows', () => {
    const cell = (role: string, s: string) => `<g data-role="${role}"><text font-family="Inter" font-size="8.5" fill="#1F2C3D" x="60" y="425">${s}</text></g>`;
    const plan = planSlide(
      svg(`<g data-role="table"><rect data-role="decoration" x="48" y="414" width="864" height="16" fill="#EEF4FA"/>
<g data-role="table-row">${cell('table-header-cell', '')}${cell('table-header-cell', 'jan.')}${cell('table-header-cell', 'feb.')}</g>
<rect data-role="decoration" x="52" y="434" width="7" height="7" fill="#848D98"/>
<g data-role="table-row">${cell('table-header-cell', '2025')}${cell('table-cell', '7 120 449')}${cell('table-cell', '5 214 812')}</g></g>`),
    );
    // The empty corner cell stays a TH without content.
    expect(shape(plan)).toEqual([['Table', ['TR', ['TH'], ['TH', 'jan.'], ['TH', 'feb.']], ['TR', ['TH', '2025'], ['TD', '7 120 449'], ['TD', '5 214 812']]]]);
    const [head, row] = plan.elements[0]!.kids as PlanElement[];
    expect((head!.kids as PlanElement[]).map((c) => c.scope)).toEqual(['Column', 'Column', 'Column']);
    expect((row!.kids as PlanElement[]).map((c) => c.scope)).toEqual(['Row', undefined, undefined]);
  });

  it('gives a cell what a screen reader says instead of its text (aria-label → /Alt)', () => {
    const plan = planSlide(
      svg(`<g data-role="table"><g data-role="table-row"><g data-role="table-header-cell"><text x="60" y="425">År</text></g><g data-role="table-header-cell"><text x="90" y="425">des.</text></g></g>
<g data-role="table-row"><g data-role="table-header-cell"><text x="60" y="441">2025</text></g><g data-role="table-cell" aria-label="ingen tall"><text x="90" y="441">–</text></g></g></g>`),
    );
    const [, row] = plan.elements[0]!.kids as PlanElement[];
    const [th, td] = row!.kids as PlanElement[];
    expect(td).toMatchObject({ role: 'TD', alt: 'ingen tall' });
    expect(td!.kids).toHaveLength(1); // the dash is still drawn as the cell's content
    expect(th!.alt).toBeUndefined();
  });

  it('gives a table the box the render stage drew it in (its BBox in the tagged PDF)', () => {
    const plan = planSlide(
      svg(`<g data-role="table" data-box="48 400 864 48"><g data-role="table-row"><g data-role="table-header-cell"><text x="60" y="425">År</text></g></g></g>`),
    );
    expect(plan.elements[0]).toMatchObject({ role: 'Table', box: [48, 400, 864, 48] });
  });

  it('makes a chart one Figure with its text alternative and box', () => {
    const chart = `<g data-role="chart" aria-label="Søylediagram: Meldingstjeneste &amp; mer." data-box="48 114.7 864 290" transform="translate(48,114.7)"><g fill="none"><text transform="translate(10,10)" font-family="Inter" font-size="9px" fill="#545E6B">jan.</text><path d="M0,0h10v20h-10Z" fill="#0062BA"/></g></g>`;
    const plan = planSlide(svg(chart));
    expect(plan.elements).toEqual([{ role: 'Figure', alt: 'Søylediagram: Meldingstjeneste & mer.', box: [48, 114.7, 864, 290], kids: [{ unit: 0 }] }]);
    expect(plan.units[0]!.pieces.map((p) => p.el.attrs['data-role'])).toEqual(['chart']);
  });

  it('draws the lines of one paragraph as one unit, and starts a new unit wherever another element comes between', () => {
    const plan = planSlide(svg(`<g data-role="paragraph">${t('Tekst')}</g>${deco}<g data-role="paragraph">${t('A')}${t('B')}${t('C')}</g>`));
    expect(plan.units.map((u) => u.pieces.flatMap(pieceTexts))).toEqual([['Tekst'], [], ['A', 'B', 'C']]);
  });

  it('does not lose text without a role: it becomes a paragraph and is reported', () => {
    const plan = planSlide(svg(`${t('Uten rolle')}<g>${t('Heller ikke')}</g><rect x="0" y="0" width="5" height="5" fill="#000"/>`));
    expect(shape(plan)).toEqual([['P', 'Uten rolle'], ['P', 'Heller ikke']]);
    expect(plan.untagged).toEqual(['Uten rolle', 'Heller ikke']);
  });
});
