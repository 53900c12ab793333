/**
 * JSON Schemas for editors' tools (VS Code's YAML extension reads them through the
 * `# yaml-language-server: $schema=…` line of each content file). Generated from the same zod
 * definitions as the validator; `deck schema` writes them and a test keeps the committed copies current.
 */
import { z } from 'zod';
import { nb } from '../messages/nb.js';
import { forEditors } from './editorSchema.js';
import { deck, slide } from './schema.js';

export const SCHEMA_DIR = 'content/schema';

export function jsonSchemas(): Record<'deck.schema.json' | 'slide.schema.json', string> {
  // Norwegian whatever the language of the run: the files are committed, and editors read them.
  const make = (schema: z.ZodType, title: string, description: string) =>
    JSON.stringify(forEditors({ title, description, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }), null, 2) + '\n';
  return {
    'deck.schema.json': make(deck, nb.editor.deckFile, nb.editor.deckFileDescription),
    'slide.schema.json': make(slide, nb.editor.slideFile, nb.editor.slideFileDescription),
  };
}
