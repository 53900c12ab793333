/**
 * How large an editor's input may be. Each limit is far above what a real edition needs (the
 * November 2025 edition: the largest slide file 3.6 kB, the longest line 474 characters, the longest
 * list 79 entries, at most 3 levels of lists inside lists), and low enough that anything under it is
 * read, checked and refused or built in about a second. Each is applied before the work it guards:
 * the file size before reading, the line length before parsing, the nesting depth before the parts
 * are put together, the rest before the content is checked.
 */
export const LIMITS = {
  /** A slide file or deck.yaml, in bytes. */
  fileBytes: 128 * 1024,
  /** Slide files in one edition (the November 2025 edition has 40). */
  slides: 200,
  /** All of an edition's slide files and deck.yaml together, in bytes (November 2025: 34 kB). */
  editionBytes: 2 * 1024 * 1024,
  /** A logo or another picture file, in bytes. */
  pictureBytes: 20 * 1024 * 1024,
  /** One line of a content file, in characters. */
  lineChars: 4000,
  /** One text (a paragraph, a list item, a title), in characters: more than any slide can show. */
  textChars: 4000,
  /** Entries in one list, or fields in one group of fields. */
  entries: 500,
  /** Lists and groups inside each other. */
  depth: 24,
  /** Places where a file repeats a part of itself (YAML aliases, `*name`). */
  aliases: 50,
} as const;
