/**
 * Handlebars without its compiler: the templates come compiled (templates.ts). The package's typings
 * declare nothing for this entry point, so it is typed as the full package, of which it is the
 * runtime part; compile() and precompile() are not in it.
 */
import runtime from 'handlebars/runtime.js';

const Handlebars = runtime as unknown as typeof import('handlebars');
export default Handlebars;
