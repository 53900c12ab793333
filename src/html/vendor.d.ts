// Typings for the part of subset-font (no typings of its own) that the HTML edition uses.
declare module 'subset-font' {
  function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }): Promise<Buffer>;
  export default subsetFont;
}
