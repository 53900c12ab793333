/**
 * What the PDF says about itself, all derived from the edition's deck file: the Info dictionary,
 * the XMP metadata stream that PDF/UA requires (title, language, pdfuaid), and the date, which is
 * the first day of the edition's month or SOURCE_DATE_EPOCH, never the clock.
 */
import type { Edition } from '../validate/validate.js';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language of the document. */
  lang: string;
  /** Creation and modification date written into the file. */
  date: Date;
}

/** nb (the deck file's language) → nb-NO, the tag screen readers choose a voice by. */
const LANG: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * The date written into the file: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention) when it is set to a whole number, else midnight UTC on the first day of the edition month.
 */
export function sourceDate(edition: Pick<Edition, 'year' | 'month'>, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && sourceDateProblem(env) === undefined) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(edition.year, edition.month - 1, 1));
}

/** The last second a PDF date can hold (its year has four digits). */
const LAST_DATE = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;

/** SOURCE_DATE_EPOCH as given, when it is set but is not a date a PDF can carry (the CLI refuses it). */
export function sourceDateProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return undefined;
  return /^\d{1,12}$/.test(epoch) && Number(epoch) <= LAST_DATE ? undefined : epoch;
}

export function metaFor(edition: Edition, monthLabel: string, env: NodeJS.ProcessEnv = process.env): PdfMeta {
  const { deck } = edition;
  const keywords = [deck.title, ...deck.sections.map((s) => s.title), monthLabel, deck.author];
  return {
    title: `${deck.title} – ${monthLabel}`,
    author: deck.author,
    subject: `${deck.title} for ${monthLabel}`,
    keywords: [...new Set(keywords)],
    lang: LANG[deck.language] ?? deck.language,
    date: sourceDate(edition, env),
  };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `2025-11-01T00:00:00Z` */
const isoDate = (d: Date) => `${d.toISOString().split('.')[0]}Z`;

/**
 * The rdf:Description elements of the XMP packet (PDFKit wraps them in x:xmpmeta and adds the
 * pdfuaid:part of the PDF/UA subset). Unlike PDFKit's own, every value is XML-escaped.
 */
export function xmpDescriptions(meta: PdfMeta, tool: { creator: string; producer: string }): string {
  const date = isoDate(meta.date);
  return `
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
  <xmp:CreateDate>${date}</xmp:CreateDate>
  <xmp:ModifyDate>${date}</xmp:ModifyDate>
  <xmp:MetadataDate>${date}</xmp:MetadataDate>
  <xmp:CreatorTool>${xml(tool.creator)}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:format>application/pdf</dc:format>
  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
  <dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
  <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
  <dc:language><rdf:Bag><rdf:li>${xml(meta.lang)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
  <pdf:Producer>${xml(tool.producer)}</pdf:Producer>
  <pdf:Keywords>${xml(meta.keywords.join(', '))}</pdf:Keywords>
</rdf:Description>`;
}
