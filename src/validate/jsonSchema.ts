/**
 * JSON Schemas for editors' tools (VS Code's YAML extension reads them through the
 * `# yaml-language-server: $schema=…` line of each content file). Generated from the same zod
 * definitions as the validator; `deck schema` writes them and a test keeps the committed copies current.
 */
import { z } from 'zod';
import { deck, slide } from './schema.js';

export const SCHEMA_DIR = 'content/schema';

export function jsonSchemas(): Record<'deck.schema.json' | 'slide.schema.json', string> {
  const make = (schema: z.ZodType, title: string, description: string) =>
    JSON.stringify({ title, description, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2) + '\n';
  return {
    'deck.schema.json': make(deck, 'deck.yaml', 'The edition file of a monthly Altinn report: title, month, sections, contact details.'),
    'slide.schema.json': make(slide, 'Slide file', 'One slide of the monthly Altinn report; `layout` decides which other fields apply.'),
  };
}
