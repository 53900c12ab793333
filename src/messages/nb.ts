/**
 * Every message deck shows an editor, in Norwegian bokmål. This file is the catalogue: review the
 * whole Norwegian text here; en.ts has the same entries in English.
 *
 * How the messages are written (klarspråk):
 *   - A problem is printed as `fil:linje:tegn: melding`. The message starts with the thing that is
 *     wrong, in lower case, and then says what to do, in short sentences that end with a full stop.
 *   - «du», everyday words: «felt», «liste», «punkt», «innrykk», «anførselstegn», «oppsett» —
 *     not YAML or programming terms.
 *   - Field names, the value found and the text to write stand in «».
 *   - Commands stand on their own, exactly as they must be typed (npx deck …).
 *   - Numbers are written the Norwegian way: 7 120 449, 99,97.
 */
import { MONTH_LONG } from '../render/format.js';
import type { Character } from '../validate/glyphs.js';
import { excerpt, joinList, type Found, type MonthIndex, type TypeName } from './types.js';
import { FORMAT_NAME as FORMAT, USUAL_ENDING as ENDELSE, type PictureFormat, type Sniffed } from '../validate/pictures/formats.js';

const tall = (n: number) => {
  const [int, dec] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${n < 0 ? '−' : ''}${grouped}${dec ? `,${dec}` : ''}`;
};
const måned = (t: MonthIndex) => `${MONTH_LONG[t % 12]} ${Math.floor(t / 12)}`;
const og = (items: readonly string[]) => joinList(items, 'og');
const eller = (items: readonly string[]) => joinList(items, 'eller');
const flertall = (n: number, one: string, many: string) => `${tall(n)} ${n === 1 ? one : many}`;
const sekunder = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
/** A number as an editor would type it: no digit groups, a decimal comma. */
const skrevet = (n: number) => String(n).replace('-', '−').replace('.', ',');
/** A decimal as it can be typed without being read as thousands: 1,53, but 2.239. */
const entydig = (n: number) => (/\.\d{3}$/.test(String(n)) ? String(n) : skrevet(n));
/** «side 4 er tegnet på nytt», «sidene 4, 9 og 12 …», «ingen sider er endret». */
function endredeSider(changed: readonly number[], pages: number): string {
  if (changed.length === 0) return 'Ingen sider er endret.';
  if (changed.length === 1) return `Side ${changed[0]} er tegnet på nytt.`;
  if (changed.length === pages) return `Alle ${pages} sidene er tegnet på nytt.`;
  if (changed.length > 6) return `${changed.length} sider er tegnet på nytt.`;
  return `Sidene ${og(changed.map(String))} er tegnet på nytt.`;
}
/** A file size: «96 kB», «20,0 MB». */
const størrelse = (bytes: number) =>
  bytes < 1024 * 1024 ? `${tall(Math.max(1, Math.ceil(bytes / 1024)))} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
/** The file a message is about: the file itself, or the logo that deck.yaml names. */
const filen = (logo?: string) => (logo === undefined ? 'filen' : `logofilen «${logo}»`);
/** What a special file is. */
const spesialfil = (kind: string) =>
  kind === 'fifo' ? 'et rør (FIFO)' : kind === 'device' ? 'en enhet (for eksempel /dev/zero)' : kind === 'socket' ? 'en socket' : 'en spesialfil';
/** The number after the one an inserted slide's name starts with: «09a-…» → «10». */
const nesteNummer = (name: string) => {
  const digits = /^\d+/.exec(name)![0];
  return String(Number(digits) + 1).padStart(digits.length, '0');
};
const mellomrom = (n: number) => (n === 0 ? 'ingen mellomrom' : `${n} mellomrom`);
/** «linje 5, 6 og 7»; a long list ends with how many more. */
const linjer = (nos: readonly number[]) =>
  nos.length <= 4 ? `linje ${og(nos.map(String))}` : `linje ${nos.slice(0, 3).join(', ')} og ${nos.length - 3} andre`;

/** Megabytes with one decimal: 23,4 (21 for 21,0). */
const megabyte = (bytes: number) => tall(Math.round((bytes / (1024 * 1024)) * 10) / 10);
const BILDETYPE: Record<Sniffed, string> = {
  png: 'et PNG-bilde',
  jpeg: 'et JPEG-bilde',
  svg: 'en SVG-fil',
  gif: 'et GIF-bilde',
  webp: 'et WebP-bilde',
  heic: 'et HEIC-bilde (fra en iPhone)',
  pdf: 'en PDF-fil',
  html: 'en nettside (HTML)',
  text: 'en tekstfil',
  unknown: 'ikke et bilde',
};

function funnet(f: Found): string {
  switch (f.kind) {
    case 'nothing': return 'ingenting';
    case 'list': return 'en liste';
    case 'mapping': return 'en gruppe med felt';
    case 'text': return `teksten «${excerpt(f.text)}»`;
    case 'number': return `tallet ${tall(f.value)}`;
    case 'other': return `«${f.value}»`;
  }
}

function type(t: TypeName): string {
  switch (t) {
    case 'text': return 'en tekst';
    case 'number': return 'et tall';
    case 'mapping': return 'en gruppe med felt (linjer med «felt: verdi»)';
    case 'list': return 'en liste (linjer som begynner med «- »)';
    case 'boolean': return 'true eller false';
    case 'other': return 'en annen verdi';
  }
}

/** What `layout` and `kind` are called. */
const valgNavn = (field: string) => (field === 'layout' ? 'oppsett' : field === 'kind' ? 'graftype' : `verdi for «${field}»`);
const valgBestemt = (field: string) => (field === 'layout' ? 'oppsettet' : field === 'kind' ? 'graftypen' : `verdien for «${field}»`);
const valgAnnet = (field: string) => (field === 'layout' ? 'et annet oppsett' : field === 'kind' ? 'en annen graftype' : 'en annen verdi');
const valgFlertall = (field: string) => (field === 'layout' ? 'Oppsettene' : field === 'kind' ? 'Graftypene' : 'Verdiene');

/** What an option's value looks like, for the message that it is missing. */
const OPTION_EXAMPLES: Record<string, string> = { '--output': 'dist/rapport.pdf', '--from': 'content/2025-11', '--width': '1280', '--lang': 'en' };

const HELP = (defaultDir: string, defaultWidth: number, defaultPort: number) => `deck – lager månedsrapporten fra Altinn («Oppsummering fra Altinn sentralforvaltning») som PDF

Slik bruker du den (i terminalen, i prosjektmappen):
  npx deck build [MAPPE] [-o FIL] [--html]
                                       Lag PDF-en av utgaven i MAPPE (standard ${defaultDir}).
                                       Den lagres i FIL (standard dist/<måned>-<år>.pdf, for
                                       eksempel dist/november-2025.pdf). Med --html lages også
                                       nettutgaven ved siden av PDF-en (november-2025.html).
  npx deck build MAPPE MAPPE …         Lag PDF-en av flere utgaver på én gang, hver i sin egen fil i
                                       dist/. Har en utgave feil, blir de andre laget likevel.
  npx deck check [MAPPE] [--strict]    Sjekk utgaven uten å lage PDF. Viser alle feil og
                                       advarsler i alle filene, hver med fil:linje:tegn.
  npx deck watch [MAPPE] [-o FIL]      Lag PDF-en, og lag den på nytt hver gang du lagrer en fil
                                       i MAPPE. Bare lysbildene som er endret, tegnes på nytt.
                                       Er noe feil, blir den forrige PDF-en liggende. Stopp med Ctrl+C.
  npx deck serve [MAPPE] [--port N]    Som watch, og vis lysbildene i nettleseren på
                                       http://127.0.0.1:${defaultPort}/ (bare på din maskin). Siden
                                       endrer seg hver gang du lagrer, og viser feil. Stopp med Ctrl+C.
  npx deck preview [MAPPE] [-o MAPPE]  Ett bilde (PNG) per lysbilde og et oversiktsbilde av alle
                                       (overview.png), i MAPPE (standard preview/<utgave>/).
  npx deck new-month MÅNED [--from MAPPE] [-o MAPPE]
                                       Lag utgaven for MÅNED (for eksempel 2025-12) fra den siste
                                       utgaven i content/ (eller fra MAPPE). Måned og titler
                                       flyttes fram, og hver graf får en tom plass for den nye
                                       måneden. Til slutt kommer en sjekkliste over det du skal
                                       fylle inn.
  npx deck renumber [MAPPE]            Gi lysbildefilene numrene 01, 02, 03 … i den rekkefølgen de
                                       har nå (etter at du har satt inn for eksempel 09a-ny.yaml).
                                       Datafiler og bilder som hører til, får nytt nummer sammen med
                                       lysbildet, og feltene som viser til dem, blir rettet.
  npx deck schema                      Skriv skjemaene som VS Code bruker (content/schema/*.schema.json).
  npx deck --help                      Vis denne hjelpen.

Valg:
  -o, --output STED   Hvor resultatet skal lagres: PDF-en (build, watch), bildene (preview), den
                      nye utgavemappen (new-month; standard: ved siden av utgaven den starter fra).
      --strict        Advarsler teller som feil (build, check). build lager da ingen PDF.
      --html          build: lag også rapporten som én nettside, ved siden av PDF-en.
      --from MAPPE    Utgaven som new-month starter fra.
      --port N        serve: porten siden vises på (standard ${defaultPort}; 0 velger en ledig port).
      --width PX      Bredden på hvert bilde i piksler (preview; standard ${defaultWidth}).
      --per-layout    preview: ett bilde per oppsett, med navnet på oppsettet.
      --lang SPRÅK    Språket i meldingene: nb (norsk, standard) eller en (engelsk).
                      DECK_LANG=en gjør det samme.
  -q, --quiet         Vis bare feil.
  -h, --help          Vis denne hjelpen.

Avslutningskoder: 0 alt i orden, 1 feil i innholdet (meldingen sier fil:linje:tegn),
2 feil i kommandoen. Framdrift og advarsler skrives til stderr.
`;

export const nb = {
  /** Shared pieces of messages. */
  common: {
    warning: 'advarsel: ',
    found: funnet,
    month: måned,
    number: tall,
  },

  /** Reading the edition folder and its files (src/load/). */
  load: {
    folderNotFound: () => 'fant ikke mappen. Skriv navnet på en utgavemappe med deck.yaml i, for eksempel content/2025-11.',
    deckMissing: () => 'filen mangler. Hver utgavemappe må ha en deck.yaml med tittel, måned og seksjoner. Kopier den fra forrige måned.',
    noSlides: () => 'mappen har ingen lysbildefiler. En lysbildefil heter for eksempel «01-forside.yaml».',
    emptyFile: () => 'filen er tom. Skriv innholdet (for eksempel «layout: text» og «title: …»), eller slett filen.',
    notFields: (f: Found, missingSpace: boolean) =>
      `filen skal ha linjer med felt og verdi, som «title: …», men her står ${funnet(f)}.${missingSpace ? ' Skriv mellomrom etter kolon, som i «layout: text».' : ''}`,
    notText: () => 'dette er ikke en tekstfil. Det ser ut som et bilde eller et dokument som har fått et navn som slutter på .yaml. En lysbildefil er ren tekst med linjer som «layout: text».',
    oldLineBreaks: () =>
      'filen har linjeskift av en gammel type (bare CR, fra eldre Mac-programmer), som ikke leses som linjeskift. Lagre filen på nytt med vanlige linjeskift (LF eller CRLF).',
    notUtf8: () => 'dette tegnet er ikke UTF-8. Filen er nok lagret som Latin-1 eller Windows-1252, og da blir æ, ø og å feil. Lagre filen på nytt med tegnsettet UTF-8.',
  },

  /** Mistakes in how a file is written: colons, indenting, quotes (src/load/yamlErrors.ts). */
  yaml: {
    missingColon: (key: string, value: string) => `det mangler kolon etter «${key}». Skriv «${key}:${value ? ` ${excerpt(value)}` : ''}».`,
    missingSpace: (key: string, value: string) => `det mangler mellomrom etter kolonet. Skriv «${key}: ${excerpt(value)}».`,
    indentField: (name: string, has: number, expected: number, refName: string, refLine: number) =>
      `feil innrykk: «${name}» har ${mellomrom(has)} foran, men «${refName}» på linje ${refLine} har ${mellomrom(expected)}. Felt på samme nivå skal ha like mange mellomrom foran.`,
    indentItem: (has: number, expected: number, refLine: number) =>
      `feil innrykk: punktet har ${mellomrom(has)} foran «-», men punktet på linje ${refLine} har ${mellomrom(expected)}. Punkter i samme liste skal ha like mange mellomrom foran.`,
    itemAmongFields: (refName: string, refLine: number) =>
      `linjen begynner med «-», men her skal det stå et felt, som «${refName}» på linje ${refLine}. Fjern «-», eller rykk linjen inn under feltet som lista hører til.`,
    fieldAmongItems: (name: string, refLine: number) =>
      `«${name}» står på samme nivå som punktene i lista (se linje ${refLine}), men uten «-» foran. Er det et nytt punkt, skriv «- » foran. Hører det til punktet over, rykk linjen lenger inn.`,
    tab: (more: readonly number[]) => `innrykket er laget med tabulator. Bruk mellomrom i stedet${more.length ? `, også på ${linjer(more)}` : ''}.`,
    unclosedQuote: (q: string) => `teksten begynner med anførselstegn (${q}), men slutter ikke med det. Sett ${q} på slutten av teksten.`,
    textAfterQuote: (after: string) =>
      `teksten fortsetter etter anførselstegnet som avslutter den («${excerpt(after)}»). Sett anførselstegn rundt hele teksten, og skriv sitater inne i teksten med « og ».`,
    colonInText: (key: string, text: string) =>
      `teksten har et kolon som gjør at den leses som et nytt felt. Sett hele teksten i anførselstegn: «${key === '-' ? '-' : `${key}:`} "${excerpt(text, 60)}"».`,
    unclosedBracket: (open: string, close: string) => `${open} som starter her, blir ikke lukket. Sett ${close} der lista slutter.`,
    duplicateKey: (key: string) => `«${key}» står to ganger på samme nivå. Behold bare det ene.`,
    other: () => 'verktøyet forstår ikke oppbygningen av filen her. Se etter innrykk, kolon og anførselstegn på denne linjen og linjen over, og sammenlign med linjene rundt.',
  },

  /** The content model: fields, types, layouts (src/validate/issues.ts, validate.ts). */
  validate: {
    missingField: (field: string, _description?: string) => `feltet «${field}» mangler. Legg til en linje «${field}: …».`,
    wrongType: (field: string, expected: TypeName, f: Found) => `«${field}» skal være ${type(expected)}, men her står ${funnet(f)}.`,
    wrongTypes: (field: string, expected: TypeName[], f: Found) => `«${field}» skal være ${eller(expected.map(type))}, men her står ${funnet(f)}.`,
    /** Numbers as editors type them (src/validate/numbers.ts). */
    number: {
      notANumber: (field: string, f: Found) => `«${field}» skal være et tall, men her står ${funnet(f)}. Skriv for eksempel 7120449, 7 120 449 eller 99,97.`,
      ambiguous: (text: string, whole: number, decimal: number) =>
        `«${text}» kan leses på to måter: som ${skrevet(whole)}, eller som et desimaltall. Skriv ${skrevet(whole)} hvis det er et helt tall, eller ${entydig(decimal)} hvis det er et desimaltall.`,
      separators: (text: string, separator: string, n: number) =>
        `«${text}» har ${separator === '.' ? 'punktum' : 'komma'} mellom sifrene. Skriv ${skrevet(n)} eller ${tall(n)}.`,
      pointWithSpaces: (text: string, n: number) => `«${text}» har punktum foran desimalene. Skriv ${tall(n)} eller ${skrevet(n)}.`,
      percent: (text: string, n: number) => `«${text}» skal stå uten prosenttegn. Skriv ${skrevet(n)}.`,
      commaInList: (written: string) =>
        `«${written}» leses som to tall, ${og(written.split(','))}, fordi komma skiller punktene i en liste med [ ]. Skriv "${written}" i anførselstegn, eller ${written.replace(',', '.')}.`,
    },
    unknownMonth: (key: string, guess: string | undefined) =>
      `«${key}» er ikke en måned.${guess ? ` Mente du «${guess}»?` : ' Skriv månedene som jan, feb, mars … des, eller med hele navnet: januar, februar …'}`,
    sameMonth: (key: string, other: string) => `«${key}» og «${other}» er samme måned. Behold bare den ene.`,
    fieldOfOtherLayout: (key: string, field: string, value: string, others: readonly string[]) =>
      `«${key}» hører ikke til ${valgBestemt(field)} «${value}». Det brukes i ${og(others)}. Fjern feltet, eller velg ${valgAnnet(field)}.`,
    unknownField: (key: string, guess: string | undefined, known: readonly string[]) =>
      `ukjent felt «${key}».${guess ? ` Mente du «${guess}»?` : known.length ? ` Feltene her er: ${known.join(', ')}.` : ''}`,
    norwegianField: (key: string, field: string) => `ukjent felt «${key}». Feltnavnene skrives på engelsk: skriv «${field}».`,
    unknownFieldOneOf: (key: string, guess: string | undefined, known: readonly string[]) =>
      `ukjent felt «${key}».${guess ? ` Mente du «${guess}»?` : ''} Her kan det stå ett av disse: ${known.join(', ')}.`,
    unknownChoice: (field: string, value: string, guess: string | undefined, options: readonly string[]) =>
      `ukjent ${valgNavn(field)} «${value}».${guess ? ` Mente du «${guess}»?` : ''} ${valgFlertall(field)} er: ${options.join(', ')}.`,
    missingChoice: (field: string, options: readonly string[]) =>
      `feltet «${field}» mangler. Skriv for eksempel «${field}: ${options[0] ?? '…'}». ${valgFlertall(field)} er: ${options.join(', ')}.`,
    empty: (field: string) => `feltet «${field}» er tomt. Skriv teksten, eller fjern linjen hvis feltet ikke må være med.`,
    tooFewEntries: (field: string, min: number) => `«${field}» må ha minst ${flertall(min, 'punkt', 'punkter')}.`,
    tooManyEntries: (field: string, max: number, count: number) => `«${field}» kan ha høyst ${flertall(max, 'punkt', 'punkter')}, men har ${tall(count)}.`,
    tooSmall: (field: string, min: number, f: Found) => `«${field}» må være minst ${tall(min)}, men her står ${funnet(f)}.`,
    tooBig: (field: string, max: number, f: Found) => `«${field}» kan være høyst ${tall(max)}, men her står ${funnet(f)}.`,
    notAllowed: (field: string, allowed: readonly string[], f: Found) => `«${field}» må være ${eller(allowed.map((a) => `«${a}»`))}, men her står ${funnet(f)}.`,
    format: (field: string, what: string, f: Found) => `«${field}» skal være ${what}, men her står ${funnet(f)}.`,
    badKey: (field: string, what: string) => `«${field}» skal være ${what}.`,
    other: (field: string) => `«${field}» har en verdi som ikke passer her. Sammenlign med de andre lysbildefilene.`,
    /** What a field's text must look like (the content model's patterns). */
    formats: {
      year: 'et årstall med fire sifre i anførselstegn, som "2025"',
      month: 'en måned skrevet som "2025-11"',
      picture: 'en bildefil som slutter på .png eller .jpg',
      email: 'en e-postadresse',
      csv: 'et filnavn som slutter på .csv, for eksempel «09-meldingstjeneste.csv»',
    },
    /** Rules that span several values. */
    rules: {
      atLeastOneYear: 'grafen må ha minst ett år.',
      atLeastOneSeries: 'grafen må ha minst én serie.',
      atLeastOneMonth: 'grafen må ha minst én måned.',
      rowCells: 'hver rad i tabellen må ha like mange celler som det er kolonner.',
    },
    /** An uptime chart's `axisMin` (src/validate/chartAxis.ts). */
    axis: {
      valueBelow: (value: number, axisMin: number, lower: string) =>
        `${tall(value)} er lavere enn starten på aksen («axisMin: ${axisMin}»). Da havner punktet utenfor grafen. Skriv «axisMin: ${lower}» eller lavere, eller sjekk tallet.`,
      requirementBelow: (requirement: number, axisMin: number) =>
        `kravet ${tall(requirement)} er lavere enn starten på aksen («axisMin: ${axisMin}»). Da havner kravlinjen utenfor grafen. Skriv «axisMin: ${requirement}» eller lavere.`,
      notBelowTop: (axisMin: number) => `aksen kan ikke starte på ${tall(axisMin)}, for den slutter på 100. Skriv et tall under 100, for eksempel «axisMin: 99.00».`,
    },
    /** Chart numbers that cannot be right (src/validate/chartValues.ts). */
    chartValues: {
      negative: (value: number) => `et antall kan ikke være under null, men her står ${tall(value)}. Sjekk tallet, og skriv det uten minustegn.`,
      seriesLength: (name: string, count: number, categories: number) =>
        `«${name}» har ${flertall(count, 'tall', 'tall')}, men grafen har ${flertall(categories, 'kategori', 'kategorier')}. Skriv ett tall for hver kategori, i samme rekkefølge som i «categories».`,
      notAPercentage: (value: number) => `en oppetid er en prosent fra 0 til 100, men her står ${tall(value)}. Sjekk tallet.`,
    },
    monthOutOfRange: (year: number) => `«month» har året ${year}. Skriv en måned fra år 2000 til 2100, som "2025-11".`,
    oldStyleContacts: () =>
      'kontaktpunktene skal stå i grupper. Skriv «- items:» under «contact:», og kontaktpunktene med mer innrykk under den, slik eksempelet i content/README.md viser.',
    sectionMissing: (n: number, count: number) => `seksjon ${n} finnes ikke. deck.yaml har ${count} seksjoner (1–${count}).`,
    sectionTwice: (n: number) => `seksjon ${n} har allerede et seksjonslysbilde. Hver seksjon skal ha bare ett.`,
    sectionWithoutSlide: (n: number, title: string) =>
      `seksjon ${n} «${title}» har ikke noe seksjonslysbilde, og kommer ikke med i bokmerkene. Lag et lysbilde med «layout: section» og «section: ${n}».`,
  },

  /**
   * What the editor (VS Code, with the JSON Schemas of `deck schema`) says while you type: hover
   * help and the text of the red squiggles (src/validate/editorSchema.ts). The schema cannot name
   * the value found, so these say what belongs at the place.
   */
  editor: {
    slideFile: 'Lysbildefil',
    slideFileDescription: 'Ett lysbilde i månedsrapporten. «layout» bestemmer hvilke andre felt som hører til.',
    deckFile: 'deck.yaml',
    deckFileDescription: 'Utgavefilen for månedsrapporten: tittel, måned, seksjoner og kontaktpunkter.',
    text: (field: string) => `«${field}» skal være en tekst, og den kan ikke være tom.`,
    list: (field: string, min: number) =>
      `«${field}» skal være en liste${min ? ` med minst ${flertall(min, 'punkt', 'punkter')}` : ''}: hvert punkt på en linje som begynner med «- ».`,
    boolean: (field: string) => `«${field}» skal være true eller false.`,
    whole: (field: string, min: number | undefined, max: number | undefined) =>
      `«${field}» skal være et tall${min !== undefined && max !== undefined ? ` fra ${tall(min)} til ${tall(max)}` : min !== undefined ? ` som er minst ${tall(min)}` : ''}.`,
    mapping: (field: string) => `«${field}» skal ha felt under seg, hvert på en linje med innrykk, som «${field}:» og «  navn: verdi» under.`,
    format: (field: string, what: string) => `«${field}» skal være ${what}.`,
    choice: (field: string, values: readonly string[]) => `ukjent ${valgNavn(field)}. ${valgFlertall(field)} er: ${values.join(', ')}.`,
    choiceDescription: (field: string, values: readonly string[]) =>
      field === 'layout'
        ? `Oppsettet for lysbildet: ${values.join(', ')}. Det bestemmer hvilke andre felt lysbildet har. Eksempel: \`layout: text\``
        : `Typen graf: ${values.join(', ')}. Den bestemmer hvilke andre felt grafen har. Eksempel: \`kind: ${values[0]}\``,
    needs: (required: readonly string[]) =>
      required.length === 1
        ? `feltet «${required[0]}» mangler. Legg til en linje «${required[0]}: …».`
        : `et felt mangler. Her må ${og(required.map((r) => `«${r}»`))} være med, hvert på sin linje.`,
    needsChoice: (field: string, values: readonly string[]) => `skriv «${field}:» med ${valgNavn(field) === 'oppsett' ? 'et oppsett' : 'en graftype'}, for eksempel «${field}: ${values.includes('text') ? 'text' : values[0]}».`,
    needsIn: (field: string, value: string, required: readonly string[]) => {
      const what = `${valgBestemt(field)} «${value}»`;
      if (required.length === 0) return `${what} skal ha felt på linjer med «navn: verdi».`;
      if (required.length === 1) return `${what} må ha «${required[0]}». Legg til en linje «${required[0]}: …».`;
      return `et felt mangler. ${what[0]!.toUpperCase()}${what.slice(1)} må ha ${og(required.map((r) => `«${r}»`))}, hvert på sin linje.`;
    },
    monthsUnder: () => 'skriv månedene under året, hver på sin linje med innrykk, for eksempel «jan: 7 120 449».',
    unknownField: (fields: readonly string[]) => `feltet finnes ikke her. Feltene her er: ${fields.join(', ')}.`,
    unknownFieldIn: (field: string, value: string, fields: readonly string[]) => `feltet finnes ikke i ${valgBestemt(field)} «${value}». Feltene er: ${fields.join(', ')}.`,
    number: () => 'skriv et tall, for eksempel 7120449, 7 120 449 eller 99,97. Ikke 7.120.449 eller 1,530, og ikke % etter tallet.',
    year: () => 'året skal ha fire sifre, for eksempel 2025 eller "2025".',
    month: () => 'dette er ikke en måned. Skriv jan, feb, mars, apr, mai, juni, juli, aug, sep, okt, nov eller des, eller hele navnet (januar …).',
    isoMonth: () => 'skriv året og måneden med bindestrek, i anførselstegn, for eksempel "2025-11".',
    yearsOrData: () => 'grafen må ha tallene i «years» eller en CSV-fil i «data».',
  },

  /** Numbers that are valid but probably wrong (src/validate/sanity.ts). */
  sanity: {
    slot: (t: MonthIndex, written: string) => `ingen tall for ${måned(t)} ennå («${written}: ~»). Fyll det inn før rapporten sendes.`,
    reportMissingMonthly: (t: MonthIndex, key: string) =>
      `ingen tall for ${måned(t)}, som er måneden for denne utgaven. Legg til «${key}: …» under «"${Math.floor(t / 12)}":».`,
    reportMissingYear: (t: MonthIndex, key: string) =>
      `ingen rad for ${Math.floor(t / 12)}, som er året for denne utgaven. Legg til en rad «"${Math.floor(t / 12)}":» med «${key}: …» under.`,
    reportMissingUptime: (t: MonthIndex, key: string) => `ingen oppetid for ${måned(t)}, som er måneden for denne utgaven. Legg til «"${key}": …» under «months».`,
    gap: (from: MonthIndex, to: MonthIndex) =>
      from === to
        ? `ingen tall for ${måned(from)}, mellom ${måned(from - 1)} og ${måned(to + 1)}. Legg det inn.`
        : `ingen tall for ${måned(from)} – ${måned(to)}, mellom ${måned(from - 1)} og ${måned(to + 1)}. Legg dem inn.`,
    same: (t: MonthIndex, value: number) => `samme tall som ${måned(t - 1)} (${tall(value)}). Sjekk at tallet ikke er kopiert fra måneden før.`,
    outlier: (value: number, median: number, window: number) =>
      `${tall(value)} er mye ${value > median ? 'høyere' : 'lavere'} enn ellers i denne grafen (medianen for ${window} måneder på hver side er ${tall(median)}). Sjekk om et siffer mangler eller er for mye.`,
    futureMonth: (t: MonthIndex, edition: MonthIndex) => `${måned(t)} er etter måneden for denne utgaven (${måned(edition)}). Fjern tallet, eller sjekk «month» i deck.yaml.`,
    futureYear: (year: number, edition: MonthIndex) => `${year} er etter året for denne utgaven (${måned(edition)}). Fjern raden, eller sjekk «month» i deck.yaml.`,
  },

  /** Warnings an editor has checked: `# kontrollert: …` on the value's line (src/validate/acknowledged.ts). */
  checked: {
    stale: (reason: string) =>
      `«# kontrollert${reason ? `: ${excerpt(reason)}` : ''}» står på en linje som ikke har noen advarsel. Advarselen den gjaldt, er borte. Fjern kommentaren.`,
    noReason: () => '«# kontrollert» mangler en grunn, så advarselen på linjen gjelder fortsatt. Skriv hvorfor tallet er riktig, for eksempel «# kontrollert: står slik i kilden».',
  },

  /** Text and tables that do not fit on the slide, charts without numbers (src/render/). */
  render: {
    /** Characters the fonts lack (src/validate/glyphs.ts). */
    missingGlyphs: (chars: readonly Character[]) => {
      const named = chars.slice(0, 3).map((c) => `${c.shown === undefined ? '' : `«${c.shown}» `}(${c.code}${c.name ? ` ${c.name}` : ''})`);
      const more = chars.length > 3 ? [`${tall(chars.length - 3)} andre tegn`] : [];
      const one = chars.length === 1;
      return `${one ? 'tegnet' : 'tegnene'} ${og([...named, ...more])} finnes ikke i skriften i rapporten, og ville blitt vist som ${one ? 'en tom rute' : 'tomme ruter'}. Skriv teksten uten ${one ? 'det' : 'dem'}, eller bytt ${one ? 'det' : 'dem'} ut med vanlige bokstaver.`;
    },
    tooWideForColumn: (text: string, size: number) => `«${excerpt(text)}» er for bred for kolonnen i tabellen, selv med ${tall(size)} pt skrift. Kort ned teksten, eller bruk færre kolonner.`,
    tooWideForChartTable: (shown: string, size: number) =>
      `«${shown}» får ikke plass i tabellen under grafen, selv med ${tall(size)} pt skrift, som er det minste vi bruker. Sjekk at tallet er riktig.`,
    tableTooTall: (needed: number, free: number) => `tabellen trenger ${tall(needed)} pt i høyden, men bare ${tall(free)} pt er ledig. Bruk færre rader.`,
    tooManyLines: (lines: number, max: number, width: number, size: number) =>
      `teksten er for lang: den trenger ${tall(lines)} linjer, men det er plass til ${tall(max)} (${tall(width)} pt bredt med ${tall(size)} pt skrift). Kort den ned.`,
    tooTall: (needed: number, free: number) => `teksten er for lang: den trenger ${tall(needed)} pt i høyden, men bare ${tall(free)} pt er ledig. Kort den ned, eller del lysbildet i to.`,
    bodyOverflows: (over: number, box: number) =>
      `teksten får ikke plass på lysbildet: den går ${tall(over)} pt nedenfor feltet sitt (som er ${tall(box)} pt høyt). Kort ned teksten, eller del lysbildet i to.`,
    listTooTall: (needed: number, free: number, min: number) =>
      `lista trenger ${tall(needed)} pt i høyden, men bare ${tall(free)} pt er ledig, selv med ${tall(min)} pt skrift. Bruk flere kolonner eller færre punkter.`,
    contactGroupTooFull: (count: number, fit: number, columns: number) =>
      `gruppen har ${tall(count)} kontaktpunkter, men bare ${tall(fit)} får plass${columns > 1 ? ` i ${columns} kolonner` : ' i én kolonne'}. Fjern noen, eller del gruppen i to.`,
    chartWithoutNumbers: (noData: string) => `grafen har ingen tall. Lysbildet viser «${noData}».`,
    chartNoRoom: (height: number, min: number) =>
      `grafen får ikke plass på lysbildet: tabellen med tallene under den tar så mye plass at det blir igjen ${tall(height)} pt i høyden, og en graf trenger minst ${tall(min)} pt. Vis færre år, serier eller kategorier, eller kort ned teksten.`,
    templateBroken: (detail: string) => `malen har en skrivefeil og kan ikke brukes. Rett den og lagre igjen. (Malverktøyet sier: ${detail})`,
  },

  /** `deck check` (src/check/, src/cli/main.ts). */
  check: {
    failed: (errors: number, warnings: number) =>
      `deck: fant ${flertall(errors, 'feil', 'feil')}${warnings ? ` og ${flertall(warnings, 'advarsel', 'advarsler')}` : ''}.`,
    failedStrict: (problems: number) => `deck: fant ${flertall(problems, 'problem', 'problemer')} (med --strict teller advarslene som feil).`,
    valid: (dir: string, warnings: number, acknowledged: number) =>
      `deck: ${dir} er i orden${warnings ? ` (${flertall(warnings, 'advarsel', 'advarsler')})` : ''}.${acknowledged ? ` ${acknowledged === 1 ? 'Én advarsel er merket' : `${tall(acknowledged)} advarsler er merket`} som kontrollert.` : ''}`,
  },

  /** `deck watch` (src/watch/watch.ts). */
  watch: {
    wrote: (file: string, pages: number, ms: number) => `deck: skrev ${file} (${flertall(pages, 'side', 'sider')}) på ${sekunder(ms)}.`,
    updated: (file: string, ms: number, changed: readonly number[], pages: number, before: number) =>
      `deck: ${file} er oppdatert ${sekunder(ms)} etter at du lagret. ${endredeSider(changed, pages)}${pages !== before ? ` Rapporten har nå ${flertall(pages, 'side', 'sider')} (før ${tall(before)}).` : ''}`,
    unchanged: (file: string, ms: number) => `deck: ${file} er som før: lagringen endret ingenting i PDF-en (sjekket på ${sekunder(ms)}).`,
    warningGone: (problem: string) => `deck: advarselen er borte: ${problem}`,
    failed: (problems: number, kept: string | undefined) =>
      `deck: fant ${flertall(problems, 'feil', 'feil')}. ${kept ? `${kept} er ikke endret.` : 'Ingen PDF er laget ennå.'}`,
    watching: (dir: string) => `deck: følger med på ${dir}. Lagre en fil, så lages PDF-en på nytt. Stopp med Ctrl+C.`,
    cannotWatch: (dir: string, reason: string) => `deck: kan ikke følge med på ${dir}: ${reason}`,
    stoppedWatching: (dir: string, reason: string) => `deck: sluttet å følge med på ${dir}: ${reason}`,
    stopped: 'deck: sluttet å følge med.',
    internalError: 'deck: intern feil i deck (ikke i filene dine). Meld fra om den, og ta med teksten under:',
  },

  /** `deck preview` (src/preview/). */
  preview: {
    wrote: (count: number, dir: string, ms: number) => `deck: lagret ${flertall(count, 'bilde', 'bilder')} i ${dir} på ${sekunder(ms)}.`,
    notOurs: () =>
      'filen er ikke laget av deck preview (eller den er endret siden), så den blir ikke erstattet. Flytt den eller gi den et annet navn, eller velg en annen mappe med -o. Ingen bilder er lagret.',
  },

  /** `deck new-month` and its checklist (src/edition/newMonth.ts). */
  newMonth: {
    notAMonth: (month: string) => `«${month}» er ikke en måned. Skriv den som 2025-12.`,
    notAfter: (month: string, from: string, fromMonth: string) => `${month} kommer ikke etter utgaven i ${from} (${fromMonth}). Velg en senere måned.`,
    exists: (dir: string) => `${dir} finnes allerede. Slett mappen først, eller velg en annen mappe med -o.`,
    noEarlier: (month: string, root: string) => `fant ingen utgave før ${month} i ${root}/. Si hvilken utgave du vil starte fra, med --from MAPPE.`,
    created: (dir: string, from: string, slides: number, skipped: readonly string[]) =>
      `deck: laget ${dir} fra ${from} (${flertall(slides, 'lysbilde', 'lysbilder')})${skipped.length ? `. Ikke kopiert: ${skipped.join(', ')}` : ''}.`,
    renamed: (from: string) => `fikk nytt navn (het ${from})`,
    monthSet: (month: string) => `month: "${month}"`,
    titleSet: (field: string, text: string) => `${field}: ${text}`,
    yearsLeftOut: (title: string, years: readonly string[], kept: number) => `${title}: ${og(years)} er tatt ut (grafen viser ${kept} år)`,
    monthsLeftOut: (title: string, months: readonly string[], window: number, named: boolean) =>
      `${title}: ${og(months)} er tatt ut (${named ? `tittelen sier ${window} måneder` : `grafen beholder sine ${window} måneder`})`,
    fillNumber: (title: string, t: MonthIndex) => `${title}: tallet for ${måned(t)}`,
    fillUptime: (title: string, t: MonthIndex) => `${title}: oppetiden for ${måned(t)}`,
    fillEarlier: (title: string, t: MonthIndex) => `${title}: tallet for ${måned(t)} (står tomt fra en tidligere måned)`,
    reviseCategories: (title: string, t: MonthIndex) => `${title}: disse tallene er ikke per måned. Oppdater dem for ${måned(t)} hvis de er endret`,
    reviseTable: (title: string, t: MonthIndex) => `${title}: tallene i tabellen. Oppdater dem for ${måned(t)}`,
    acknowledgementRemoved: (reason: string) =>
      `«# kontrollert${reason ? `: ${excerpt(reason)}` : ''}» er tatt bort. Sjekk tallet på nytt for den nye måneden, og merk det igjen hvis det fortsatt er riktig`,
    mentions: (names: readonly string[], text: string) => `nevner ${og(names.map((n) => `«${n}»`))}: ${text}`,
    checklist: {
      changed: 'Endret for den nye måneden:',
      fill: (n: number) => `Fyll inn (${flertall(n, 'tall', 'tall')}, der det nå står «~»):`,
      nothingToFill: 'Ingen tall å fylle inn.',
      revise: (n: number) => `Se over og oppdater (${tall(n)}):`,
      then: (dir: string) => `Deretter: npx deck check ${dir}\n(eller npx deck watch ${dir} for å se PDF-en mens du jobber)`,
    },
  },

  /** The command line: results, usage errors, help (src/cli/main.ts). */
  cli: {
    wrote: (file: string, pages: number, ms: number) => `deck: skrev ${file} (${flertall(pages, 'side', 'sider')}) på ${sekunder(ms)}.`,
    nothingWritten: (problems: number) => `deck: fant ${flertall(problems, 'feil', 'feil')}, så ingenting er skrevet.`,
    editionNotWritten: (dir: string, problems: number) => `deck: fant ${flertall(problems, 'feil', 'feil')} i ${dir}, så den utgaven er ikke skrevet.`,
    editionsWritten: (count: number, ms: number) => `deck: skrev ${flertall(count, 'utgave', 'utgaver')} på ${sekunder(ms)}.`,
    editionsFailed: (failed: readonly string[], total: number) =>
      failed.length === total
        ? `deck: ingen av de ${tall(total)} utgavene er skrevet. Rett feilene over og bygg igjen.`
        : `deck: ${tall(failed.length)} av ${flertall(total, 'utgave', 'utgaver')} er ikke skrevet: ${og(failed)}. Rett feilene over og bygg igjen. De andre utgavene er skrevet.`,
    sameOutput: (file: string, other: string) => `denne utgaven skal skrives til ${file}, men det skal også ${other}. Rett måneden, eller bygg utgavene hver for seg med -o.`,
    outputWithManyEditions: '-o kan bare brukes når du bygger én utgave. Uten -o blir hver utgave skrevet til sin egen fil i dist/.',
    schemaWritten: (dir: string) => `deck: skrev ${dir}/deck.schema.json og slide.schema.json.`,
    seeHelp: 'Skriv npx deck --help for å se hva du kan skrive.',
    missingCommand: (commands: readonly string[]) => `kommandoen mangler. Skriv ${eller(commands)} etter npx deck.`,
    unknownCommand: (command: string, guess: string | undefined, commands: readonly string[]) =>
      `ukjent kommando «${command}».${guess ? ` Mente du «${guess}»?` : ''} Kommandoene er ${og(commands)}.`,
    unexpectedArgument: (arg: string) => `«${arg}» er ett ord for mye i kommandoen.`,
    onlyFor: (option: string, commands: readonly string[]) => `${option} kan bare brukes med ${eller(commands)}.`,
    unknownOption: (option: string) => `ukjent valg «${option}».`,
    missingValue: (option: string) => `${option} må ha en verdi etter seg, for eksempel ${option} ${OPTION_EXAMPLES[option] ?? '…'}.`,
    takesNoValue: (option: string) => `${option} skal ikke ha noen verdi etter seg.`,
    badArguments: (detail: string) => `kommandoen er ikke skrevet riktig (${detail}).`,
    width: (value: string) => `--width må være et helt antall piksler fra 96 til 7680, men her står «${value}».`,
    missingMonth: 'måneden mangler. Skriv for eksempel npx deck new-month 2025-12.',
    badSourceDate: (value: string) =>
      `SOURCE_DATE_EPOCH er «${value}», men det skal være et helt antall sekunder siden 1. januar 1970 fram til år 9999 (for eksempel 1761955200). Rett verdien, eller fjern den.`,
    unknownLanguage: (lang: string, languages: readonly string[]) => `ukjent språk «${lang}». Velg ${eller(languages)}.`,
    help: HELP,
  },

  // ---------------------------------------------------------------------------------------------
  // Groups that other parts of deck will fill. Each is empty until its messages are written.
  // ---------------------------------------------------------------------------------------------

  /** Writing the PDF: the output path, a locked file, a folder in the way (src/output/writeFile.ts). */
  output: {
    noName: () => '-o må ha et filnavn etter seg, for eksempel -o dist/rapport.pdf.',
    isFolder: (path: string) => `dette er en mappe. Skriv navnet på PDF-filen${path ? `, for eksempel ${path.replace(/\/$/, '')}/rapport.pdf` : ''}.`,
    isInput: () => 'dette er en av filene i utgaven, og den ville blitt erstattet av PDF-en. Lagre PDF-en et annet sted, for eksempel i dist/.',
    inEdition: () => 'PDF-en ville fått et navn som en fil i utgaven, og blitt lest som innhold neste gang. Gi den et navn som slutter på .pdf, helst utenfor utgavemappen, for eksempel dist/rapport.pdf.',
    notPdf: () => 'filen finnes allerede, og den er ikke en PDF. deck erstatter bare PDF-filer. Velg et annet filnavn for PDF-en.',
    notHtml: () => 'filen finnes allerede, og den er ikke en nettside. deck erstatter bare sine egne HTML-filer. Flytt filen, eller velg et annet filnavn for PDF-en med -o (HTML-utgaven får samme navn, med .html).',
    notAFile: (kind: string) => `dette er ikke en vanlig fil, men ${spesialfil(kind)}. Velg et filnavn for PDF-en, for eksempel dist/rapport.pdf.`,
    parentIsFile: (parent: string) => `«${parent}» er en fil, ikke en mappe, så PDF-en kan ikke lagres der. Velg en annen mappe.`,
    readOnly: () => 'PDF-en kan ikke lagres her, fordi mappen er skrivebeskyttet eller du ikke har tilgang til den. Lagre den i en annen mappe. Den forrige PDF-en er som før.',
    diskFull: () => 'det er ikke plass på disken til PDF-en. Frigjør plass, eller lagre den et annet sted. Den forrige PDF-en er som før.',
    locked: () => 'filen er låst av et annet program, kanskje en PDF-leser. Lukk den, og prøv igjen. Den forrige PDF-en er som før.',
    failed: (code: string) => `PDF-en kunne ikke lagres (feilkode ${code}). Den forrige PDF-en er som før.`,
    interrupted: () => 'deck: avbrutt. Ingen ny PDF er skrevet, og den forrige er som før.',
    interruptedMany: () => 'deck: avbrutt. Utgavene som allerede var ferdige, er skrevet. De andre er ikke skrevet, og PDF-ene deres fra før er som de var.',
    /** Other files deck writes (preview pictures, a new month's folder, the schemas). */
    cannotWrite: () => 'dette kan ikke lagres, fordi mappen er skrivebeskyttet eller du ikke har tilgang til den. Velg en annen mappe.',
    noRoom: () => 'det er ikke plass på disken. Frigjør plass, eller velg en annen mappe.',
    systemFailed: (code: string) => `dette kunne ikke leses eller lagres (feilkode ${code}).`,
  },
  /**
   * Unsafe input: files outside the edition folder or that are not regular files, input too large
   * to be a slide, links that are not web or e-mail addresses. `logo`: the name of the logo file
   * that deck.yaml gives (the message stands at «logo:»); without it, the message is about the file
   * it stands at.
   */
  security: {
    outside: (throughLink: boolean, logo?: string) =>
      `${filen(logo)} ${throughLink ? 'er en snarvei (lenke) som fører ut av utgavemappen, eller i ring' : 'ligger utenfor utgavemappen'}. deck leser bare filer i utgavemappen${logo === undefined ? '' : ' og i assets/'}. ${
        logo === undefined ? 'Legg selve filen i mappen i stedet for snarveien.' : 'Legg logoen i utgavemappen, og skriv bare filnavnet, som «logo: logo.png».'
      }`,
    missing: (logo?: string) =>
      logo === undefined ? 'filen er en snarvei (lenke) til en fil som ikke finnes. Slett snarveien, eller legg filen der den peker.' : `fant ikke logofilen «${logo}». Legg filen i utgavemappen, eller fjern «logo».`,
    directory: (logo?: string) =>
      logo === undefined
        ? 'dette er en mappe, ikke en fil. Gi mappen et navn som ikke slutter på .yaml, eller flytt den ut av utgavemappen.'
        : `logofilen «${logo}» er en mappe, ikke en bildefil. Skriv navnet på en PNG- eller JPEG-fil.`,
    special: (kind: string, logo?: string) =>
      `${logo === undefined ? 'dette' : filen(logo)} er ikke en vanlig fil, men ${spesialfil(kind)}. ${
        logo === undefined ? 'En lysbildefil må være en vanlig tekstfil. Slett den, eller legg en vanlig fil der i stedet.' : 'Skriv navnet på en PNG- eller JPEG-fil.'
      }`,
    unreadable: (code: string, logo?: string) =>
      code === 'EACCES' || code === 'EPERM'
        ? `${filen(logo)} kan ikke leses, fordi du ikke har tilgang til den. Gi deg selv lesetilgang til filen.`
        : `${filen(logo)} kan ikke leses (feilkode ${code}). Lagre filen på nytt.`,
    tooLarge: (size: number, max: number, logo?: string) =>
      logo === undefined
        ? `filen er for stor (${størrelse(size)}). En lysbildefil kan være høyst ${størrelse(max)}. Sjekk at dette er riktig fil.`
        : `logofilen «${logo}» er for stor (${størrelse(size)}). Et bilde kan være høyst ${størrelse(max)}. Lagre bildet i mindre størrelse.`,
    tooManySlides: (count: number, max: number) =>
      `mappen har ${tall(count)} lysbildefiler. En utgave kan ha høyst ${tall(max)}. Sjekk at dette er riktig mappe, eller flytt filene som ikke hører til.`,
    editionTooLarge: (max: number) =>
      `lysbildefilene i mappen er til sammen større enn ${størrelse(max)}, som er mer enn en utgave kan være. Sjekk at dette er riktig mappe, eller flytt filene som ikke hører til.`,
    lineTooLong: (length: number, max: number) =>
      `linjen er for lang (${flertall(length, 'tegn', 'tegn')}). En linje kan ha høyst ${tall(max)} tegn. Del teksten opp, eller sjekk at dette er riktig fil.`,
    textTooLong: (length: number, max: number) =>
      `teksten er for lang (${flertall(length, 'tegn', 'tegn')}). En tekst kan ha høyst ${tall(max)} tegn, og det er mer enn et lysbilde har plass til. Kort den ned, eller del den på flere lysbilder.`,
    tooManyEntries: (count: number, max: number) =>
      `her står ${tall(count)} punkter eller felt på samme nivå. Det kan være høyst ${tall(max)}. Del innholdet på flere lysbilder.`,
    tooDeep: (max: number) =>
      `lister og grupper står for mange nivåer inni hverandre her (det kan være høyst ${tall(max)} nivåer). Sjekk innrykket og klammene ([ ] og { }) på linjene over.`,
    tooManyAliases: (max: number) =>
      `filen viser til andre deler av seg selv (med «*navn») mer enn ${tall(max)} ganger. Skriv innholdet der det skal stå, uten «&» og «*».`,
    aliasBomb: () =>
      'her viser filen til en del av seg selv («*navn») som igjen viser videre, så innholdet blir altfor stort når det leses. Skriv innholdet der det skal stå, uten «&» og «*».',
    reservedKey: (key: string) => `«${key}» kan ikke brukes som navn på et felt, en serie eller et år. Gi det et annet navn.`,
    keyNotAName: () => 'her står en liste eller en gruppe foran et kolon, der det skal stå et navn. Skriv navnet som vanlig tekst, som «title:».',
    unsafeLink: (href: string) =>
      `lenken «${href}» går ikke til en nettside eller en e-postadresse, og kan ikke brukes. En lenke begynner med https://, http:// eller mailto:, som i [Altinn](https://www.altinn.no).`,
    linkWithoutScheme: (href: string) => `lenken «${href}» mangler https:// foran. Skriv hele adressen, som i [Altinn](https://www.altinn.no).`,
    unclosedBold: () => '«**» her har ingen «**» som avslutter uthevingen. Skriv «**» på begge sider av ordene som skal stå med fet skrift, som «**viktig**».',
  },
  /**
   * Pictures: the logo of deck.yaml (read and checked in src/validate/logo.ts)
   * and the pictures of slides (checked in src/validate/pictures/, placed in src/render/pictures/),
   * told at the slide's «file» field (at «image» for the alt text).
   */
  pictures: {
    notAPicture: 'bildet er ikke en PNG- eller JPEG-fil. Lagre bildet som PNG eller JPEG.',
    broken: 'bildet er skadet eller ufullstendig. Lagre bildet på nytt som PNG eller JPEG.',
    interlaced: 'bildet er en flettet PNG (interlaced), som ikke kan brukes. Lagre bildet på nytt uten fletting.',
    paletteDepth: 'bildet er en PNG med fargepalett og gjennomsiktighet med færre enn 8 biter per punkt. Lagre bildet på nytt som vanlig PNG.',
    // the name in «file»
    address: (file: string) =>
      `«${file}» er en nettadresse. Bildet må ligge som en fil i utgavemappen. Last ned bildet, legg det i mappen (for eksempel i en mappe «bilder»), og skriv filnavnet her, som «bilder/skjermbilde.png».`,
    absolute: (file: string) => `«${file}» er en sti fra roten av disken. Skriv stien fra mappen lysbildet ligger i, for eksempel «bilder/skjermbilde.png».`,
    ending: (file: string) => `«${file}» er ikke en bildetype som kan brukes. Bruk et PNG-, JPEG- eller SVG-bilde (filnavnet slutter på .png, .jpg, .jpeg eller .svg).`,
    // reading the file
    outside: (file: string) => `«${file}» ligger utenfor utgavemappen og mappen assets. Legg bildet i utgavemappen, for eksempel i en mappe «bilder», og skriv «bilder/…» her.`,
    outsideLink: (file: string) => `«${file}» er en snarvei (lenke) til en fil utenfor utgavemappen og mappen assets. Kopier selve bildet inn i utgavemappen.`,
    missing: (file: string, guess: string | undefined) =>
      `fant ikke bildet «${file}».${guess ? ` Mente du «${guess}»?` : ' Sjekk at navnet er skrevet riktig, med store og små bokstaver, og at filen ligger der.'}`,
    directory: (file: string) => `«${file}» er en mappe, ikke et bilde. Skriv navnet på selve bildefilen, for eksempel «${file.replace(/\/$/, '')}/skjermbilde.png».`,
    special: (file: string) => `«${file}» er ikke en vanlig fil, men en spesialfil, og kan ikke leses som et bilde. Legg en vanlig bildefil der.`,
    unreadable: (file: string) => `du har ikke tilgang til å lese «${file}». Gi deg selv lesetilgang til filen, eller lagre bildet på nytt.`,
    tooLarge: (file: string, bytes: number, maxBytes: number) => `«${file}» er ${megabyte(bytes)} MB. Et bilde kan være høyst ${megabyte(maxBytes)} MB. Lagre bildet i mindre størrelse, eller som JPEG.`,
    // what the file holds
    wrongType: (file: string, expected: PictureFormat, found: Sniffed) => {
      if (found === 'html') return `«${file}» er ikke et bilde, men ${BILDETYPE.html}. Det skjer ofte når et bilde lagres fra nettleseren. Åpne bildet for seg selv, og lagre det på nytt.`;
      if (found === 'png' || found === 'jpeg' || found === 'svg') {
        return `«${file}» heter ${ENDELSE[expected]}, men er ${BILDETYPE[found]}. Gi filen endelsen ${ENDELSE[found]}, eller lagre bildet på nytt som ${FORMAT[expected]}.`;
      }
      if (found === 'text' || found === 'unknown') return `«${file}» er ikke ${BILDETYPE[expected]}. Lagre bildet på nytt som ${FORMAT[expected]}.`;
      return `«${file}» er ${BILDETYPE[found]}, som ikke kan brukes. Lagre bildet på nytt som PNG eller JPEG.`;
    },
    damaged: (file: string) => `«${file}» er skadet eller ufullstendig og kan ikke vises. Lagre bildet på nytt, eller hent det på nytt fra der det kom fra.`,
    tooManyPixels: (file: string, width: number, height: number, max: number) =>
      `«${file}» er ${tall(width)} × ${tall(height)} piksler. Et bilde kan være høyst ${tall(max)} × ${tall(max)} piksler. Gjør bildet mindre i et bildeprogram, og lagre det på nytt.`,
    svgScript: (file: string) => `«${file}» inneholder et skript. Bare SVG-filer uten skript kan brukes. Lagre bildet på nytt uten skript, eller som PNG.`,
    svgHandler: (file: string, attribute: string) =>
      `«${file}» inneholder en hendelse («${attribute}»), som er et skript. Bare SVG-filer uten skript kan brukes. Lagre bildet på nytt uten skript, eller som PNG.`,
    svgForeignObject: (file: string) => `«${file}» inneholder en innebygd nettside (foreignObject). Bare vanlige tegninger kan brukes. Lagre bildet på nytt som PNG.`,
    svgEntity: (file: string) => `«${file}» har egne definisjoner (ENTITY) i starten, som kan hente inn andre filer. Lagre bildet på nytt fra tegneprogrammet, eller som PNG.`,
    svgExternal: (file: string, reference: string) =>
      `«${file}» henter noe fra en annen fil eller en nettadresse («${excerpt(reference)}»). Bare SVG-filer som har alt i seg selv, kan brukes. Lagre bildet på nytt med alt innebygd, eller som PNG.`,
    svgNoSize: (file: string) =>
      `«${file}» har ingen størrelse (den mangler viewBox, eller width og height). Legg til for eksempel viewBox="0 0 400 300" i <svg>, eller lagre bildet på nytt fra tegneprogrammet.`,
    // the alternative text
    missingAlt: () =>
      'bildet mangler alternativ tekst («alt»). Skriv hva bildet viser, for dem som ikke kan se det, for eksempel «alt: Skjermbilde av den nye innboksen i Altinn». Er bildet bare pynt, skriv «decorative: true» i stedet.',
    altAndDecorative: () => 'bildet har både «alt» og «decorative: true». Fjern «decorative: true» hvis bildet viser noe leseren trenger, ellers fjern «alt».',
    // on the slide
    stillLarge: (file: string, bytes: number) =>
      `«${file}» tar ${megabyte(bytes)} MB i PDF-en, også etter at det er gjort mindre. Det gjør PDF-en tung å sende. Lagre bildet som JPEG, eller beskjær det til det som skal vises.`,
    noRoom: (needed: number, free: number) =>
      `teksten tar så mye plass at bildet blir for lite (${tall(Math.round(free))} pt høyt, minst ${tall(needed)} pt trengs). Kort ned teksten, eller del den på to lysbilder.`,
  },
  /** `deck serve` (src/serve/): the command line, and the words of its page. */
  serve: {
    badPort: (value: string) => `--port må være et helt tall fra 0 til 65535, men her står «${value}».`,
    portBusy: (port: number) => `port ${port} brukes allerede av et annet program. Velg en annen port, for eksempel npx deck serve --port ${port + 1}.`,
    portDenied: (port: number) => `du har ikke lov til å bruke port ${port}. Velg en port fra 1024 og oppover, for eksempel --port 4173.`,
    serving: (dir: string, url: string) => `deck: viser ${dir} på ${url}. Åpne adressen i nettleseren. Stopp med Ctrl+C.`,
    stopped: 'deck: sluttet å vise lysbildene.',
    page: {
      title: 'Forhåndsvisning',
      waiting: 'Lager lysbildene …',
      downloadPdf: 'Last ned PDF',
      openHtml: 'Åpne HTML-utgaven',
      updated: (time: string, slides: number) => `Oppdatert ${time} · ${flertall(slides, 'lysbilde', 'lysbilder')}`,
      errorsTitle: (n: number) => (n === 1 ? 'Det er en feil i innholdet' : `Det er ${tall(n)} feil i innholdet`),
      errorsHelp: 'Rett feilen og lagre filen, så forsvinner denne meldingen. Lysbildene viser siste versjon uten feil.',
      errorsNoSlides: 'Rett feilen og lagre filen, så kommer lysbildene.',
      hide: 'Skjul',
      warnings: (n: number) => flertall(n, 'advarsel', 'advarsler'),
      lost: 'Mistet kontakten med deck serve. Prøver igjen …',
      internal: 'Noe gikk galt inne i deck. Se meldingen i terminalen.',
    },
  },
  /** The HTML version of the report (src/html/). */
  html: {
    wrote: (pdf: string, html: string, pages: number, ms: number) => `deck: skrev ${pdf} og ${html} (${flertall(pages, 'side', 'sider')}) på ${sekunder(ms)}.`,
  },
  /** Data files (CSV) beside the slides: a monthly chart's `data:` (src/validate/chartData.ts, src/load/csv.ts). */
  data: {
    notFound: (name: string) => `fant ikke datafilen «${name}». Legg CSV-filen i samme mappe som lysbildet, eller rett navnet.`,
    outside: (name: string) => `datafilen «${name}» ligger utenfor utgavemappen. Legg CSV-filen i samme mappe som lysbildet, og skriv bare filnavnet.`,
    folder: (name: string) => `«${name}» er en mappe, ikke en fil. Skriv navnet på CSV-filen.`,
    notAFile: (name: string) => `«${name}» er ikke en vanlig fil. Lagre tallene som en CSV-fil og skriv navnet på den.`,
    tooLarge: (name: string, size: number, max: number) =>
      `datafilen «${name}» er for stor (${tall(Math.round(size / 1024))} kB, grensen er ${tall(Math.round(max / 1024))} kB). En graf trenger bare én linje per år.`,
    unreadable: (name: string, code: string) => `datafilen «${name}» kan ikke leses (${code}). Sjekk at filen ikke er låst eller skrivebeskyttet for deg.`,
    bothYearsAndData: () => 'grafen har både «data» og «years». Tallene skal stå ett sted: enten i CSV-filen (data) eller i lysbildefilen (years). Fjern det ene.',
    notUtf8: () => 'filen er ikke lagret som UTF-8, så æ, ø og å blir feil her. Lagre den på nytt fra Excel som «CSV UTF-8 (kommadelt)».',
    empty: () => 'filen er tom. Første linje skal ha månedene, for eksempel «År;jan;feb;mar», og så kommer én linje per år.',
    separator: (commas: boolean) =>
      `første linje har ikke semikolon (;) mellom kolonnene${commas ? ', men komma. Med komma mellom kolonnene kan ikke tall med desimalkomma leses' : ''}. Lagre filen fra Excel som CSV med norske innstillinger, eller skriv «År;jan;feb;…».`,
    unclosedQuote: () => 'cellen begynner med anførselstegn ("), men det blir ikke lukket. Sett " på slutten av cellen, eller fjern det.',
    emptyMonth: () => 'kolonnen har ingen måned i første linje. Skriv måneden (for eksempel «des»), eller fjern kolonnen.',
    noYears: () => 'filen har bare første linje. Skriv én linje per år under den, for eksempel «2025;7 120 449;5 214 812».',
    badYear: (text: string) => `${text ? `«${excerpt(text)}»` : 'den første cellen'} er ikke et årstall. Første kolonne skal ha året med fire sifre, for eksempel 2025.`,
    sameYear: (year: string, line: number) => `${year} står også på linje ${line}. Hvert år skal stå på bare én linje.`,
    extraCell: (months: number) => `linjen har flere tall enn det er måneder i første linje (${tall(months)}). Fjern det som står etter siste måned, eller skriv måneden i første linje.`,
    notANumber: (f: Found) => `her står ${funnet(f)}, men det skal være et tall. Skriv for eksempel 7120449, 7 120 449 eller 99,97, eller la cellen stå tom.`,
  },
  /** Accounting for every file in an edition folder, and `deck renumber` (src/load/editionFiles.ts, src/edition/renumber.ts). */
  files: {
    deckName: (name: string) =>
      `utgavefilen skal hete «deck.yaml», med små bokstaver, men denne heter «${name}». Gi den navnet deck.yaml, eller slett den hvis mappen allerede har en deck.yaml.`,
    noNumber: (_name: string) =>
      'filen kommer ikke med i rapporten, fordi navnet ikke begynner med et nummer. Gi den et navn som «05-hendelser.yaml» (nummer, bindestrek, navn), eller flytt den ut av mappen.',
    decimalNumber: (written: string, insert: string) =>
      `«${written}» kan ikke være nummeret på et lysbilde. Skal lysbildet stå mellom ${insert.slice(0, insert.search(/[a-z]/))}-… og ${nesteNummer(insert)}-…, kall filen «${insert}»: en bokstav etter nummeret setter det inn der.`,
    oneLetter: (prefix: string, suggestion: string) => `«${prefix}» har mer enn én bokstav etter nummeret. Bruk én bokstav, for eksempel «${suggestion}».`,
    noName: (_name: string, suggestion: string) => `lysbildefilen har ikke noe navn etter nummeret. Kall den for eksempel «${suggestion}».`,
    noDash: (_name: string, suggestion: string) => `det mangler bindestrek etter nummeret. Kall filen «${suggestion}».`,
    leadingZero: (digits: string, n: number, after: string | undefined, insert: string, plain: string) =>
      `«${digits}» har en null foran, og da blir lysbildet nummer ${n}${after ? ` og kommer etter «${after}»` : ''}. Skal det stå mellom ${insert.slice(0, insert.search(/[a-z]/))}-… og ${nesteNummer(insert)}-…, kall filen «${insert}». Skal det være nummer ${n}, kall den «${plain}».`,
    sameNumber: (prefix: string, other: string) =>
      `to lysbildefiler har nummeret ${prefix} (den andre er «${other}»). Gi hvert lysbilde sitt eget nummer. Skal dette komme etter det andre, kall det ${prefix}a-… (nummer og bokstav).`,
    hiddenExtension: (name: string, fixed: string) =>
      `filen heter «${name}». Er det et lysbilde, gi den navnet «${fixed}» (Windows skjuler ofte slutten av filnavnet).`,
    unusedData: (name: string) => `ingen lysbilder bruker denne datafilen. Skriv «data: ${name}» i grafen som skal vise tallene, eller flytt filen ut av mappen.`,
    unusedPicture: (_name: string) => 'ingen lysbilder bruker dette bildet. Vis det på et lysbilde, eller flytt filen ut av mappen.',
    stray: (_name: string) => 'filen hører ikke til rapporten: den er ikke et lysbilde, og ingen lysbilder bruker den. Flytt den ut av mappen. Notater kan stå i README.md.',
    /** `deck renumber`. */
    renumber: {
      renamed: (from: string, to: string) => `  ${from} → ${to}`,
      rewrote: (field: string, from: string, to: string) => `«${field}: ${from}» er endret til «${field}: ${to}»`,
      done: (dir: string, files: number, slides: number) =>
        `deck: ga nye navn til ${flertall(files, 'fil', 'filer')} i ${dir}. De ${tall(slides)} lysbildene står i samme rekkefølge som før.`,
      nothing: (dir: string, last: string) => `deck: numrene i ${dir} er allerede i orden (01–${last}). Ingen filer er endret.`,
      collision: (to: string) =>
        `filen kan ikke få det nye navnet «${to}», fordi en annen fil allerede heter det. Gi en av dem et annet navn, og skriv npx deck renumber på nytt.`,
      refused: (problems: number) => `deck: fant ${flertall(problems, 'feil', 'feil')}, så ingen filer har fått nye navn.`,
    },
  },
};

export type Catalogue = typeof nb;
