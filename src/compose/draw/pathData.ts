/**
 * SVG path data → absolute moves, lines, cubic curves and closes (what a PDF path is made of):
 * relative commands made absolute, H/V as lines, S/Q/T as cubics, arcs as cubics.
 */

export type Segment = ['M' | 'L', number, number] | ['C', number, number, number, number, number, number] | ['Z'];

const TOKEN = /([MmLlHhVvCcSsQqTtAaZz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

export function parsePath(d: string): Segment[] {
  const tokens: (string | number)[] = [];
  TOKEN.lastIndex = 0;
  let end = 0;
  for (let m = TOKEN.exec(d); m; m = TOKEN.exec(d)) {
    if (d.slice(end, m.index).replace(/[\s,]/g, '')) throw new Error(`path data "${d.slice(0, 40)}…": cannot read "${d.slice(end, m.index)}"`);
    end = TOKEN.lastIndex;
    tokens.push(m[1] ?? Number(m[2]));
  }
  if (d.slice(end).replace(/[\s,]/g, '')) throw new Error(`path data: cannot read "${d.slice(end)}"`);

  const out: Segment[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  /** The last control point of a C/S (for S) or Q/T (for T). */
  let cubicCtrl: [number, number] | undefined;
  let quadCtrl: [number, number] | undefined;
  let i = 0;
  let cmd = '';
  while (i < tokens.length) {
    const t = tokens[i];
    if (typeof t === 'string') {
      cmd = t;
      i++;
      if (cmd === 'Z' || cmd === 'z') {
        out.push(['Z']);
        x = startX;
        y = startY;
        cubicCtrl = quadCtrl = undefined;
        continue;
      }
    } else if (!cmd || cmd === 'Z' || cmd === 'z') throw new Error(`path data "${d.slice(0, 40)}…" has a number without a command`);
    const upper = cmd.toUpperCase();
    const rel = cmd !== upper;
    const n = ARITY[upper]!;
    const args = tokens.slice(i, i + n);
    if (args.length < n || args.some((a) => typeof a !== 'number')) throw new Error(`path data "${d.slice(0, 40)}…": ${cmd} needs ${n} numbers`);
    i += n;
    const v = args as number[];
    const px = (k: number) => (rel ? x + v[k]! : v[k]!);
    const py = (k: number) => (rel ? y + v[k]! : v[k]!);
    let nextCubic: [number, number] | undefined;
    let nextQuad: [number, number] | undefined;
    switch (upper) {
      case 'M':
        x = startX = px(0);
        y = startY = py(1);
        out.push(['M', x, y]);
        cmd = rel ? 'l' : 'L'; // further pairs are lines
        break;
      case 'L':
        x = px(0);
        y = py(1);
        out.push(['L', x, y]);
        break;
      case 'H':
        x = rel ? x + v[0]! : v[0]!;
        out.push(['L', x, y]);
        break;
      case 'V':
        y = rel ? y + v[0]! : v[0]!;
        out.push(['L', x, y]);
        break;
      case 'C':
        out.push(['C', px(0), py(1), px(2), py(3), px(4), py(5)]);
        nextCubic = [px(2), py(3)];
        x = px(4);
        y = py(5);
        break;
      case 'S': {
        const [c1x, c1y] = cubicCtrl ? [2 * x - cubicCtrl[0], 2 * y - cubicCtrl[1]] : [x, y];
        out.push(['C', c1x, c1y, px(0), py(1), px(2), py(3)]);
        nextCubic = [px(0), py(1)];
        x = px(2);
        y = py(3);
        break;
      }
      case 'Q':
      case 'T': {
        const [qx, qy] = upper === 'Q' ? [px(0), py(1)] : quadCtrl ? [2 * x - quadCtrl[0], 2 * y - quadCtrl[1]] : [x, y];
        const [ex, ey] = upper === 'Q' ? [px(2), py(3)] : [px(0), py(1)];
        out.push(['C', x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey), ex, ey]);
        nextQuad = [qx, qy];
        x = ex;
        y = ey;
        break;
      }
      case 'A': {
        const ex = px(5);
        const ey = py(6);
        out.push(...arc(x, y, v[0]!, v[1]!, v[2]!, v[3]! !== 0, v[4]! !== 0, ex, ey));
        x = ex;
        y = ey;
        break;
      }
    }
    cubicCtrl = nextCubic;
    quadCtrl = nextQuad;
  }
  return out;
}

/** An elliptical arc (SVG endpoint form) as cubic curves of at most a quarter turn each. */
function arc(x1: number, y1: number, rx: number, ry: number, angle: number, large: boolean, sweep: boolean, x2: number, y2: number): Segment[] {
  if (x1 === x2 && y1 === y2) return [];
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  if (rx === 0 || ry === 0) return [['L', x2, y2]];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let k = Math.sqrt(Math.max(0, num / den));
  if (large === sweep) k = -k;
  const cxp = (k * rx * y1p) / ry;
  const cyp = (-k * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angleOf = (ux: number, uy: number) => Math.atan2(uy, ux);
  const t1 = angleOf((x1p - cxp) / rx, (y1p - cyp) / ry);
  let dt = angleOf((-x1p - cxp) / rx, (-y1p - cyp) / ry) - t1;
  if (sweep && dt < 0) dt += 2 * Math.PI;
  else if (!sweep && dt > 0) dt -= 2 * Math.PI;
  const parts = Math.ceil(Math.abs(dt) / (Math.PI / 2) - 1e-9);
  const step = dt / parts;
  const h = (4 / 3) * Math.tan(step / 4);
  const point = (t: number): [number, number] => [cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin, cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos];
  const deriv = (t: number): [number, number] => [-rx * Math.sin(t) * cos - ry * Math.cos(t) * sin, -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos];
  const out: Segment[] = [];
  for (let p = 0; p < parts; p++) {
    const a = t1 + p * step;
    const b = a + step;
    const [ax, ay] = point(a);
    const [bx, by] = p === parts - 1 ? [x2, y2] : point(b);
    const [dax, day] = deriv(a);
    const [dbx, dby] = deriv(b);
    out.push(['C', ax + h * dax, ay + h * day, bx - h * dbx, by - h * dby, bx, by]);
  }
  return out;
}
