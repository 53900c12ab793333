/**
 * `npm run prepare` runs this after tsc: precompiles the Handlebars templates into
 * lib/precompiled-templates.cjs, which the render stage loads instead of compiling them (templates.ts).
 */
import { writeFileSync } from 'node:fs';
import { PRECOMPILED_FILE, precompiledModule } from './templates.js';

writeFileSync(PRECOMPILED_FILE, precompiledModule());
