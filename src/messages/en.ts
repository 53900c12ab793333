/**
 * The English catalogue (`--lang en`, `DECK_LANG=en`): the same entries as nb.ts, which is the
 * source. Field names and code are in backticks, the text found in double quotes.
 */
import { excerpt, joinList, type Found, type MonthIndex, type TypeName } from './types.js';
import type { Catalogue } from './nb.js';
import { FORMAT_NAME as FORMAT, USUAL_ENDING as ENDING, type PictureFormat, type Sniffed } from '../validate/pictures/formats.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const month = (t: MonthIndex) => `${MONTHS[t % 12]} ${Math.floor(t / 12)}`;
const number = (n: number) => String(n);
const and = (items: readonly string[]) => joinList(items, 'and');
const or = (items: readonly string[]) => joinList(items, 'or');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const grouped = (n: number) => {
  const [int, dec] = String(n).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}${dec ? `.${dec}` : ''}`;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
function changedPages(changed: readonly number[], pages: number): string {
  if (changed.length === 0) return 'no page changed';
  if (changed.length === 1) return `page ${changed[0]} drawn again`;
  if (changed.length === pages) return `all ${pages} pages drawn again`;
  if (changed.length > 6) return `${changed.length} pages drawn again`;
  return `pages ${and(changed.map(String))} drawn again`;
}
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${grouped(Math.max(1, Math.ceil(bytes / 1024)))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const theFile = (logo?: string) => (logo === undefined ? 'the file' : `the logo file "${logo}"`);
const specialFile = (kind: string) =>
  kind === 'fifo' ? 'a pipe (FIFO)' : kind === 'device' ? 'a device (such as /dev/zero)' : kind === 'socket' ? 'a socket' : 'a special file';
const spaces = (n: number) => (n === 1 ? '1 space' : `${n} spaces`);

const mb = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
const KIND: Record<Sniffed, string> = {
  png: 'a PNG picture',
  jpeg: 'a JPEG picture',
  svg: 'an SVG file',
  gif: 'a GIF picture',
  webp: 'a WebP picture',
  heic: 'a HEIC picture (from an iPhone)',
  pdf: 'a PDF file',
  html: 'a web page (HTML)',
  text: 'a text file',
  unknown: 'not a picture',
};

function found(f: Found): string {
  switch (f.kind) {
    case 'nothing': return 'nothing';
    case 'list': return 'a list';
    case 'mapping': return 'a mapping';
    case 'text': return `the text "${excerpt(f.text)}"`;
    case 'number': return `the number ${f.value}`;
    case 'other': return `the value ${f.value}`;
  }
}

function type(t: TypeName): string {
  switch (t) {
    case 'text': return 'text';
    case 'number': return 'a number';
    case 'mapping': return 'a mapping of fields ("key: value" lines)';
    case 'list': return 'a list ("- " lines)';
    case 'boolean': return 'true or false';
    case 'other': return 'another value';
  }
}

const HELP = (defaultDir: string, defaultWidth: number, defaultPort: number) => `deck – builds the monthly Altinn report ("Oppsummering fra Altinn sentralforvaltning") as a PDF

