/**
 * One validated slide → one SVG document (960 × 540), through its Handlebars layout
 * (templates/layouts/<layout>.hbs) and the shared partials (templates/partials/*.hbs).
 */
import Handlebars from './handlebarsRuntime.js';
import { ContentError, type Problem } from '../errors.js';
import { posOfPath } from '../load/sourceFile.js';
import { msg } from '../messages/index.js';
import type { Edition, Slide } from '../validate/validate.js';
import { slideLayouts, type LayoutName, type SlideContent } from '../validate/schema.js';
import { chartAltText } from './charts/altText.js';
import { NO_DATA_TEXT } from './charts/monthly.js';
import { chartHasData, monthlyPlotInsets } from './charts/palette.js';
import type { ChartRenderer } from './charts/pool.js';
import { chartTableSpec, dataTableSvg } from './chartTable.js';
import { MONTH_LONG } from './format.js';
import { createHelpers, type Deferred, type RenderState } from './helpers.js';
import { esc, FitError, num } from './text/textSvg.js';
import { plainText } from './text/inline.js';
import { handlebarsSpec, templateFiles, templatesGeneration } from './templates.js';
import { timed } from '../timings.js';
import { PICTURE_FRAME, PICTURE_HREF, type PictureUse } from './pictures/place.js';
import { dataUrl } from './pictures/prepare.js';
import type { PictureSupply } from './pictures/supply.js';


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
const compiled = new Map<LayoutName, Handlebars.TemplateDelegate>();
let partialsOf = -1;

/** The layout's template, with the partials registered; made again after the templates have changed (deck watch). */
function layoutTemplate(layout: LayoutName): Handlebars.TemplateDelegate {
  if (partialsOf !== templatesGeneration()) {
    compiled.clear();
    for (const name of Object.keys(hb.partials)) hb.unregisterPartial(name);
    timed('  layout: Handlebars templates', () => {
      for (const rel of templateFiles('partials')) hb.registerPartial(rel.slice('partials/'.length, -'.hbs'.length), hb.template(handlebarsSpec(rel)));
    });
    partialsOf = templatesGeneration();
  }
  let t = compiled.get(layout);
  if (!t) {
    t = timed('  layout: Handlebars templates', () => hb.template(handlebarsSpec(`layouts/${layout}.hbs`)));
    compiled.set(layout, t);
  }
  return t;
}

/** The smallest chart that can be read (the November charts are at least 240 pt high and 420 wide). */
const MIN_CHART = { width: 150, height: 120 } as const;

/** Slides without a footer: the title page, section dividers and the closing page. */
const UNNUMBERED: ReadonlySet<LayoutName> = new Set(['title', 'section', 'closing']);

/** A slide laid out by its template; its charts (if any) are still to be drawn. */
export interface LaidOutSlide extends Omit<RenderedSlide, 'svg'> {
  svg: string;
  charts: Deferred[];
  /** The pictures placed, whose bytes are filled in by finishSlide. */
  pictures: PictureUse[];
  slide: Slide;
}

/**
 * Runs the slide's layout template: every text box is wrapped and fit-checked and every data table
 * drawn, so all content errors are known before anything is written. Charts are left as placeholders.
 */
export function layoutSlide(edition: Edition, slide: Slide): LaidOutSlide {
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
    logo: edition.logo ?? null,
    sections,
    section: c.layout === 'section' ? sections[c.section - 1] : null,
    contact: deck.contact,
    organisation: deck.organisation,
  };
  const state: RenderState = { cursor: 0, marks: {}, deferred: [], pictures: slide.pictures, pictureUses: [] };
  try {
    let svg = layoutTemplate(c.layout)(view, { data: { state } });
    svg = fillTables(svg, state);
    // The chart gets the room its data table leaves: a table of many rows can leave none.
    for (const d of state.deferred) {
      if (d.kind === 'chart' && !(d.box.height >= MIN_CHART.height && d.box.width >= MIN_CHART.width)) {
        throw new FitError(d.field, msg().render.chartNoRoom(Math.max(0, Math.round(d.box.height)), MIN_CHART.height));
      }
    }
    return { page: slide.page, layout: c.layout, svg, title: outlineTitle(edition, c), opensSection: c.layout === 'section' ? c.section : undefined, numbered, charts: state.deferred.filter((d) => d.kind === 'chart'), pictures: state.pictureUses, slide };
  } catch (err) {
    if (err instanceof FitError) {
      // A field path starting with "deck" names a field of deck.yaml (footer, sections, contact …).
      const inDeck = err.field[0] === 'deck';
      throw ContentError.at(posOfPath(inDeck ? edition.deckFile : slide.file, inDeck ? err.field.slice(1) : err.field), err.message);
    }
    throw err;
  }
}

