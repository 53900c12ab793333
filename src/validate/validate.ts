import { relative } from 'node:path';
import type { z } from 'zod';
import type { Problem } from '../errors.js';
import type { EditionSource } from '../load/loadEdition.js';
import { posOfPath, type SourceFile } from '../load/sourceFile.js';
import { msg } from '../messages/index.js';
import { axisProblems } from './chartAxis.js';
import { chartValueProblems } from './chartValues.js';
import { readChartData, type ChartData } from './chartData.js';
import { decimalCommasInLists } from './flowLists.js';
import { glyphProblems } from './glyphs.js';
import { explainIssues, type Explained } from './issues.js';
import { readLogo } from './logo.js';
import { checkSlidePictures, type SlidePicture } from './pictures/checkPictures.js';
import { sanityChecks } from './sanity.js';
import { deck as deckSchema, slide as slideSchema, type DeckContent, type SlideContent } from './schema.js';

/** A validated slide: its content, typed by layout, and where it came from. */
export interface Slide {
  /** 1-based page number in the deck. */
  page: number;
  file: SourceFile;
  content: SlideContent;
  /** The CSV file that a monthly chart's numbers come from (`data:`), with the place of each value. */
  data?: ChartData;
  /** The pictures the slide shows, checked and read (validate/pictures/checkPictures.ts). */
  pictures: SlidePicture[];
}

export interface Edition {
  dir: string;
  deckFile: SourceFile;
  deck: DeckContent;
  /** Year and month (1–12) of the edition. */
  year: number;
  month: number;
  slides: Slide[];
  /** The logo that deck.yaml names, read and checked once (logo.ts), as a data: URL. */
  logo?: string;
}

/** Validates every file of the edition; returns the typed edition or the full list of problems. */
export function validateEdition(source: EditionSource): { edition?: Edition; problems: Problem[] } {
  const problems: Problem[] = [];
  const deck = check(source.deck, deckSchema, problems, undefined, oldStyleContacts);
  const editionMonth = deck ? editionIndex(deck.month) : undefined;
  const slides: Slide[] = [];
  source.slides.forEach((file, i) => {
    const checked = checkSlide(file, source.dir, editionMonth);
    problems.push(...checked.problems);
    const { content, data } = checked;
    if (!content) return;
    const pictures = checkSlidePictures(content, file, source.dir);
    problems.push(...pictures.problems);
    slides.push({ page: i + 1, file, content, pictures: pictures.pictures, ...(data ? { data } : {}) });
  });
  problems.push(...axisProblems(slides), ...chartValueProblems(slides), ...glyphProblems(deck && { file: source.deck, content: deck }, slides));
  const logo = deck?.logo === undefined ? undefined : readLogo(source.dir, deck.logo);
  if (logo && !logo.ok) problems.push({ ...posOfPath(source.deck, ['logo']), severity: 'error', message: logo.message });
  // The dates the PDF carries and the charts' months assume a year of this century or the next.
  const editionYear = deck ? Number(deck.month.slice(0, 4)) : 2000;
  if (editionYear < 2000 || editionYear > 2100) problems.push({ ...posOfPath(source.deck, ['month']), severity: 'error', message: msg().validate.monthOutOfRange(editionYear) });
  if (deck) problems.push(...crossCheck(deck, source, slides), ...sanityChecks(deck, slides));
  if (!deck || problems.some((p) => p.severity === 'error')) return { problems };
  const [year, month] = deck.month.split('-').map(Number) as [number, number];
  return { edition: { dir: source.dir, deckFile: source.deck, deck, year, month, slides, logo: logo?.ok ? logo.dataUrl : undefined }, problems };
}

interface CheckedSlide {
  /** The content, when the file has no problem of its own. */
  content?: SlideContent;
  data?: ChartData;
  problems: Problem[];
}

/**
 * Slide files checked before, by their parse (deck watch parses only the files that changed, so an
 * unchanged file is the same object): checked again only when the edition month changed. A slide
 * that takes its numbers from a data file is always checked again, for the data file may have changed.
 */
const checkedSlides = new WeakMap<SourceFile, { editionMonth: number | undefined; checked: CheckedSlide }>();

function checkSlide(file: SourceFile, dir: string, editionMonth: number | undefined): CheckedSlide {
  const known = checkedSlides.get(file);
  if (known && known.editionMonth === editionMonth) return known.checked;
  const problems: Problem[] = [];
  let data: ChartData | undefined;
  let readsFile = false;
  const content = check(file, slideSchema, problems, (value) => {
    const read = withChartData(value, file, dir, editionMonth);
    problems.push(...read.problems);
    data = read.data;
    readsFile = read.readsFile;
    return read.ok;
  });
  const commas = decimalCommasInLists(file);
  problems.push(...commas);
  const checked: CheckedSlide = { ...(content && !commas.length ? { content } : {}), ...(data ? { data } : {}), problems };
  if (!readsFile) checkedSlides.set(file, { editionMonth, checked });
  return checked;
}

