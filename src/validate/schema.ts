/**
 * The content model: the one source of truth for what an edition folder may contain.
 *
 * The runtime validator (validate/validate.ts) and the JSON Schema that editors' tools read
 * (schema/*.schema.json, written by `deck schema`) are both derived from these definitions.
 * Descriptions (in Norwegian, each with an example) show up as hover help in the editor; the
 * messages of the validator come from the catalogue (src/messages/), and the editor's own messages
 * are added to the JSON Schema by editorSchema.ts.
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
  text(`${description} Lenke: [tekst](https://…). Nettadresser og e-postadresser blir lenker av seg selv. **fet skrift**.`);

const NUMBER_DESCRIPTION = 'Et tall, skrevet som du vil: 7120449, 7 120 449 eller med desimalkomma 99,97. Ikke 7.120.449 eller 1,530.';

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
  .describe('false: nettadresser og e-postadresser i denne teksten blir ikke lenker av seg selv. Lenker skrevet som [tekst](https://…) virker fortsatt. Eksempel: `autolink: false`');

const bulletItem: z.ZodType<BulletItem> = z.lazy(() =>
  z.union([
    inlineText('Et punkt i lista. Eksempel: `- Send e-post til tjenesteeier@altinn.no`'),
    z.strictObject({
      text: inlineText('Teksten i punktet, når punktet har underpunkter. Eksempel: `text: Ved kritiske hendelser`'),
      bullets: z.array(bulletItem).min(1).optional().describe('Underpunktene, hvert på en linje som begynner med «- ». Eksempel:\n\n```yaml\nbullets:\n  - Døgnet rundt\n```'),
      autolink,
    }).meta({ title: 'Punkt med underpunkter (text, bullets)' }),
  ]),
);

const headingBlock = z
  .strictObject({ heading: text('En mellomtittel (adresser i den blir ikke lenker). Eksempel: `- heading: I normal arbeidstid`') })
  .meta({ title: 'Mellomtittel (heading)' });
const textBlock = z.strictObject({ text: inlineText('Et avsnitt. Eksempel: `- text: Som tjenesteeier kan dere melde inn hendelser.`'), autolink }).meta({ title: 'Avsnitt (text)' });
const bulletsBlock = z
  .strictObject({
    bullets: z.array(bulletItem).min(1).describe('En punktliste. Hvert punkt er en tekst, eller «text:» med egne «bullets:» under. Eksempel:\n\n```yaml\n- bullets:\n    - Send e-post til tjenesteeier@altinn.no\n```'),
  })
  .meta({ title: 'Punktliste (bullets)' });

export const block = z
  .union([headingBlock, textBlock, bulletsBlock])
  .describe('Ett av disse: «heading» (mellomtittel), «text» (avsnitt) eller «bullets» (punktliste). Eksempel: `- text: Som tjenesteeier kan dere melde inn hendelser.`');
export type Block = z.infer<typeof block>;

const body = z.array(block).min(1).describe('Innholdet på lysbildet, ovenfra og ned: avsnitt (text), mellomtitler (heading) og punktlister (bullets). Eksempel:\n\n```yaml\nbody:\n  - text: Som tjenesteeier kan dere melde inn hendelser.\n  - bullets:\n      - Send e-post\n```');

// ---------- charts ----------

/** A month as "2025-11" (deck.yaml's month, an uptime chart's keys). */
export const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const yearKey = z.string().regex(/^\d{4}$/, says(() => msg().validate.formats.year));

/**
 * A month whose number is still to come: `des: ~` (or `des:` with nothing after it). Accepted, so
 * that `deck new-month` can leave a slot for the editor; the build warns for every such slot
 * (validate/sanity.ts) and the chart leaves the month out.
 */
const slot = chartValue.nullable().describe('Tallet for måneden, skrevet som du vil: 7120449, 7 120 449 eller 99,97. `~` betyr at tallet kommer senere. Eksempel: `des: 7 120 449`');
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
  .describe('Månedene i året, hver med sitt tall. Skriv månedene som jan, feb, mars, apr, mai, juni, juli, aug, sep, okt, nov, des eller med hele navnet (januar …), med store eller små bokstaver. Utelat en måned uten tall; `~` betyr at tallet kommer. Eksempel: `nov: 4 951 197`');

/**
 * The numbers of a monthly chart stand in the slide file (`years:`) or in a CSV file beside it
 * (`data:`). The validator reads the CSV file into `years` before this model sees the chart
 * (validate/chartData.ts), so the model's output always has `years`; the JSON Schema, which
 * describes what the editor writes, asks for one of the two (jsonSchema.ts).
 */
