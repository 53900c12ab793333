/** The parts of PDFKit's indirect objects that compose uses and PDFKit's typings do not describe. */
export type PdfRef = PDFKit.PDFKitReference & {
  data: Record<string, unknown>;
  /** Appends to the object's stream. */
  write(chunk: Uint8Array | string): void;
  /** Writes the object (with `chunk` appended to its stream) into the file. */
  end(chunk?: Uint8Array | string): void;
  compress: boolean;
  buffer: Uint8Array[];
  uncompressedLength: number;
};

/** What makes new indirect objects: the PDFKit document. */
export interface RefMaker {
  ref(data?: Record<string, unknown>): PdfRef;
}
