/**
 * The message catalogue: every text that deck shows an editor, in one place per language.
 *
 *   nb.ts   Norwegian bokmål, the language of the editors and the source of every entry
 *   en.ts   English, with exactly the same entries (its type is nb's, so a missing or extra
 *           entry does not compile)
 *
 * The language is chosen once per run (`--lang en`, see cli/main.ts); without a choice it is
 * `DECK_LANG` (`DECK_LANG=en`), read when a message is made, and otherwise Norwegian.
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

let chosen: Language | undefined;

/** The catalogue of the language in use. */
export function msg(): Catalogue {
  return LANGUAGES[language()];
}

export function language(): Language {
  if (chosen) return chosen;
  const env = (process.env.DECK_LANG ?? '').toLowerCase();
  return isLanguage(env) ? env : 'nb';
}

/** The language of this run; undefined goes back to DECK_LANG (or Norwegian). */
export function chosenLanguage(): Language | undefined {
  return chosen;
}

export function setLanguage(lang: Language | undefined): void {
  chosen = lang;
}