export const monthlyChart = z.strictObject({
  kind: z.literal('monthly').describe('Søyler per måned, én farge per år. Eksempel: `kind: monthly`'),
  title: text('Valgfri overskrift over grafen. Eksempel: `title: Antall meldinger per måned`').optional(),
  years: z
    .record(yearKey, monthValues)
    .refine((y) => Object.keys(y).length > 0, says(() => msg().validate.rules.atLeastOneYear))
    .describe('Ett år per linje, i anførselstegn eller ikke, med månedene og tallene under. Et år uten tall ({}) gir en graf merket «ingen tall». Eksempel:\n\n```yaml\nyears:\n  "2025":\n    jan: 7 120 449\n```'),
  data: z
    .string()
    .regex(/\.csv$/i, says(() => msg().validate.formats.csv))
    .optional()
    .describe('En CSV-fil i samme mappe med tallene, i stedet for «years» (for eksempel lagret fra Excel). Første linje har månedene, så én linje per år. Eksempel: `data: 09-meldingstjeneste.csv`'),
});

export const categoriesChart = z.strictObject({
  kind: z.literal('categories').describe('Grupperte søyler: én gruppe per kategori, én farge per serie. Eksempel: `kind: categories`'),
  title: text('Valgfri overskrift over grafen. Eksempel: `title: Antall oppslag`').optional(),
  categories: z.array(text('Navnet på kategorien.')).min(1).describe('Kategoriene langs den vannrette aksen. Eksempel: `categories: [Antall oppslag, Antall virksomheter]`'),
  series: z
    .record(text('Navnet på serien. Eksempel: `eBevis`'), z.array(chartValue).min(1))
    .refine((s) => Object.keys(s).length > 0, says(() => msg().validate.rules.atLeastOneSeries))
    .describe('Hver serie med ett tall per kategori, i samme rekkefølge som «categories». Eksempel: `eBevis: [4590, 1530]`'),
});

export const uptimeChart = z.strictObject({
  kind: z.literal('uptime').describe('Oppetid i prosent som linje, med kravet som stiplet linje. Eksempel: `kind: uptime`'),
  title: text('Valgfri overskrift over grafen. Eksempel: `title: Antall oppslag`').optional(),
  requirement: chartValue.describe('Kravet til oppetid i prosent. Eksempel: `requirement: 99,90`'),
  axisMin: chartValue
    .optional()
    .describe('Valgfritt: hvor den loddrette aksen starter, i prosent (aksen går herfra til 100 %). Alle verdiene og kravet må være minst dette. Uten «axisMin» starter aksen like under den laveste verdien. Eksempel: `axisMin: 99,00`'),
  months: z
    .record(z.string().regex(ISO_MONTH, says(() => msg().validate.formats.month)), slot)
    .refine((m) => Object.keys(m).length > 0, says(() => msg().validate.rules.atLeastOneMonth))
    .transform(dropEmptySlots)
    .describe('Oppetiden per måned i prosent, med året og måneden i anførselstegn; `~` betyr at tallet kommer. Eksempel: `"2025-11": 99,98`'),
});

export const chart = z.discriminatedUnion('kind', [monthlyChart, categoriesChart, uptimeChart]);
export type Chart = z.infer<typeof chart>;
export type MonthlyChart = z.infer<typeof monthlyChart>;
export type CategoriesChart = z.infer<typeof categoriesChart>;
export type UptimeChart = z.infer<typeof uptimeChart>;

// ---------- slides ----------

const title = text('Tittelen øverst på lysbildet. Eksempel: `title: Meldingstjeneste`');
const note = (description: string) => inlineText(`${description} Høyst tre linjer.`).optional();
const subtitle = text('En undertittel under tittelen. Eksempel: `subtitle: totalt antall meldinger ut gjennom Altinn`').optional();

/**
 * A picture on a slide. Whether the file can be used (where it lies, what it holds) and that `alt`
 * is there unless `decorative: true` are checked by validate/pictures/checkPictures.ts, with
 * messages at this field.
 */
export const picture = z
  .strictObject({
    file: z
      .string()
      .trim()
      .min(1)
      .describe('Bildefilen (PNG, JPEG eller SVG), sett fra lysbildefilen: i utgavemappen, eller i prosjektets assets/-mappe. Eksempel: `file: bilder/skjermbilde.png`')
      .meta({ pattern: '\\.([pP][nN][gG]|[jJ][pP][eE]?[gG]|[sS][vV][gG])$' }),
    alt: text('Hva bildet viser, for dem som ikke ser det (skjermlesere leser det opp). Må være med, med mindre «decorative: true». Eksempel: `alt: Skjermbilde av innloggingssiden i Altinn`').optional(),
    caption: inlineText('Valgfri bildetekst under bildet. Eksempel: `caption: Slik ser den nye innloggingen ut`').optional(),
    decorative: z.boolean().optional().describe('true: bildet er bare pynt. Det har ingen «alt», og skjermlesere hopper over det. Eksempel: `decorative: true`'),
  })
  .describe('Et bilde: «file», «alt» (hva det viser) og valgfri «caption». Eksempel:\n\n```yaml\nimage:\n  file: bilder/skjermbilde.png\n  alt: Skjermbilde av innloggingssiden\n```');
