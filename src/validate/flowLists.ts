/**
 * A decimal comma in a one-line list: `[99,5, 98,2]` is four numbers to YAML (99, 5, 98, 2), since
 * the comma separates the items there. An editor who writes it means two, and nothing else would
 * say so (a categories chart would just get more values), so it is a mistake at that number.
 */
import { isScalar, isSeq, visit } from 'yaml';
import type { Problem } from '../errors.js';
import type { SourceFile } from '../load/sourceFile.js';
import { msg } from '../messages/index.js';

export function decimalCommasInLists(file: SourceFile): Problem[] {
  const problems: Problem[] = [];
  visit(file.doc, {
    Seq(_key, seq) {
      if (!isSeq(seq) || !seq.flow) return;
      for (let i = 0; i + 1 < seq.items.length; i++) {
        const [a, b] = [seq.items[i], seq.items[i + 1]];
        if (!isScalar(a) || !isScalar(b) || typeof a.value !== 'number' || typeof b.value !== 'number' || !a.range || !b.range) continue;
        // Nothing but the comma between them: «99,5», not «99, 5».
        if (file.text.slice(a.range[1], b.range[0]) !== ',') continue;
        const written = file.text.slice(a.range[0], b.range[1]);
        const at = file.lines.linePos(a.range[0]);
        problems.push({ file: file.path, line: at.line, col: at.col, severity: 'error', message: msg().validate.number.commaInList(written) });
        i++;
      }
    },
  });
  return problems;
}
