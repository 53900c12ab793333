/**
 * The message catalogue: every text that deck shows an editor, in one place per language.
 *
 *   nb.ts   Norwegian bokmål, the language of the editors and the source of every entry
 *   en.ts   English, with exactly the same entries (its type is nb's, so a missing or extra
 *           entry does not compile)
 *
 * The language is chosen once per run: `--lang en` or `DECK_LANG=en`; Norwegian otherwise.
 * Errors that are bugs in deck (not mistakes in the content) stay in English, in the code.
 */
import { en } from './en.js';
import { nb, type Catalogue } from './nb.js';

export type { Catalogue } from './nb.js';

export const LANGUAGES = { nb, en } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof LANGUAGES;

export function isLanguage(s: string): s is Language {
  return Object.hasOwn(LANGUAGES, s);
}

let current: Catalogue = nb;
let currentName: Language = 'nb';

/** The catalogue of the language in use. */
export function msg(): Catalogue {
  return current;
}

export function language(): Language {
  return currentName;
}

export function setLanguage(lang: Language): void {
  current = LANGUAGES[lang];
  currentName = lang;
}
