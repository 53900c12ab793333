import type { BuildResult } from '../build.js';
import { msg } from '../messages/index.js';

/** What a build says it wrote: the PDF, and the HTML edition beside it with --html. */
export function wroteMessage(r: BuildResult, ms: number): string {
  return r.html ? msg().html.wrote(r.file, r.html, r.pages, ms) : msg().cli.wrote(r.file, r.pages, ms);
}
