/**
 * Pictures that a slide SVG names by file path (the logo of deck.yaml), put into the SVG itself as
 * data: URLs, so that a web page shows them without fetching anything and without telling anyone
 * where the file lies on the editor's machine.
 */
import { readFileSync } from 'node:fs';
import { escapeAttr } from './markup.js';

const TYPES: [RegExp, string][] = [
  [/\.png$/i, 'image/png'],
  [/\.jpe?g$/i, 'image/jpeg'],
];

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function inlineImages(svg: string): string {
  return svg.replace(/(<image\b[^>]*?\shref=")([^"]*)(")/g, (all, before: string, href: string, after: string) => {
    if (href.startsWith('data:')) return all;
    const path = unescape(href);
    const type = TYPES.find(([re]) => re.test(path))?.[1];
    let bytes: Buffer | undefined;
    try {
      bytes = type ? readFileSync(path) : undefined;
    } catch {
      bytes = undefined;
    }
    // A picture that cannot be read (validation reports a missing logo) is left out, not linked.
    return bytes ? `${before}${escapeAttr(`data:${type};base64,${bytes.toString('base64')}`)}${after}` : `${before}${after}`;
  });
}