export type PictureContent = z.infer<typeof picture>;

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
    layout: z.literal('title').describe('Tittelsiden.'),
    title,
    subtitle,
  }),
  agenda: z.strictObject({
    layout: z.literal('agenda').describe('Innholdsfortegnelsen, laget av seksjonene i deck.yaml.'),
    title: text('Tittelen, som standard «Innhold». Eksempel: `title: Innhold`').default('Innhold'),
  }),
  section: z.strictObject({
    layout: z.literal('section').describe('Skillelysbilde som starter en seksjon fra deck.yaml (og et bokmerke).'),
    section: z.number().int().min(1).describe('Nummeret på seksjonen i deck.yaml: 1 for den første, 2 for den neste … Eksempel: `section: 1`'),
  }),
  divider: z.strictObject({
    layout: z.literal('divider').describe('Skillelysbilde inne i en seksjon.'),
    title,
    text: inlineText('Valgfri tekst under tittelen. Eksempel: `text: Nytt og nyttig fra kommunikasjon`').optional(),
  }),
  text: z.strictObject({
    layout: z.literal('text').describe('Tittel og tekst med avsnitt, mellomtitler og punktlister.'),
    title,
    subtitle,
    body,
    image: picture.optional().describe('Valgfritt bilde ved siden av teksten, med «file», «alt» og valgfri «caption».'),
    note: note('Valgfri merknad med liten skrift nederst på lysbildet, for eksempel om noe mangler i kilden. Eksempel: `note: "Merk: Tallene for februar mangler."`'),
  }),
  'text-columns': z.strictObject({
    layout: z.literal('text-columns').describe('Tittel og to eller tre tekstkolonner.'),
    title,
    subtitle,
    columns: z
      .array(z.strictObject({ heading: text('Valgfri overskrift over kolonnen. Eksempel: `heading: Altinn Studio`').optional(), body }))
      .min(2)
      .max(3)
      .describe('To eller tre kolonner, hver med valgfri «heading» og en «body». Eksempel:\n\n```yaml\ncolumns:\n  - heading: Altinn Studio\n    body:\n      - text: …\n```'),
    image: picture.optional().describe('Valgfritt bilde ved siden av kolonnene, med «file», «alt» og valgfri «caption».'),
  }),
  chart: z.strictObject({
    layout: z.literal('chart').describe('Graf i full bredde, med talltabellen under.'),
    title,
    subtitle,
    chart,
    note: note('Valgfri merknad med liten skrift under tabellen, for eksempel om hvordan tallene er lest. Eksempel: `note: "Merk: Månedene er lest av grafen."`'),
  }),
  'text-chart': z.strictObject({
    layout: z.literal('text-chart').describe('Tekst til venstre, graf til høyre, talltabellen under.'),
    title,
    subtitle,
    body,
    chart,
    note: note('Valgfri merknad med liten skrift under tabellen, for eksempel om et tall er rettet. Eksempel: `note: "Merk: Tallet for mars er rettet."`'),
  }),
  table: z.strictObject({
    layout: z.literal('table').describe('En tabell, for eksempel tallene fra brukerservice.'),
    title,
    subtitle,
    body: body.optional(),
    table: z
      .strictObject({
        columns: z.array(z.string()).min(1).describe('Overskriftene over kolonnene. Eksempel: `columns: [Måling, Krav, Resultat]`'),
        rows: z.array(z.array(tableCell).min(1)).min(1).describe('Radene, én liste per rad, med like mange celler som kolonner. En celle er tekst eller et tall. Eksempel: `- [Antall e-post, "", 1 030]`'),
      })
      .refine((t) => t.rows.every((r) => r.length === t.columns.length), says(() => msg().validate.rules.rowCells)),
  }),
  'list-columns': z.strictObject({
    layout: z.literal('list-columns').describe('En lang liste i flere kolonner.'),
    title,
    intro: inlineText('Valgfri tekst over lista. Eksempel: `intro: Disse tjenesteeierne bruker Altinn:`').optional(),
    columns: z.number().int().min(2).max(4).default(3).describe('Antall kolonner, fra 2 til 4. Eksempel: `columns: 4`'),
    items: z.array(text('Et punkt i lista.')).min(1).describe('Punktene, i den rekkefølgen de skal stå. Eksempel: `- Arbeids- og velferdsetaten (NAV)`'),
  }),
  contact: z.strictObject({
    layout: z.literal('contact').describe('Kontaktlysbildet. Kontaktpunktene står i deck.yaml under «contact».'),
    title,
    intro: inlineText('Valgfri tekst under tittelen. Eksempel: `intro: – med servicedesk dersom du trenger hjelp`').optional(),
  }),
  closing: z.strictObject({
    layout: z.literal('closing').describe('Siste lysbilde, med adressene fra deck.yaml.'),
  }),
  picture: z.strictObject({
    layout: z.literal('picture').describe('Et bilde (skjermbilde, foto, logo) med valgfri tekst ved siden av eller under.'),
    title,
    subtitle,
    image: picture,
    body: body.optional().describe('Valgfri tekst ved siden av bildet (under det når bildet er bredt).'),
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
    inlineText('Et kontaktpunkt: nettadresse, e-post eller telefon. Eksempel: `- servicedesk@altinn.no`'),
    z
      .strictObject({ label: text('Valgfri liten tekst over kontaktpunktet. Eksempel: `label: Beredskapsvakt`').optional(), value: inlineText('Nettadresse, e-post eller telefon. Eksempel: `value: 954 90 002`') })
      .meta({ title: 'Kontaktpunkt med label og value' }),
  ])
  .transform((p): { label?: string; value: string } => (typeof p === 'string' ? { value: p } : p));