Usage (in a terminal, in the project folder):
  npx deck build [DIR] [-o FILE] [--html]
                                       Build the edition in DIR (default ${defaultDir}) into FILE
                                       (default dist/<month>-<year>.pdf, e.g. dist/november-2025.pdf);
                                       with --html also the HTML edition beside it (november-2025.html).
  npx deck build DIR DIR …             Build several editions in one run, each into its own file in
                                       dist/; an edition with problems does not stop the others.
  npx deck check [DIR] [--strict]      Check the edition without writing a PDF; lists every problem
                                       and warning of every file, each as file:line:column.
  npx deck watch [DIR] [-o FILE]       Build, then build again each time a file of DIR is saved; only
                                       the slides that changed are drawn again. A failed build keeps
                                       the last good PDF. Ctrl+C stops.
  npx deck serve [DIR] [--port N]      As watch, and show the slides in the browser at
                                       http://127.0.0.1:${defaultPort}/ (only on this computer); the
                                       page follows every save and shows mistakes. Ctrl+C stops.
  npx deck preview [DIR] [-o DIR]      One PNG per slide and an overview sheet of all slides
                                       (overview.png), drawn like the PDF, into DIR (default
                                       preview/<edition>/).
  npx deck new-month MONTH [--from DIR] [-o DIR]
                                       Start the edition for MONTH (e.g. 2025-12) from the latest
                                       edition in content/ (or DIR): month and titles advance, every
                                       chart gets an empty slot for the new month; ends with a
                                       checklist of what to fill in.
  npx deck renumber [DIR]              Number the slide files 01, 02, 03 … in their present order
                                       (after inserting e.g. 09a-ny.yaml). Their data and picture
                                       files get the new number too, and the fields naming them follow.
  npx deck schema                      Write the JSON Schemas for editors (content/schema/*.schema.json).
  npx deck --help                      Show this help.

Options:
  -o, --output PATH   Where to write: the PDF (build, watch), the pictures (preview), the new
                      edition folder (new-month; default: beside the edition it starts from).
      --strict        Treat warnings as errors (build, check); a build then writes nothing.
      --html          build: also write the deck as one accessible web page beside the PDF.
      --from DIR      The edition that new-month starts from.
      --port N        serve: the port to listen on (default ${defaultPort}; 0 picks a free one).
      --width PX      Width of each slide picture in pixels (preview; default ${defaultWidth}).
      --per-layout    preview: one picture per layout, named after it.
      --lang LANG     The language of the messages: nb (Norwegian, the default) or en (English).
                      DECK_LANG=en does the same.
  -q, --quiet         Print only errors.
  -h, --help          Show this help.

Exit codes: 0 success, 1 content error (the message names file:line:column), 2 usage error.
Progress and warnings go to stderr.
`;

export const en: Catalogue = {
  common: {
    warning: 'warning: ',
    found,
    month,
    number,
  },

  load: {
    noSlides: () => 'no slide files found; expected files named like "01-forside.yaml"',
    folderNotFound: () => 'edition folder not found; expected a folder such as content/2025-11 holding deck.yaml',
    deckMissing: () => 'deck.yaml is missing; every edition folder needs one (title, month, sections, …); copy it from last month',
    emptyFile: () => 'the file is empty; expected fields such as "layout: text" and "title: …"',
    notFields: (f, missingSpace) => `expected a mapping of fields ("key: value" lines), found ${found(f)}${missingSpace ? '; write a space after each colon, as in "layout: text"' : ''}`,
    notText: () => 'this is not a text file (it looks like a picture or a document saved with a .yaml name); a slide file is plain text with lines such as "layout: text"',
    oldLineBreaks: () => 'the file has old-style line breaks (CR alone, from older Mac programs), which are not read as line breaks; save it again with ordinary line breaks (LF or CRLF)',
    notUtf8: () => 'this character is not UTF-8 text (the file was probably saved as Latin-1 or Windows-1252); save the file with the encoding UTF-8',
  },

  yaml: {
    missingColon: (key, value) => `a colon is missing after \`${key}\`; write \`${key}:${value ? ` ${excerpt(value)}` : ''}\``,
    missingSpace: (key, value) => `a space is missing after the colon; write \`${key}: ${excerpt(value)}\``,
    indentField: (name, has, expected, refName, refLine) =>
      `wrong indentation: \`${name}\` has ${spaces(has)} in front, but \`${refName}\` on line ${refLine} has ${spaces(expected)}; fields at the same level start in the same column`,
    indentItem: (has, expected, refLine) =>
      `wrong indentation: this item has ${spaces(has)} in front of "-", but the item on line ${refLine} has ${spaces(expected)}; items of one list start in the same column`,
    itemAmongFields: (refName, refLine) => `this line starts with "-", but a field belongs here, like \`${refName}\` on line ${refLine}; remove the "-", or indent the line under the field that holds the list`,
    fieldAmongItems: (name, refLine) => `\`${name}\` is at the level of the list items (see line ${refLine}) but has no "-" in front; write "- " in front for a new item, or indent the line further if it belongs to the item above`,
    tab: (more) => `a tab is used for indenting; indent with spaces${more.length ? ` (also on line ${and(more.map(String))})` : ''}`,
    unclosedQuote: (q) => `the quote ${q} that starts here is never closed; end the text with ${q}`,
    textAfterQuote: (after) => `the text goes on after its closing quote ("${excerpt(after)}"); put the whole text in quotes, and write quotations inside it with « and »`,
    colonInText: (key, text) => `": " (a colon and a space) inside a text starts a new field; put the whole text in double quotes: ${key === '-' ? '-' : `${key}:`} "${excerpt(text, 60)}"`,
    unclosedBracket: (open, close) => `the ${open} that starts here is never closed; end the list with ${close}`,
    duplicateKey: (key) => `\`${key}\` appears twice in the same mapping; keep one of them`,
    other: () => 'the structure of the file is not clear here; check the indentation, colons and quotes on this line and the line above',
  },

  validate: {
    missingField: (field, _description) => `missing field \`${field}\``,
    wrongType: (field, expected, f) => `\`${field}\` must be ${type(expected)}, found ${found(f)}`,
    wrongTypes: (field, expected, f) => `\`${field}\` must be ${or(expected.map(type))}, found ${found(f)}`,
    number: {
      notANumber: (field, f) => `\`${field}\` must be a number such as 7120449, 7 120 449 or 99.97, found ${found(f)}`,
      ambiguous: (text, whole, decimal) => `"${text}" can be read two ways, as ${whole} or as a decimal; write ${whole} for a whole number or ${decimal} for a decimal`,
      separators: (text, separator, n) => `"${text}" has ${separator === '.' ? 'points' : 'commas'} between its digits; write ${n} or ${grouped(n)}`,
      pointWithSpaces: (text, n) => `"${text}" mixes digit groups and a decimal point; write ${n} or ${grouped(n).replace('.', ',')}`,
      percent: (text, n) => `"${text}" must be written without the percent sign; write ${n}`,
      commaInList: (written) => `"${written}" is read as two numbers, since a comma separates the items of a [ ] list; write "${written}" in quotes, or ${written.replace(',', '.')}`,
    },
    unknownMonth: (key, guess) => `\`${key}\` is not a month${guess ? `; did you mean \`${guess}\`?` : '; write months as jan, feb, mar … des, or in full: januar, februar …'}`,
    sameMonth: (key, other) => `\`${key}\` and \`${other}\` are the same month; keep one of them`,
    fieldOfOtherLayout: (key, field, value, others) => `\`${key}\` is not a field of the ${field} "${value}"; it belongs to ${and(others)}; remove it, or choose another ${field}`,
    unknownField: (key, guess, known) => `unknown field \`${key}\`${guess ? `; did you mean \`${guess}\`?` : known.length ? `; expected one of: ${known.join(', ')}` : ''}`,
    norwegianField: (key, field) => `unknown field \`${key}\`; field names are English: write \`${field}\``,
    unknownFieldOneOf: (key, guess, known) => `unknown field \`${key}\`${guess ? `; did you mean \`${guess}\`?` : ''} Expected exactly one of: ${known.join(', ')}`,
    unknownChoice: (field, value, guess, options) => `unknown ${field} "${value}"${guess ? `; did you mean \`${guess}\`?` : ''} Known ${field}s: ${options.join(', ')}`,
    missingChoice: (field, options) => `missing field \`${field}\`; expected one of: ${options.join(', ')}`,
    empty: (field) => `\`${field}\` must not be empty`,
    tooFewEntries: (field, min) => `\`${field}\` needs at least ${plural(min, 'entry', 'entries')}`,
    tooManyEntries: (field, max, count) => `\`${field}\` must be at most ${max} entries, found ${count}`,
    tooSmall: (field, min, f) => `\`${field}\` must be at least ${min}, found ${found(f)}`,
    tooBig: (field, max, f) => `\`${field}\` must be at most ${max}, found ${found(f)}`,
    notAllowed: (field, allowed, f) => `\`${field}\` must be ${or(allowed.map((a) => JSON.stringify(a)))}, found ${found(f)}`,
    format: (field, what, f) => `\`${field}\` must be ${what}, found ${found(f)}`,
    badKey: (field, what) => `\`${field}\` must be ${what}`,
    other: (field) => `\`${field}\` has a value that does not fit here`,
    formats: {
      year: 'a four-digit year in quotes such as "2025"',
      month: 'a month such as "2025-11"',
      picture: 'a .png or .jpg file',
      email: 'an e-mail address',
      csv: 'a file name ending in .csv, e.g. "09-meldingstjeneste.csv"',
    },
    rules: {
      atLeastOneYear: 'the chart needs at least one year',
      atLeastOneSeries: 'the chart needs at least one series',
      atLeastOneMonth: 'the chart needs at least one month',
      rowCells: 'every row of the table must have as many cells as there are columns',
    },
    axis: {
      valueBelow: (value, axisMin, lower) =>
        `${value} is below the start of the axis (\`axisMin: ${axisMin}\`), so the point would fall outside the chart; write \`axisMin: ${lower}\` or lower, or check the number`,
      requirementBelow: (requirement, axisMin) =>
        `the requirement ${requirement} is below the start of the axis (\`axisMin: ${axisMin}\`), so its line would fall outside the chart; write \`axisMin: ${requirement}\` or lower`,
      notBelowTop: (axisMin) => `the axis cannot start at ${axisMin}, since it ends at 100; write a number below 100, e.g. \`axisMin: 99.00\``,
    },
    chartValues: {
      negative: (value) => `a count cannot be below zero, found ${value}; check the number and write it without a minus sign`,
      seriesLength: (name, count, categories) => `"${name}" has ${plural(count, 'number', 'numbers')} but the chart has ${plural(categories, 'category', 'categories')}; write one number per category, in the order of \`categories\``,
      notAPercentage: (value) => `an uptime is a percentage from 0 to 100, found ${value}; check the number`,
    },
    monthOutOfRange: (year) => `\`month\` has the year ${year}; write a month from the year 2000 to 2100, as in "2025-11"`,
    oldStyleContacts: () => 'contact points go in groups: write `- items:` under `contact:`, and the contact points indented under it (see content/README.md)',
    sectionMissing: (n, count) => `section ${n} does not exist; deck.yaml has ${count} sections (1–${count})`,
    sectionTwice: (n) => `section ${n} already has a section slide; each section opens once`,
    sectionWithoutSlide: (n, title) => `section ${n} "${title}" has no section slide (layout: section, section: ${n}); it will not appear in the bookmarks`,
  },

  editor: {
    slideFile: 'Slide file',
    slideFileDescription: 'One slide of the monthly report; `layout` decides which other fields apply.',
    deckFile: 'deck.yaml',
    deckFileDescription: 'The edition file of the monthly report: title, month, sections, contact details.',
    text: (field) => `\`${field}\` must be a text, not empty`,
    list: (field, min) => `\`${field}\` must be a list${min ? ` of at least ${min}` : ''}: each item on a line starting with "- "`,
    boolean: (field) => `\`${field}\` must be true or false`,
    whole: (field, min, max) => `\`${field}\` must be a number${min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : ''}`,
    mapping: (field) => `\`${field}\` must have fields under it, each on an indented line`,
    format: (field, what) => `\`${field}\` must be ${what}`,
    choice: (field, values) => `unknown ${field}; expected one of ${values.join(', ')}`,
    choiceDescription: (field, values) => `The ${field}: ${values.join(', ')}; it decides which other fields apply.`,
    needs: (required) => `${and(required.map((r) => `\`${r}\``))} must be here, each on its own line`,
    needsChoice: (field, values) => `write \`${field}:\` first, e.g. \`${field}: ${values[0]}\``,
    needsIn: (field, value, required) => (required.length ? `${field} "${value}" needs ${and(required.map((r) => `\`${r}\``))}` : `${field} "${value}" takes "name: value" lines`),
    monthsUnder: () => 'write the months under the year, each on its own indented line, e.g. "jan: 7 120 449"',
    unknownField: (fields) => `no such field here; the fields are ${fields.join(', ')}`,
    unknownFieldIn: (field, value, fields) => `no such field in ${field} "${value}"; the fields are ${fields.join(', ')}`,
    number: () => 'write a number, e.g. 7120449, 7 120 449 or 99,97; not 7.120.449 or 1,530, and no %',
    year: () => 'a year has four digits, e.g. 2025 or "2025"',
    month: () => 'not a month; write jan, feb, mars, apr, mai, juni, juli, aug, sep, okt, nov or des, or the full name',
    isoMonth: () => 'write year and month with a dash, in quotes, e.g. "2025-11"',
    yearsOrData: () => 'the chart needs its numbers in `years` or a CSV file in `data`',
  },

  sanity: {
    slot: (t, written) => `no number for ${month(t)} yet (\`${written}: ~\`); fill it in before the report is sent`,
    reportMissingMonthly: (t, key) => `no number for ${month(t)}, the month of this edition; add \`${key}: …\` under "${Math.floor(t / 12)}"`,
    reportMissingYear: (t, key) => `no row for ${Math.floor(t / 12)}, the year of this edition; add "${Math.floor(t / 12)}": with \`${key}: …\``,
    reportMissingUptime: (t, key) => `no uptime for ${month(t)}, the month of this edition; add "${key}": … under \`months\``,
    gap: (from, to) =>
      from === to
        ? `no number for ${month(from)}, between ${month(from - 1)} and ${month(to + 1)}; add it`
        : `no numbers for ${month(from)} – ${month(to)}, between ${month(from - 1)} and ${month(to + 1)}; add them`,
    same: (t, value) => `same number as ${month(t - 1)} (${value}); check that it was not copied from the month before`,
    outlier: (value, median, window) =>
      `${value} is far ${value > median ? 'above' : 'below'} this chart's usual level (median ${median} of the ${window} months on either side); check for a missing or extra digit`,
    futureMonth: (t, edition) => `${month(t)} is after the month of this edition (${month(edition)}); remove it, or check \`month\` in deck.yaml`,
    futureYear: (year, edition) => `${year} is after the year of this edition (${month(edition)}); remove this row, or check \`month\` in deck.yaml`,
  },

  checked: {
    stale: (reason) => `\`# kontrollert${reason ? `: ${excerpt(reason)}` : ''}\` stands on a line without a warning; the warning it was for is gone: remove the comment`,
    noReason: () => '`# kontrollert` gives no reason, so the warning on its line still counts; write why the number is right, e.g. `# kontrollert: står slik i kilden`',
  },

  render: {
    missingGlyphs: (chars) => {
      const named = chars.slice(0, 3).map((c) => `${c.shown === undefined ? '' : `"${c.shown}" `}(${c.code}${c.name ? ` ${c.name}` : ''})`);
      const more = chars.length > 3 ? [`${chars.length - 3} other characters`] : [];
      const one = chars.length === 1;
      return `the ${one ? 'character' : 'characters'} ${and([...named, ...more])} ${one ? 'is' : 'are'} not in the report's font and would show as ${one ? 'an empty box' : 'empty boxes'}; write the text without ${one ? 'it' : 'them'}, or use ordinary letters instead`;
    },
    tooWideForColumn: (text, size) => `"${excerpt(text)}" is too wide for its table column even at ${size} pt; shorten it or use fewer columns`,
    tooWideForChartTable: (shown, size) => `"${shown}" is too wide for the data table under the chart, even at ${size} pt, the smallest size the deck uses; check the number`,
    tableTooTall: (needed, free) => `the table needs ${needed} pt of height where ${free} pt are free; use fewer rows`,
    tooManyLines: (lines, max, width, size) => `text is too long: it needs ${lines} lines where ${max} fit (${width} pt wide at ${size} pt); shorten it`,
    tooTall: (needed, free) => `text is too long: it needs ${needed} pt of height where ${free} pt are free; shorten it or split the slide`,
    bodyOverflows: (over, box) => `text does not fit on the slide: the body runs ${over} pt below its box (${box} pt high); shorten the text or split the slide`,
    listTooTall: (needed, free, min) => `the list needs ${needed} pt of height where ${free} pt are free, even at ${min} pt; use more columns or fewer entries`,
    contactGroupTooFull: (count, fit, columns) =>
      `the group has ${count} contact points where ${fit} fit${columns > 1 ? ` in ${columns} columns` : ' in one column'}; remove some or split the group in two`,
    chartWithoutNumbers: (noData) => `this chart has no numbers; the slide shows "${noData}"`,
    chartNoRoom: (height, min) => `the chart does not fit on the slide: the table of its numbers under it leaves ${height} pt of height, and a chart needs at least ${min} pt; show fewer years, series or categories, or shorten the text`,
    templateBroken: (detail) => `the template has a syntax error and cannot be used; correct it and save again (the template reader says: ${detail})`,
  },

  check: {
    failed: (errors, warnings) => `deck: ${plural(errors, 'problem', 'problems')} found${warnings ? `, and ${plural(warnings, 'warning', 'warnings')}` : ''}`,
    failedStrict: (problems) => `deck: ${plural(problems, 'problem', 'problems')} found (warnings count with --strict)`,
    valid: (dir, warnings, acknowledged) =>
      `deck: ${dir} is valid${warnings ? ` (${plural(warnings, 'warning', 'warnings')})` : ''}${acknowledged ? `; ${plural(acknowledged, 'warning', 'warnings')} marked as checked` : ''}`,
  },

  watch: {
    wrote: (file, pages, ms) => `deck: wrote ${file} (${plural(pages, 'page', 'pages')}) in ${seconds(ms)}`,
    updated: (file, ms, changed, pages, before) =>
      `deck: updated ${file} ${seconds(ms)} after the save; ${changedPages(changed, pages)}${pages !== before ? `; it has ${plural(pages, 'page', 'pages')} now (${before} before)` : ''}`,
    unchanged: (file, ms) => `deck: ${file} is as it was: the save changed nothing in the PDF (checked in ${seconds(ms)})`,
    warningGone: (problem) => `deck: this warning is gone: ${problem}`,
    failed: (problems, kept) => `deck: ${plural(problems, 'problem', 'problems')} found; ${kept ? `${kept} is unchanged` : 'no PDF written yet'}`,
    watching: (dir) => `deck: watching ${dir} for changes (Ctrl+C to stop)`,
    cannotWatch: (dir, reason) => `deck: cannot watch ${dir}: ${reason}`,
    stoppedWatching: (dir, reason) => `deck: stopped watching ${dir}: ${reason}`,
    stopped: 'deck: stopped watching',
    internalError: 'deck: internal error (please report it):',
  },

  preview: {
    wrote: (count, dir, ms) => `deck: wrote ${plural(count, 'picture', 'pictures')} to ${dir} in ${seconds(ms)}`,
    notOurs: () => 'the file was not made by deck preview (or has been changed since), so it is not replaced; move or rename it, or choose another folder with -o (no picture was saved)',
  },

  newMonth: {
    notAMonth: (m) => `"${m}" is not a month; write it like 2025-12`,
    notAfter: (m, from, fromMonth) => `${m} is not after the edition in ${from} (${fromMonth})`,
    exists: (dir) => `${dir} already exists; remove it first, or choose another folder with -o`,
    noEarlier: (m, root) => `no edition before ${m} found in ${root}/; name one with --from DIR`,
    created: (dir, from, slides, skipped) => `deck: created ${dir} from ${from} (${plural(slides, 'slide', 'slides')})${skipped.length ? `; not copied: ${skipped.join(', ')}` : ''}`,
    renamed: (from) => `renamed from ${from}`,
    monthSet: (m) => `month: "${m}"`,
    titleSet: (field, text) => `${field}: ${text}`,
    yearsLeftOut: (title, years, kept) => `${title}: ${and(years)} left out (the chart shows ${kept} years)`,
    monthsLeftOut: (title, months, window, named) => `${title}: ${and(months)} left out (${named ? `the title names ${window} months` : `the chart keeps its ${window} months`})`,
    fillNumber: (title, t) => `${title}: the number for ${month(t)}`,
    fillUptime: (title, t) => `${title}: the uptime for ${month(t)}`,
    fillEarlier: (title, t) => `${title}: the number for ${month(t)} (left empty in an earlier month)`,
    reviseCategories: (title, t) => `${title}: these numbers are not by month; update them for ${month(t)} if they have changed`,
    reviseTable: (title, t) => `${title}: the figures in this table; update them for ${month(t)}`,
    acknowledgementRemoved: (reason) => `\`# kontrollert${reason ? `: ${excerpt(reason)}` : ''}\` removed; check the number again for the new month, and mark it again if it is still right`,
    mentions: (names, text) => `mentions ${and(names.map((n) => `«${n}»`))}: ${text}`,
    checklist: {
      changed: 'Changed for the new month:',
      fill: (n) => `Fill in (${plural(n, 'number', 'numbers')}, where there is a \`~\` now):`,
      nothingToFill: 'Nothing to fill in.',
      revise: (n) => `Check and revise (${n}):`,
      then: (dir) => `Then: npx deck check ${dir}\n(or npx deck watch ${dir}, to see the PDF as you go)`,
    },
  },

  cli: {
    wrote: (file, pages, ms) => `deck: wrote ${file} (${plural(pages, 'page', 'pages')}) in ${seconds(ms)}`,
    nothingWritten: (problems) => `deck: ${plural(problems, 'problem', 'problems')} found; nothing was written`,
    editionNotWritten: (dir, problems) => `deck: ${plural(problems, 'problem', 'problems')} found in ${dir}; that edition was not written`,
    editionsWritten: (count, ms) => `deck: wrote ${plural(count, 'edition', 'editions')} in ${seconds(ms)}`,
    editionsFailed: (failed, total) =>
      failed.length === total
        ? `deck: none of the ${total} editions was written; correct the problems above and build again`
        : `deck: ${failed.length} of ${plural(total, 'edition', 'editions')} not written: ${and(failed)}; correct the problems above and build again (the other editions were written)`,
    sameOutput: (file, other) => `this edition would be written to ${file}, as would ${other}; correct the month, or build the editions one at a time with -o`,
    outputWithManyEditions: '-o applies to one edition only; without it, each edition is written to its own file in dist/',
    schemaWritten: (dir) => `deck: wrote ${dir}/deck.schema.json and slide.schema.json`,
    seeHelp: 'Run "npx deck --help" for usage.',
    missingCommand: (commands) => `missing command; expected ${or(commands.map((c) => `"${c}"`))}`,
    unknownCommand: (command, guess, commands) => `unknown command "${command}"${guess ? `; did you mean "${guess}"?` : ''}; expected ${or(commands.map((c) => `"${c}"`))}`,
    unexpectedArgument: (arg) => `unexpected argument "${arg}"`,
    onlyFor: (option, commands) => `${option} applies to ${and(commands.map((c) => `"${c}"`))} only`,
    unknownOption: (option) => `unknown option "${option}"`,
    missingValue: (option) => `${option} needs a value`,
    takesNoValue: (option) => `${option} takes no value`,
    badArguments: (detail) => `the command line is not right (${detail})`,
    width: (value) => `--width must be a whole number of pixels from 96 to 7680, found "${value}"`,
    missingMonth: 'missing month; write for example "npx deck new-month 2025-12"',
    badSourceDate: (value) => `SOURCE_DATE_EPOCH is "${value}" but must be a whole number of seconds since 1 January 1970, up to the year 9999 (for example 1761955200); correct it or remove it`,
    unknownLanguage: (lang, languages) => `unknown language "${lang}"; expected ${or(languages)}`,
    help: HELP,
  },

  output: {
    noName: () => '-o needs a file name after it, for example -o dist/report.pdf',
    isFolder: (path) => `this is a folder; give the name of the PDF file${path ? `, for example ${path.replace(/\/$/, '')}/report.pdf` : ''}`,
    isInput: () => 'this is one of the files of the edition, and the PDF would replace it; save the PDF elsewhere, for example in dist/',
    inEdition: () => 'the PDF would get the name of a file of the edition and be read as content next time; give it a name ending in .pdf, preferably outside the edition folder, for example dist/report.pdf',
    notPdf: () => 'the file exists and is not a PDF; deck only replaces PDF files: choose another file name for the PDF',
    notHtml: () => 'the file exists and is not a web page; deck only replaces its own HTML files: move the file, or choose another file name for the PDF with -o (the HTML edition gets the same name with .html)',
    notAFile: (kind) => `this is not a regular file but ${specialFile(kind)}; choose a file name for the PDF, for example dist/report.pdf`,
    parentIsFile: (parent) => `"${parent}" is a file, not a folder, so the PDF cannot be saved there; choose another folder`,
    readOnly: () => 'the PDF cannot be saved here: the folder is read-only or you have no access to it; save it in another folder (the previous PDF is unchanged)',
    diskFull: () => 'there is no room on the disk for the PDF; free some space or save it elsewhere (the previous PDF is unchanged)',
    locked: () => 'the file is locked by another program, perhaps a PDF viewer; close it and try again (the previous PDF is unchanged)',
    failed: (code) => `the PDF could not be saved (error ${code}); the previous PDF is unchanged`,
    interrupted: () => 'deck: interrupted; no new PDF was written, and the previous one is unchanged',
    interruptedMany: () => 'deck: interrupted. The editions already finished are written; the others are not, and their previous PDFs are as they were.',
    cannotWrite: () => 'this cannot be saved: the folder is read-only or you have no access to it; choose another folder',
    noRoom: () => 'there is no room on the disk; free some space or choose another folder',
    systemFailed: (code) => `this could not be read or saved (error ${code})`,
  },
  security: {
    outside: (throughLink, logo) =>
      `${theFile(logo)} ${throughLink ? 'is a symbolic link that leads out of the edition folder, or in a circle' : 'lies outside the edition folder'}; deck reads only files in the edition folder${logo === undefined ? '' : ' and in assets/'}: ${
        logo === undefined ? 'put the file itself in the folder instead of the link' : 'put the logo in the edition folder and give its name alone, as in `logo: logo.png`'
      }`,
    missing: (logo) =>
      logo === undefined ? 'the file is a symbolic link to a file that does not exist; delete the link or put the file where it points' : `logo file not found: "${logo}"; put the file in the edition folder or remove \`logo\``,
    directory: (logo) =>
      logo === undefined ? 'this is a folder, not a file; give the folder a name that does not end in .yaml, or move it out of the edition folder' : `the logo file "${logo}" is a folder, not a picture; give the name of a PNG or JPEG file`,
    special: (kind, logo) =>
      `${logo === undefined ? 'this' : theFile(logo)} is not a regular file but ${specialFile(kind)}; ${
        logo === undefined ? 'a slide file must be a regular text file: delete it or put a regular file there' : 'give the name of a PNG or JPEG file'
      }`,
    unreadable: (code, logo) =>
      code === 'EACCES' || code === 'EPERM' ? `${theFile(logo)} cannot be read: you have no permission to read it` : `${theFile(logo)} cannot be read (error ${code}); save it again`,
    tooLarge: (bytes, max, logo) =>
      logo === undefined
        ? `the file is too large (${size(bytes)}); a slide file can be at most ${size(max)}: check that this is the right file`
        : `the logo file "${logo}" is too large (${size(bytes)}); a picture can be at most ${size(max)}: save it smaller`,
    tooManySlides: (count, max) => `the folder has ${grouped(count)} slide files; an edition can have at most ${grouped(max)}: check that this is the right folder, or move the files that do not belong`,
    editionTooLarge: (max) => `the slide files of the folder are larger than ${size(max)} together, more than an edition can be: check that this is the right folder, or move the files that do not belong`,
    lineTooLong: (length, max) => `the line is too long (${grouped(length)} characters); a line can have at most ${grouped(max)}: split the text, or check that this is the right file`,
    textTooLong: (length, max) => `the text is too long (${grouped(length)} characters); a text can have at most ${grouped(max)}, more than a slide has room for: shorten it or spread it over several slides`,
    tooManyEntries: (count, max) => `${grouped(count)} items or fields on one level; there can be at most ${grouped(max)}: spread the content over several slides`,
    tooDeep: (max) => `lists and groups are nested too deeply here (at most ${max} levels); check the indenting and the brackets ([ ] and { }) above`,
    tooManyAliases: (max) => `the file refers to other parts of itself (with "*name") more than ${max} times; write the content out where it belongs, without "&" and "*"`,
    aliasBomb: () => 'here the file refers to a part of itself ("*name") that refers on, so that the content grows far too large when read; write the content out where it belongs, without "&" and "*"',
    reservedKey: (key) => `"${key}" cannot be used as the name of a field, series or year; give it another name`,
    keyNotAName: () => 'a list or group stands before a colon where a name belongs; write the name as plain text, as in `title:`',
    unsafeLink: (href) => `the link "${href}" does not lead to a web page or an e-mail address and cannot be used; a link starts with https://, http:// or mailto:, as in [Altinn](https://www.altinn.no)`,
    linkWithoutScheme: (href) => `the link "${href}" lacks https:// in front; write the whole address, as in [Altinn](https://www.altinn.no)`,
    unclosedBold: () => '"**" here has no "**" that ends the bold text; put "**" on both sides of the words in bold, as in "**important**"',
  },
  pictures: {
    notAPicture: 'the picture is not a PNG or JPEG file; save it as PNG or JPEG',
    broken: 'the picture is damaged or incomplete; save it again as PNG or JPEG',
    interlaced: 'the picture is an interlaced PNG, which cannot be used; save it again without interlacing',
    paletteDepth: 'the picture is a PNG with a colour palette and transparency at fewer than 8 bits per pixel; save it again as an ordinary PNG',
    address: (file) => `"${file}" is a web address; a picture must be a file in the edition folder: download it, put it there (e.g. in a folder "bilder") and write its name, as in "bilder/skjermbilde.png"`,
    absolute: (file) => `"${file}" is a path from the root of the disk; write the path from the slide's folder, e.g. "bilder/skjermbilde.png"`,
    ending: (file) => `"${file}" is not a kind of picture that can be used; use a PNG, JPEG or SVG file (a name ending in .png, .jpg, .jpeg or .svg)`,
    outside: (file) => `"${file}" lies outside the edition folder and assets/; put the picture in the edition folder, e.g. in a folder "bilder", and write "bilder/…" here`,
    outsideLink: (file) => `"${file}" is a symbolic link to a file outside the edition folder and assets/; copy the picture itself into the edition folder`,
    missing: (file, guess) => `picture "${file}" not found${guess ? `; did you mean "${guess}"?` : '; check the name (capitals count) and that the file is there'}`,
    directory: (file) => `"${file}" is a folder, not a picture; write the name of the picture file, e.g. "${file.replace(/\/$/, '')}/skjermbilde.png"`,
    special: (file) => `"${file}" is not a regular file but a special file (a FIFO, device or socket), and cannot be read as a picture; put a picture file there`,
    unreadable: (file) => `"${file}" may not be read (permissions); give yourself read access to it, or save the picture again`,
    tooLarge: (file, bytes, maxBytes) => `"${file}" is ${mb(bytes)} MB, where a picture may be at most ${mb(maxBytes)} MB; save it smaller, or as JPEG`,
    wrongType: (file, expected, found) => {
      if (found === 'html') return `"${file}" is not a picture but a web page (HTML), as happens when a picture is saved from a browser; open the picture on its own and save it again`;
      if (found === 'png' || found === 'jpeg' || found === 'svg') return `"${file}" is named ${ENDING[expected]} but is ${KIND[found]}; rename it to ${ENDING[found]}, or save it again as ${FORMAT[expected]}`;
      if (found === 'text' || found === 'unknown') return `"${file}" is not ${KIND[expected]}; save the picture again as ${FORMAT[expected]}`;
      return `"${file}" is ${KIND[found]}, which cannot be used; save the picture again as PNG or JPEG`;
    },
    damaged: (file) => `"${file}" is damaged or incomplete and cannot be shown; save it again, or fetch it again from where it came from`,
    tooManyPixels: (file, width, height, max) => `"${file}" is ${width} × ${height} pixels, where a picture may be at most ${max} × ${max}; make it smaller in a picture editor and save it again`,
    svgScript: (file) => `"${file}" holds a script; only SVG files without scripts can be used: save it again without, or as PNG`,
    svgHandler: (file, attribute) => `"${file}" holds an event handler ("${attribute}"), which is a script; only SVG files without scripts can be used: save it again without, or as PNG`,
    svgForeignObject: (file) => `"${file}" holds an embedded web page (foreignObject); only plain drawings can be used: save it again as PNG`,
    svgEntity: (file) => `"${file}" declares entities (ENTITY), which can read other files; save it again from the drawing program, or as PNG`,
    svgExternal: (file, reference) => `"${file}" refers to another file or an address ("${excerpt(reference)}"); only self-contained SVG files can be used: save it again with everything embedded, or as PNG`,
    svgNoSize: (file) => `"${file}" has no size (no viewBox, nor width and height); add one, e.g. viewBox="0 0 400 300" on <svg>, or save it again from the drawing program`,
    missingAlt: () => 'the picture has no alternative text (`alt`); write what it shows, for readers who cannot see it, e.g. "alt: Skjermbilde av den nye innboksen i Altinn"; a picture that is decoration only takes `decorative: true` instead',
    altAndDecorative: () => 'the picture has both `alt` and `decorative: true`; remove `decorative: true` if the picture shows something the reader needs, otherwise remove `alt`',
    stillLarge: (file, bytes) => `"${file}" takes ${mb(bytes)} MB in the PDF even after downscaling, which makes the PDF heavy to send; save it as JPEG, or crop it to what it should show`,
    noRoom: (needed, free) => `the text leaves too little room for the picture (${Math.round(free)} pt high where at least ${needed} pt are needed); shorten the text or split the slide`,
  },
  serve: {
    badPort: (value) => `--port must be a whole number from 0 to 65535, found "${value}"`,
    portBusy: (port) => `port ${port} is already in use by another program; choose another, for example "npx deck serve --port ${port + 1}"`,
    portDenied: (port) => `not allowed to use port ${port}; choose a port from 1024 up, for example "--port 4173"`,
    serving: (dir, url) => `deck: showing ${dir} at ${url}; open it in a browser (Ctrl+C to stop)`,
    stopped: 'deck: stopped showing the slides',
    page: {
      title: 'Preview',
      waiting: 'Making the slides …',
      downloadPdf: 'Download the PDF',
      openHtml: 'Open the HTML edition',
      updated: (time, slides) => `Updated ${time} · ${plural(slides, 'slide', 'slides')}`,
      errorsTitle: (n) => (n === 1 ? 'There is a mistake in the content' : `There are ${n} mistakes in the content`),
      errorsHelp: 'Fix the mistake and save the file, and this message goes. The slides show the last version without mistakes.',
      errorsNoSlides: 'Fix the mistake and save the file, and the slides appear.',
      hide: 'Hide',
      warnings: (n) => plural(n, 'warning', 'warnings'),
      lost: 'Lost the connection to deck serve. Trying again …',
      internal: 'Something went wrong inside deck. See the message in the terminal.',
    },
  },
  html: {
    wrote: (pdf, html, pages, ms) => `deck: wrote ${pdf} and ${html} (${plural(pages, 'page', 'pages')}) in ${seconds(ms)}`,
  },
  data: {
    notFound: (name) => `data file "${name}" not found; put the CSV file in the slide's folder, or correct the name`,
    outside: (name) => `data file "${name}" is outside the edition folder; put the CSV file beside the slide and write its name only`,
    folder: (name) => `"${name}" is a folder, not a file; write the name of the CSV file`,
    notAFile: (name) => `"${name}" is not a regular file; save the numbers as a CSV file and write its name`,
    tooLarge: (name, size, max) => `data file "${name}" is too large (${Math.round(size / 1024)} kB, the limit is ${Math.round(max / 1024)} kB); a chart needs one line per year`,
    unreadable: (name, code) => `data file "${name}" cannot be read (${code}); check that it is not locked or unreadable for you`,
    bothYearsAndData: () => 'the chart has both `data` and `years`; the numbers go in one place: the CSV file (data) or the slide file (years)',
    notUtf8: () => 'the file is not saved as UTF-8, so æ, ø and å come out wrong here; save it again from Excel as "CSV UTF-8"',
    empty: () => 'the file is empty; the first line holds the months, e.g. "År;jan;feb;mar", then one line per year',
    separator: (commas) => `the first line has no semicolons (;) between its columns${commas ? ' but commas, which leave numbers with a decimal comma unreadable' : ''}; save the file from Excel as CSV with Norwegian settings, or write "År;jan;feb;…"`,
    unclosedQuote: () => 'the cell starts with a double quote that is never closed; put " at the end of the cell, or remove it',
    emptyMonth: () => 'the column has no month in the first line; write the month (e.g. "des"), or remove the column',
    noYears: () => 'the file has only its first line; write one line per year under it, e.g. "2025;7 120 449;5 214 812"',
    badYear: (text) => `${text ? `"${excerpt(text)}"` : 'the first cell'} is not a year; the first column holds the year in four digits, e.g. 2025`,
    sameYear: (year, line) => `${year} is also on line ${line}; each year goes on one line only`,
    extraCell: (months) => `the line has more numbers than the first line has months (${months}); remove what comes after the last month, or add the month to the first line`,
    notANumber: (f) => `expected a number, found ${found(f)}; write e.g. 7120449, 7 120 449 or 99,97, or leave the cell empty`,
  },
  files: {
    deckName: (name) => `the edition file must be named "deck.yaml" in lower case, but this one is "${name}"; rename it, or delete it if the folder already has a deck.yaml`,
    noNumber: (_name) => 'not in the report: the name does not start with a number; name it like "05-hendelser.yaml" (a number, a dash, a name), or move it out of the folder',
    decimalNumber: (written, insert) => `"${written}" cannot be a slide number; to put the slide between ${insert.slice(0, insert.search(/[a-z]/))}-… and the next number, name the file "${insert}" (a letter after the number inserts it there)`,
    oneLetter: (prefix, suggestion) => `"${prefix}" has more than one letter after the number; use one, e.g. "${suggestion}"`,
    noName: (_name, suggestion) => `the slide file has no name after its number; name it e.g. "${suggestion}"`,
    noDash: (_name, suggestion) => `a dash is missing after the number; name the file "${suggestion}"`,
    leadingZero: (digits, n, after, insert, plain) =>
      `"${digits}" starts with a zero, which makes it slide number ${n}${after ? `, after "${after}"` : ''}; to put it between ${insert.slice(0, insert.search(/[a-z]/))}-… and the next number, name it "${insert}"; for number ${n}, name it "${plain}"`,
    sameNumber: (prefix, other) => `two slide files share the number ${prefix} (also "${other}"); give each slide its own number, e.g. ${prefix}a-… for the one that comes after`,
    hiddenExtension: (name, fixed) => `the file is named "${name}"; if it is a slide, name it "${fixed}" (Windows often hides the end of a file name)`,
    unusedData: (name) => `no slide uses this data file; write \`data: ${name}\` in the chart that shows its numbers, or move the file out of the folder`,
    unusedPicture: (_name) => 'no slide shows this picture; show it on a slide, or move the file out of the folder',
    stray: (_name) => 'not part of the report: not a slide, and no slide uses it; move it out of the folder (notes can go in README.md)',
    renumber: {
      renamed: (from, to) => `  ${from} → ${to}`,
      rewrote: (field, from, to) => `\`${field}: ${from}\` changed to \`${field}: ${to}\``,
      done: (dir, files, slides) => `deck: renamed ${plural(files, 'file', 'files')} in ${dir}; the ${slides} slides keep their order`,
      nothing: (dir, last) => `deck: the numbers in ${dir} are already in order (01–${last}); no file changed`,
      collision: (to) => `cannot take the new name "${to}": another file already has it; rename one of them and run npx deck renumber again`,
      refused: (problems) => `deck: ${plural(problems, 'problem', 'problems')} found; no file was renamed`,
    },
  },
};
