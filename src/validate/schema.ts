/**
 * The content model: the one source of truth for what an edition folder may contain.
 *
 * The runtime validator (validate/validate.ts) and the JSON Schema that editors' tools read
 * (schema/*.schema.json, written by `deck schema`) are both derived from these definitions.
 * Descriptions (in English for now) show up as hover help in the editor; the messages of the
 * validator come from the catalogue (src/messages/).
 */
import { z } from 'zod';
import { msg } from '../messages/index.js';
import { MONTH_KEY_PATTERN, MONTH_KEYS, monthOf, type MonthKey } from './months.js';
import { NUMBER_TEXT, readNumber, tableCell as readTableCell, tableCellMistake } from './numbers.js';

export { MONTH_KEYS, type MonthKey } from './months.js';

/** A rule's message, in the language of the run (the catalogue is read when a value fails). */
const says = (message: () => string) => ({ error: message });

const text = (description: string) =>
  z.string().trim().min(1).describe(description);

const inlineText = (description: string) =>
  text(`${description} Links: [text](https://…); bare URLs and e-mail addresses become links by themselves; **bold**.`);

const NUMBER_DESCRIPTION = 'A plain number without spaces, e.g. 5375362 or 99.98.';

/** A number, or a number as editors type it (`7 120 449`, `99,97`): see numbers.ts. */
const chartValue = z
  .union([z.number(), z.string().regex(NUMBER_TEXT)])
  .transform((v) => (typeof v === 'number' ? v : readNumber(v)))
  .describe(NUMBER_DESCRIPTION);

// ---------- body blocks ----------

export interface BulletItemObject {
  text: string;
  bullets?: BulletItem[];
  autolink?: boolean;
}
export type BulletItem = string | BulletItemObject;

/** `autolink: false` beside a text: its bare addresses stay plain text (the source did not link them). */
const autolink = z
  .boolean()
  .optional()
  .describe('false: web and e-mail addresses in this text are not made into links by themselves; [text](https://…) links still work.');

const bulletItem: z.ZodType<BulletItem> = z.lazy(() =>
  z.union([
    inlineText('A list item.'),
    z.strictObject({
      text: inlineText('The item text.'),
      bullets: z.array(bulletItem).min(1).optional().describe('Sub-items.'),
      autolink,
    }),
  ]),
);

const headingBlock = z.strictObject({ heading: text('A small sub-heading (bare addresses in it are not made into links).') });
const textBlock = z.strictObject({ text: inlineText('A paragraph.'), autolink });
const bulletsBlock = z.strictObject({
  bullets: z.array(bulletItem).min(1).describe('A bullet list; an item is text or {text, bullets}.'),
});

export const block = z
  .union([headingBlock, textBlock, bulletsBlock])
  .describe('One of: heading (sub-heading), text (paragraph) or bullets (bullet list).');
export type Block = z.infer<typeof block>;

const body = z.array(block).min(1).describe('The content of the slide, top to bottom.');

// ---------- charts ----------

const yearKey = z.string().regex(/^\d{4}$/, says(() => msg().validate.formats.year));

/**
 * A month whose number is still to come: `des: ~` (or `des:` with nothing after it). Accepted, so
 * that `deck new-month` can leave a slot for the editor; the build warns for every such slot
 * (validate/sanity.ts) and the chart leaves the month out.
 */
const slot = chartValue.nullable().describe('A plain number without spaces, e.g. 5375362 or 99.98; `~` for a number still to be filled in.');
const dropEmptySlots = <T extends Record<string, number | null | undefined>>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)) as { [K in keyof T]?: number };

/** `jan`, `mars`, `Januar` …: any name of a month (months.ts), read as the month's key; a month twice is an error. */
const monthKey = z.string().regex(MONTH_KEY_PATTERN);
const byMonthKey = (values: Record<string, number | null>, ctx: z.core.$RefinementCtx<Record<string, number | null>>) => {
  const out: { [K in MonthKey]?: number | null } = {};
  const written: Partial<Record<MonthKey, string>> = {};
  for (const [name, value] of Object.entries(values)) {
    const key = MONTH_KEYS[monthOf(name)!]!;
    if (written[key] !== undefined) ctx.addIssue({ code: 'custom', path: [name], params: { atKey: true }, message: msg().validate.sameMonth(name, written[key]!) });
    written[key] = name;
    out[key] = value;
  }
  return out;
};
const monthValues = z
  .record(monthKey, slot)
  .transform(byMonthKey)
  .transform(dropEmptySlots)
  .describe('Month → value. Months: jan feb mar apr mai jun jul aug sep okt nov des. Leave out a month without a value; `~` marks a number still to be filled in.');