/**
 * Checks a file against the content model. `prepare` may complete the value first (a chart's CSV
 * numbers); when it returns false the file has problems of its own and is not used.
 */
function check<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
  problems: Problem[],
  prepare?: (value: Record<string, unknown>) => boolean,
  refine: (explained: Explained[], value: Record<string, unknown>) => Explained[] = (e) => e,
): z.infer<S> | undefined {
  if (file.doc.errors.length) return undefined;
  const value: unknown = file.doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const ok = prepare ? prepare(value as Record<string, unknown>) : true;
  const result = schema.safeParse(value);
  const say = (issues: z.core.$ZodIssue[]) => {
    for (const e of refine(explainIssues(issues, value, schema), value as Record<string, unknown>)) problems.push({ ...posOfPath(file, e.path, { key: e.atKey }), severity: 'error', message: e.message });
  };
  if (!ok) {
    if (!result.success) say(result.error.issues);
    return undefined;
  }
  if (result.success) return result.data;
  say(result.error.issues);
  return undefined;
}

/**
 * deck.yaml's contact points as they were written before the groups (`contact: [{label, value}, …]`):
 * one message, at the first of them, instead of «items is missing» and «unknown field value» for each.
 */
function oldStyleContacts(explained: Explained[], value: Record<string, unknown>): Explained[] {
  const contact = value.contact;
  if (!Array.isArray(contact)) return explained;
  const old = contact.map((c, i) => (typeof c === 'string' || (c && typeof c === 'object' && !('items' in c) && ('value' in c || 'label' in c)) ? i : -1)).filter((i) => i >= 0);
  if (!old.length) return explained;
  const inOld = (e: Explained) => e.path[0] === 'contact' && old.includes(Number(e.path[1]));
  return [...explained.filter((e) => !inOld(e)), { path: ['contact', old[0]!], atKey: false, message: msg().validate.oldStyleContacts() }];
}

const editionIndex = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
};

/**
 * A monthly chart with `data: file.csv`: its numbers read into `years`, as if they stood in the
 * slide file. `ok` is false when the CSV file (or the field) has problems.
 */
function withChartData(
  value: Record<string, unknown>,
  file: SourceFile,
  dir: string,
  editionMonth: number | undefined,
): { ok: boolean; data?: ChartData; problems: Problem[]; readsFile: boolean } {
  const chart = value.chart as Record<string, unknown> | undefined;
  if (!chart || typeof chart !== 'object' || chart.kind !== 'monthly' || typeof chart.data !== 'string') return { ok: true, problems: [], readsFile: false };
  const field = posOfPath(file, ['chart', 'data']);
  if ('years' in chart) return { ok: false, problems: [{ ...posOfPath(file, ['chart', 'data'], { key: true }), severity: 'error', message: msg().data.bothYearsAndData() }], readsFile: false };
  const shown = (p: string) => relative(process.cwd(), p) || p;
  const read = readChartData({ dir, written: chart.data, field, shown, editionMonth });
  // Something for the model to check the rest of the slide against, also when the file has mistakes.
  chart.years = read.data?.years ?? { '2000': {} };
  return { ok: !!read.data, data: read.data, problems: read.problems, readsFile: true };
}

/** Rules that span files: section numbers, one section slide per section. */
function crossCheck(deck: DeckContent, source: EditionSource, slides: Slide[]): Problem[] {
  const problems: Problem[] = [];
  const opened = new Set<number>();
  for (const s of slides) {
    if (s.content.layout !== 'section') continue;
    const n = s.content.section;
    if (n > deck.sections.length) {
      problems.push({ ...posOfPath(s.file, ['section']), severity: 'error', message: msg().validate.sectionMissing(n, deck.sections.length) });
    } else if (opened.has(n)) {
      problems.push({ ...posOfPath(s.file, ['section']), severity: 'error', message: msg().validate.sectionTwice(n) });
    }
    opened.add(n);
  }
  deck.sections.forEach((sec, i) => {
    if (!opened.has(i + 1) && slides.length === source.slides.length) {
      problems.push({ ...posOfPath(source.deck, ['sections', i]), severity: 'warning', message: msg().validate.sectionWithoutSlide(i + 1, sec.title) });
    }
  });
  return problems;
}
