/**
 * Page labels: the viewer's page box shows the number printed on the slide, not the PDF's page
 * index. PDFKit has no API for them, so the catalog's /PageLabels number tree is written here:
 * one range per run of consecutive numbers, decimal style (ISO 32000-1, 12.4.2).
 */

/** `[0, {S: 'D', St: 1}]` for printed numbers 1, 2, 3 …; a new range wherever the run breaks. */
export function pageLabelNums(printed: readonly number[]): (number | { S: 'D'; St: number })[] {
  const nums: (number | { S: 'D'; St: number })[] = [];
  printed.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1) throw new Error(`page ${i + 1}: a page label must be a whole number ≥ 1, got ${n}`);
    if (i === 0 || n !== printed[i - 1]! + 1) nums.push(i, { S: 'D', St: n });
  });
  return nums;
}

/** Sets the catalog's /PageLabels; call before doc.end(). */
export function setPageLabels(doc: PDFKit.PDFDocument, printed: readonly number[]): void {
  const root = (doc as unknown as { _root: { data: Record<string, unknown> } })._root;
  root.data.PageLabels = { Nums: pageLabelNums(printed) };
}
