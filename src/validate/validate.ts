import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { Problem } from '../errors.js';
import type { EditionSource } from '../load/loadEdition.js';
import { posOfPath, type SourceFile } from '../load/sourceFile.js';
import { msg } from '../messages/index.js';
import { axisProblems } from './chartAxis.js';
import { explainIssues } from './issues.js';
import { checkSlidePictures, type SlidePicture } from './pictures/checkPictures.js';
import { sanityChecks } from './sanity.js';
import { deck as deckSchema, slide as slideSchema, type DeckContent, type SlideContent } from './schema.js';

/** A validated slide: its content, typed by layout, and where it came from. */
export interface Slide {
  /** 1-based page number in the deck. */
  page: number;
  file: SourceFile;
  content: SlideContent;
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
}

/** Validates every file of the edition; returns the typed edition or the full list of problems. */
export function validateEdition(source: EditionSource): { edition?: Edition; problems: Problem[] } {
  const problems: Problem[] = [];
  const deck = check(source.deck, deckSchema, problems);
  const slides: Slide[] = [];
  source.slides.forEach((file, i) => {
    const content = check(file, slideSchema, problems);
    if (!content) return;
    const pictures = checkSlidePictures(content, file, source.dir);
    problems.push(...pictures.problems);
    slides.push({ page: i + 1, file, content, pictures: pictures.pictures });
  });
  problems.push(...axisProblems(slides));
  if (deck) problems.push(...crossCheck(deck, source, slides), ...sanityChecks(deck, slides));
  if (!deck || problems.some((p) => p.severity === 'error')) return { problems };
  const [year, month] = deck.month.split('-').map(Number) as [number, number];
  return { edition: { dir: source.dir, deckFile: source.deck, deck, year, month, slides }, problems };
}

function check<S extends z.ZodType>(file: SourceFile, schema: S, problems: Problem[]): z.infer<S> | undefined {
  if (file.doc.errors.length) return undefined;
  const value: unknown = file.doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const e of explainIssues(result.error.issues, value, schema)) {
    problems.push({ ...posOfPath(file, e.path, { key: e.atKey }), severity: 'error', message: e.message });
  }
  return undefined;
}

/** Rules that span files: assets that must exist, section numbers, one section slide per section. */
function crossCheck(deck: DeckContent, source: EditionSource, slides: Slide[]): Problem[] {
  const problems: Problem[] = [];
  if (deck.logo && !existsSync(resolve(source.dir, deck.logo))) {
    problems.push({ ...posOfPath(source.deck, ['logo']), severity: 'error', message: msg().validate.logoNotFound(join(source.dir, deck.logo)) });
  }
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