/**
 * The numbers of a monthly chart stand in the slide file (`years:`) or in a CSV file beside it
 * (`data:`). The validator reads the CSV file into `years` before this model sees the chart
 * (validate/chartData.ts), so the model's output always has `years`; the JSON Schema, which
 * describes what the editor writes, asks for one of the two (jsonSchema.ts).
 */
export const monthlyChart = z.strictObject({
  kind: z.literal('monthly').describe('Columns per month, one colour per year.'),
  title: text('Optional caption for the numbers (shown above the chart).').optional(),
  years: z
    .record(yearKey, monthValues)
    .refine((y) => Object.keys(y).length > 0, says(() => msg().validate.rules.atLeastOneYear))
    .describe('Year → month → value. A year without values ({}) gives a chart marked «no data».'),
  data: z
    .string()
    .regex(/\.csv$/i, says(() => msg().validate.formats.csv))
    .optional()
    .describe('A CSV file beside the slide with the numbers instead of years, e.g. 09-meldingstjeneste.csv.'),
});

export const categoriesChart = z.strictObject({
  kind: z.literal('categories').describe('Grouped bars: one group per category, one colour per series.'),
  title: text('Optional caption for the numbers.').optional(),
  categories: z.array(text('Category name.')).min(1).describe('The categories along the x axis.'),
  series: z
    .record(text('Series name.'), z.array(chartValue).min(1))
    .refine((s) => Object.keys(s).length > 0, says(() => msg().validate.rules.atLeastOneSeries))
    .describe('Series → one value per category, in the order of categories.'),
});

export const uptimeChart = z.strictObject({
  kind: z.literal('uptime').describe('Line chart of uptime in percent, with a requirement line.'),
  title: text('Optional caption.').optional(),
  requirement: chartValue.describe('The uptime requirement in percent, e.g. 99.90.'),
  axisMin: chartValue
    .optional()
    .describe('Optional: where the y axis starts, in percent, e.g. 99.00 (the axis runs from here to 100 %). Every uptime and the requirement must be at least this. Without it the axis starts just below the lowest value.'),
  months: z
    .record(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, says(() => msg().validate.formats.month)), slot)
    .refine((m) => Object.keys(m).length > 0, says(() => msg().validate.rules.atLeastOneMonth))
    .transform(dropEmptySlots)
    .describe('Month ("YYYY-MM") → uptime in percent; `~` marks a number still to be filled in.'),
});

export const chart = z.discriminatedUnion('kind', [monthlyChart, categoriesChart, uptimeChart]);
export type Chart = z.infer<typeof chart>;
export type MonthlyChart = z.infer<typeof monthlyChart>;
export type CategoriesChart = z.infer<typeof categoriesChart>;
export type UptimeChart = z.infer<typeof uptimeChart>;

// ---------- slides ----------

const title = text('The slide title.');
const note = (description: string) => inlineText(`${description} At most 3 lines.`).optional();
const subtitle = text('A subtitle under the title.').optional();

/** A table cell: text, or a number (also `1 030`, `99,5`; a text of digits alone stays text). */
const tableCell = z.union([
  z.number().describe(NUMBER_DESCRIPTION),
  z
    .string()
    .superRefine((text, ctx) => {
      const mistake = tableCellMistake(text);
      if (mistake) ctx.addIssue({ code: 'custom', message: mistake });
    })
    .transform(readTableCell),
]);
export type TableCell = z.infer<typeof tableCell>;

