/**
 * A file that safeRead refused, said in the editor's words: at the file itself (a slide file or
 * deck.yaml), or at the field that names it (`logo` in deck.yaml, with the name as written there).
 */
import { msg } from '../messages/index.js';
import type { ReadRefusal } from './safeRead.js';

export function refusalMessage(r: ReadRefusal, logo?: string): string {
  const s = msg().security;
  switch (r.reason) {
    case 'outside': return s.outside(r.throughLink, logo);
    case 'missing': return s.missing(logo);
    case 'directory': return s.directory(logo);
    case 'special': return s.special(r.kind, logo);
    case 'unreadable': return s.unreadable(r.code, logo);
    case 'tooLarge': return s.tooLarge(r.size, r.maxBytes, logo);
  }
}
