/**
 * Field names (and layout names) are English; an editor who writes the Norwegian word
 * («undertittel», «graf») is told the name, however far the two words are apart. Only names that
 * are valid at the place are proposed.
 */
const FIELD_FOR: Readonly<Record<string, string>> = {
  oppsett: 'layout',
  tittel: 'title',
  overskrift: 'title',
  undertittel: 'subtitle',
  ingress: 'intro',
  innledning: 'intro',
  tekst: 'text',
  brødtekst: 'body',
  innhold: 'body',
  punkter: 'bullets',
  punktliste: 'bullets',
  kulepunkter: 'bullets',
  mellomtittel: 'heading',
  seksjon: 'section',
  del: 'section',
  bilde: 'image',
  fil: 'file',
  bildetekst: 'caption',
  alternativtekst: 'alt',
  dekorativ: 'decorative',
  merknad: 'note',
  notat: 'note',
  fotnote: 'note',
  kolonner: 'columns',
  graf: 'chart',
  diagram: 'chart',
  figur: 'chart',
  tabell: 'table',
  rader: 'rows',
  punkt: 'items',
  elementer: 'items',
  år: 'years',
  måneder: 'months',
  kategorier: 'categories',
  serier: 'series',
  krav: 'requirement',
  lenker: 'autolink',
};

/** The name that a Norwegian word stands for, if it is one of `known`. */
export function fieldForNorwegian(word: string, known: readonly string[]): string | undefined {
  const field = FIELD_FOR[word.toLowerCase().replace(/[\s_-]/g, '')];
  return field !== undefined && known.includes(field) ? field : undefined;
}
