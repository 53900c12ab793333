/**
 * One validated slide → one SVG document (960 × 540), through its Handlebars layout
 * (templates/layouts/<layout>.hbs) and the shared partials (templates/partials/*.hbs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { ContentError, type Problem } from '../errors.js';
import { posOfPath } from '../load/sourceFile.js';
import type { Edition, Slide } from '../validate/validate.js';
import { slideLayouts, type LayoutName, type SlideContent } from '../validate/schema.js';
import { renderChart, type RenderedChart } from './charts/index.js';
import { chartTableSpec } from './chartTable.js';
import { MONTH_LONG } from './format.js';
import { createHelpers, TABLE_ROW, type RenderState } from './helpers.js';
import { tableSvg } from './tables.js';
import { FitError } from './text/textSvg.js';
import { plainText } from './text/inline.js';
import { PAGE, TYPE } from './theme.js';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface RenderedSlide {
  page: number;
  layout: LayoutName;
  svg: string;
  /** The slide's title as the outline shows it. */
  title: string;
  /** Set on a section slide: the section's number. */
  opensSection?: number;
  /** Whether the footer (with the page number) is drawn. */
  numbered: boolean;
}

const hb = Handlebars.create();
createHelpers(hb);
for (const name of readdirSync(TEMPLATES_DIR + 'partials')) {
  if (name.endsWith('.hbs')) hb.registerPartial(name.slice(0, -4), readFileSync(TEMPLATES_DIR + 'partials/' + name, 'utf8'));
}
const compiled = new Map<LayoutName, Handlebars.TemplateDelegate>();

function layoutTemplate(layout: LayoutName): Handlebars.TemplateDelegate {
  let t = compiled.get(layout);
  if (!t) {
    // strict: a field the template uses but the view lacks is an error, not a blank.
    t = hb.compile(readFileSync(`${TEMPLATES_DIR}layouts/${layout}.hbs`, 'utf8'), { strict: true, noEscape: false });
    compiled.set(layout, t);
  }
  return t;
}

/** Slides without a footer: the title page, section dividers and the closing page. */
const UNNUMBERED: ReadonlySet<LayoutName> = new Set(['title', 'section', 'closing']);

export async function renderSlide(edition: Edition, slide: Slide, warn: (p: Problem) => void): Promise<RenderedSlide> {
  const { deck } = edition;
  const c = slide.content;
  const sections = deck.sections.map((s, i) => ({ number: i + 1, ...s }));
  const monthLabel = `${MONTH_LONG[edition.month - 1]} ${edition.year}`;
  const numbered = !UNNUMBERED.has(c.layout);
  const view = {
    slide: withAllFields(c),
    page: slide.page,
    pageCount: edition.slides.length,
    numbered,
    deck: { title: deck.title, footer: deck.footer, monthLabel, author: deck.author },
    logo: deck.logo ? resolve(edition.dir, deck.logo) : null,
    sections,
    section: c.layout === 'section' ? sections[c.section - 1] : null,
    contact: deck.contact.map((p) => ({ label: p.label ?? null, value: p.value })),
    organisation: deck.organisation,
    page_: PAGE,
    type: TYPE,
  };
  const state: RenderState = { cursor: 0, marks: {}, deferred: [] };
  let svg: string;
  try {
    svg = layoutTemplate(c.layout)(view, { data: { state } });
    svg = await fillDeferred(svg, state, slide, warn);
  } catch (err) {
    if (err instanceof FitError) throw ContentError.at(posOfPath(slide.file, err.field), err.message);
    throw err;
  }
  return { page: slide.page, layout: c.layout, svg, title: outlineTitle(edition, c), opensSection: c.layout === 'section' ? c.section : undefined, numbered };
}

async function fillDeferred(svg: string, state: RenderState, slide: Slide, warn: (p: Problem) => void): Promise<string> {
  const charts = new Map<object, RenderedChart>();
  const out = new Map<number, string>();
  for (const d of state.deferred.filter((x) => x.kind === 'chart')) {
    const r = await renderChart(d.chart, { width: d.box.width, height: d.box.height });
    charts.set(d.chart, r);
    if (r.noData) warn({ ...posOfPath(slide.file, d.field), severity: 'warning', message: 'this chart has no numbers; the slide shows a "no data" state' });
    out.set(d.id, `<g data-role="chart" transform="translate(${d.box.x},${d.box.y})">${r.svg}</g>`);
  }
  for (const d of state.deferred.filter((x) => x.kind === 'chartTable')) {
    const palette = charts.get(d.chart)?.palette ?? [];
    const spec = chartTableSpec(d.chart, palette, d.field);
    if (spec.rows.length === 0 || charts.get(d.chart)?.noData) {
      out.set(d.id, '');
      continue;
    }
    const t = tableSvg(spec, { x: d.box.x, y: d.box.y, width: d.box.width, maxHeight: d.box.height }, { sizes: [TYPE.table, 8, 7.5, 7], rowHeight: TABLE_ROW });
    out.set(d.id, t.svg);
  }
  return svg.replace(/<!--deferred:(\d+)-->/g, (_, id: string) => out.get(Number(id)) ?? '');
}

/** Every field of the layout present (null when absent), so strict templates can test optional ones. */
function withAllFields(c: SlideContent): Record<string, unknown> {
  const shape = (slideLayouts[c.layout] as unknown as { shape: Record<string, unknown> }).shape;
  const full: Record<string, unknown> = Object.fromEntries(Object.keys(shape).map((k) => [k, null]));
  return Object.assign(full, c);
}

function outlineTitle(edition: Edition, c: SlideContent): string {
  switch (c.layout) {
    case 'section':
      return `${c.section}. ${edition.deck.sections[c.section - 1]!.title}`;
    case 'closing':
      return edition.deck.organisation.name;
    case 'title':
      return c.subtitle ? `${c.title} ${c.subtitle}` : c.title;
    default:
      return plainText(c.title);
  }
}