/**
 * Draws the slide's charts (through `charts`, possibly a worker thread) into its SVG, and puts in
 * its pictures as `pictures` prepared them (render/pictures/supply.ts).
 */
export async function finishSlide(laid: LaidOutSlide, charts: ChartRenderer, warn: (p: Problem) => void, pictures?: PictureSupply): Promise<RenderedSlide> {
  if (laid.pictures.length && !pictures) throw new Error(`page ${laid.page}: its pictures were not prepared`);
  const [shown, drawn] = await Promise.all([
    Promise.all(laid.pictures.map((u) => pictures!(u.picture.source))),
    Promise.all(laid.charts.map(async (d) => {
      if (!chartHasData(d.chart)) warn({ ...posOfPath(laid.slide.file, d.field), severity: 'warning', message: msg().render.chartWithoutNumbers(NO_DATA_TEXT) });
      const r = await charts.render(d.chart, { width: d.box.width, height: d.box.height });
      // The text alternative and the box become the chart's Figure in the tagged PDF (compose).
      const c = laid.slide.content;
      const alt = chartAltText(d.chart, { title: 'title' in c ? plainText(c.title) : laid.title, subtitle: 'subtitle' in c && c.subtitle ? plainText(c.subtitle) : undefined });
      const box = [d.box.x, d.box.y, r.width, r.height].map(num).join(' ');
      return [d.id, `<g data-role="chart" aria-label="${esc(alt)}" data-box="${box}" transform="translate(${d.box.x},${d.box.y})">${r.svg}</g>`] as const;
    })),
  ]);
  const byId = new Map<number, string>(drawn);
  let svg = laid.svg.replace(/<!--deferred:(\d+)-->/g, (all, id: string) => byId.get(Number(id)) ?? all);
  svg = svg.replace(PICTURE_HREF, (_all, id: string) => dataUrl(shown[Number(id)]!)).replace(PICTURE_FRAME, (_all, id: string, frame: string) => (shown[Number(id)]!.opaque ? frame : ''));
  const { charts: _c, slide: _s, pictures: _p, ...rest } = laid;
  return { ...rest, svg };
}

/** A slide without charts and pictures is finished when it is laid out. */
export function finishedWithoutCharts(laid: LaidOutSlide): RenderedSlide {
  const { charts: _c, slide: _s, pictures: _p, ...rest } = laid;
  return rest;
}

/** The data tables under charts: their colours come from the chart's palette, known without drawing it. */
function fillTables(svg: string, state: RenderState): string {
  const tables = new Map<number, string>();
  for (const d of state.deferred.filter((x) => x.kind === 'chartTable')) {
    if (chartTableSpec(d.chart, [], d.field).rows.length === 0 || !chartHasData(d.chart)) {
      tables.set(d.id, '');
      continue;
    }
    const box = { x: d.box.x, y: d.box.y, width: d.box.width, maxHeight: d.box.height };
    // Under a chart of the same width, month columns line up with the chart's months, unless the
    // numbers need the few points more that the table's own columns give.
    const insets = d.alignWith && d.alignWith.x === d.box.x && d.alignWith.width === d.box.width ? monthlyPlotInsets(d.chart) : undefined;
    let table: string | undefined;
    if (insets) {
      try {
        table = dataTableSvg(d.chart, box, d.field, insets).svg;
      } catch (err) {
        if (!(err instanceof FitError)) throw err;
      }
    }
    tables.set(d.id, table ?? dataTableSvg(d.chart, box, d.field).svg);
  }
  return svg.replace(/<!--deferred:(\d+)-->/g, (all, id: string) => tables.get(Number(id)) ?? all);
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
