/**
 * The HTML edition's own words (skip link, table of contents, slide numbers). They are part of the
 * published report, which is in the deck's language, Norwegian: so they are not in the message
 * catalogue, whose language is the editor's (--lang en would otherwise put English words into a
 * page marked lang="nb").
 */
export const TEXT = {
  skipLink: 'Gå til lysbildene',
  contents: 'Innhold',
  /** A table's name (a scrolling region on a phone); `n` counts the tables of one slide. */
  tableOn: (page: number, n: number) => (n > 1 ? `Tabell ${n}, lysbilde ${page}` : `Tabell, lysbilde ${page}`),
  slideOf: (n: number, total: number) => `Lysbilde ${n} av ${total}`,
  slideCount: (n: number) => `${n} lysbilder`,
} as const;