export const slideLayouts = {
  title: z.strictObject({
    layout: z.literal('title').describe('Title page.'),
    title,
    subtitle,
  }),
  agenda: z.strictObject({
    layout: z.literal('agenda').describe('Agenda, generated from the sections in deck.yaml.'),
    title: text('Title, e.g. «Innhold».').default('Innhold'),
  }),
  section: z.strictObject({
    layout: z.literal('section').describe('Divider that opens a section of deck.yaml.'),
    section: z.number().int().min(1).describe('The number of the section in deck.yaml (1, 2, …).'),
  }),
  divider: z.strictObject({
    layout: z.literal('divider').describe('A sub-divider inside a section.'),
    title,
    text: inlineText('Optional text under the title.').optional(),
  }),
  text: z.strictObject({
    layout: z.literal('text').describe('Title and text with paragraphs and bullet lists.'),
    title,
    subtitle,
    body,
    note: note('Optional note in small type at the bottom of the slide, e.g. what is missing from the source.'),
  }),
  'text-columns': z.strictObject({
    layout: z.literal('text-columns').describe('Title and two or three text columns.'),
    title,
    subtitle,
    columns: z
      .array(z.strictObject({ heading: text('Column heading.').optional(), body }))
      .min(2)
      .max(3)
      .describe('Two or three columns, each with an optional heading and a body.'),
  }),
  chart: z.strictObject({
    layout: z.literal('chart').describe('Full-width chart with its data table under it.'),
    title,
    subtitle,
    chart,
    note: note('Optional note in small type under the data table, e.g. how the numbers were read.'),
  }),
  'text-chart': z.strictObject({
    layout: z.literal('text-chart').describe('Text on the left, chart on the right, data table below.'),
    title,
    subtitle,
    body,
    chart,
    note: note('Optional note in small type under the data table (right), e.g. where a number was corrected.'),
  }),
  table: z.strictObject({
    layout: z.literal('table').describe('A table, e.g. service desk figures.'),
    title,
    subtitle,
    body: body.optional(),
    table: z
      .strictObject({
        columns: z.array(z.string()).min(1).describe('The column headings.'),
        rows: z.array(z.array(tableCell).min(1)).min(1).describe('The rows; a cell is text or a number.'),
      })
      .refine((t) => t.rows.every((r) => r.length === t.columns.length), says(() => msg().validate.rules.rowCells)),
  }),
  'list-columns': z.strictObject({
    layout: z.literal('list-columns').describe('A long list in several columns.'),
    title,
    intro: inlineText('Optional text above the list.').optional(),
    columns: z.number().int().min(2).max(4).default(3).describe('Number of columns (2–4).'),
    items: z.array(text('A list entry.')).min(1).describe('The entries, in the order they are shown.'),
  }),
  contact: z.strictObject({
    layout: z.literal('contact').describe('Contact slide; the contact points come from deck.yaml.'),
    title,
    intro: inlineText('Optional text under the title.').optional(),
  }),
  closing: z.strictObject({
    layout: z.literal('closing').describe('Closing slide with the addresses from deck.yaml.'),
  }),
} as const;

export type LayoutName = keyof typeof slideLayouts;
export const LAYOUT_NAMES = Object.keys(slideLayouts) as LayoutName[];

export const slide = z.discriminatedUnion('layout', Object.values(slideLayouts) as unknown as [
  (typeof slideLayouts)['title'],
  ...(typeof slideLayouts)[LayoutName][],
]);
export type SlideContent = { [K in LayoutName]: z.infer<(typeof slideLayouts)[K]> }[LayoutName];
export type SlideOf<K extends LayoutName> = z.infer<(typeof slideLayouts)[K]>;

// ---------- deck ----------

/** A contact point: plain text (`- servicedesk@altinn.no`) or `{label, value}`; read as `{label?, value}`. */
const contactPoint = z
  .union([
    inlineText('A contact point: web address, e-mail or phone.'),
    z.strictObject({ label: text('Optional label above the value, e.g. «Beredskapsvakt».').optional(), value: inlineText('Web address, e-mail or phone.') }),
  ])
  .transform((p): { label?: string; value: string } => (typeof p === 'string' ? { value: p } : p));

const contactGroup = z.strictObject({
  heading: text('Optional heading above the group, e.g. «Tjenesteeiere».').optional(),
  items: z.array(contactPoint).min(1).describe('The contact points of the group, top to bottom: text, or label and value.'),
});
export type ContactGroup = z.infer<typeof contactGroup>;

export const deck = z.strictObject({
  title: text('The report title.'),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, says(() => msg().validate.formats.month))
    .describe('The edition month, "YYYY-MM" in quotes.'),
  language: z.literal('nb').describe('The language of the report (nb).'),
  author: text('Publisher, e.g. Digitaliseringsdirektoratet.'),
  footer: text('The footer text of content slides.'),
  logo: z
    .string()
    .regex(/\.(png|jpe?g)$/i, says(() => msg().validate.formats.picture))
    .optional()
    .describe('Optional logo file (PNG or JPEG), relative to this folder, shown on the title and closing pages instead of the drawn wordmark.'),
  sections: z
    .array(z.strictObject({ title: text('Section name.'), description: inlineText('Short description shown on the agenda.') }))
    .min(1)
    .describe('The sections, numbered 1, 2, … in this order.'),
  contact: z
    .array(contactGroup)
    .min(1)
    .max(3)
    .describe('The contact slide: one to three groups of contact points, side by side, each with an optional heading.'),
  organisation: z
    .strictObject({
      name: text('Name.'),
      email: z.email(says(() => msg().validate.formats.email)).describe('E-mail address.'),
      phone: text('Phone number as it should be printed.'),
      postal: text('Postal address.'),
      visiting: z.array(text('Visiting address.')).min(1).describe('Visiting addresses.'),
    })
    .describe('The sender; shown on the closing slide.'),
});
export type DeckContent = z.infer<typeof deck>;
