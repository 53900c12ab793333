/**
 * In the one-file CLI only (esbuild.config.mjs), this stands in for the modules that PDFKit imports
 * for features deck does not use: its own fonts and text layout (fontkit, linebreak), encryption
 * (@noble/ciphers) and PNG decoding (png-js). Loading them would cost every build some 40 ms of
 * start-up (fontkit and linebreak unpack Unicode tables, the AES code builds its tables) for
 * nothing: our drawer writes the text, fonts and pictures itself. Using one of them is a bug.
 */
function unused(feature: string): never {
  throw new Error(`deck's bundle leaves out PDFKit's ${feature} (src/compose/pdfkitUnused.ts)`);
}

export const create = (): never => unused('font loading (fontkit)');
export const cbc = (): never => unused('encryption');
export const ecb = cbc;

export default class Unused {
  constructor() {
    unused('text layout and PNG decoding');
  }
}