const contactGroup = z.strictObject({
  heading: text('Valgfri overskrift over gruppen. Eksempel: `heading: Tjenesteeiere`').optional(),
  items: z.array(contactPoint).min(1).describe('Kontaktpunktene i gruppen, ovenfra og ned: en tekst, eller «label» og «value». Eksempel:\n\n```yaml\nitems:\n  - servicedesk@altinn.no\n  - label: Beredskapsvakt\n    value: 954 90 002\n```'),
});
export type ContactGroup = z.infer<typeof contactGroup>;

export const deck = z.strictObject({
  title: text('Tittelen på rapporten. Eksempel: `title: Oppsummering fra Altinn sentralforvaltning`'),
  month: z
    .string()
    .regex(ISO_MONTH, says(() => msg().validate.formats.month))
    .describe('Måneden for utgaven, med år og måned i anførselstegn. Eksempel: `month: "2025-12"`'),
  language: z.literal('nb').describe('Språket i rapporten: nb (bokmål). Eksempel: `language: nb`'),
  author: text('Utgiveren. Eksempel: `author: Digitaliseringsdirektoratet`'),
  footer: text('Bunnteksten på lysbildene. Eksempel: `footer: Oppsummering fra Altinn sentralforvaltning`'),
  logo: z
    .string()
    .regex(/\.(png|jpe?g)$/i, says(() => msg().validate.formats.picture))
    .optional()
    .describe('Valgfri logofil (PNG eller JPEG) i denne mappen, som vises på tittelsiden og siste side i stedet for den tegnede logoen. Eksempel: `logo: digdir.png`'),
  sections: z
    .array(z.strictObject({ title: text('Navnet på seksjonen. Eksempel: `title: Plattformen`'), description: inlineText('Kort beskrivelse som vises i innholdsfortegnelsen.') }))
    .min(1)
    .describe('Seksjonene, som får nummer 1, 2, … i denne rekkefølgen. Eksempel:\n\n```yaml\nsections:\n  - title: Plattformen\n    description: Statistikk, planlagte endringer og oppetid.\n```'),
  contact: z
    .array(contactGroup)
    .min(1)
    .max(3)
    .describe('Kontaktlysbildet: én til tre grupper med kontaktpunkter ved siden av hverandre, hver med valgfri «heading» og sine «items». Eksempel:\n\n```yaml\ncontact:\n  - heading: Tjenesteeiere\n    items:\n      - tjenesteeier@altinn.no\n```'),
  organisation: z
    .strictObject({
      name: text('Navnet. Eksempel: `name: Digitaliseringsdirektoratet`'),
      email: z.email(says(() => msg().validate.formats.email)).describe('E-postadressen. Eksempel: `email: postmottak@digdir.no`'),
      phone: text('Telefonnummeret slik det skal stå. Eksempel: `phone: 22 45 10 00`'),
      postal: text('Postadressen. Eksempel: `postal: Postboks 1382 Vika, 0114 Oslo`'),
      visiting: z.array(text('En besøksadresse.')).min(1).describe('Besøksadressene, én per linje. Eksempel: `- Havnegata 48, 8900 Brønnøysund`'),
    })
    .describe('Avsenderen, som vises på siste lysbilde: «name», «email», «phone», «postal» og «visiting».'),
});
export type DeckContent = z.infer<typeof deck>;
