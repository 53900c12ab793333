/** 2-D affine matrices [a b c d e f] (as in SVG and PDF) and SVG transform lists. */

export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` then `n`: a point is transformed by `n` first, the result by `m` (SVG's nesting order). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const [A, B, C, D, E, F] = n;
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function isIdentity(m: Matrix): boolean {
  return m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0;
}

/** The box that holds the rectangle x, y, w, h once transformed by `m`. */
export function boundsOf(m: Matrix, x: number, y: number, w: number, h: number): [number, number, number, number] {
  const pts = [apply(m, x, y), apply(m, x + w, y), apply(m, x, y + h), apply(m, x + w, y + h)];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** Numbers in an attribute, separated by commas and/or white space. */
export function numbers(s: string): number[] {
  return (s.match(NUMBER) ?? []).map(Number);
}

/** An SVG transform list: matrix, translate, scale, rotate, skewX, skewY. Throws on anything else. */
export function parseTransform(s: string): Matrix {
  let m = IDENTITY;
  const re = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?/gy;
  let at = 0;
  for (let t = re.exec(s); t; t = re.exec(s)) {
    at = re.lastIndex;
    const [, op, argText] = t;
    const v = numbers(argText!);
    const rad = (deg: number) => (deg * Math.PI) / 180;
    let n: Matrix;
    switch (op) {
      case 'matrix':
        if (v.length !== 6) throw new Error(`transform "${s}": matrix() takes 6 numbers`);
        n = v as unknown as Matrix;
        break;
      case 'translate':
        n = [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0];
        break;
      case 'scale':
        n = [v[0] ?? 1, 0, 0, v[1] ?? v[0] ?? 1, 0, 0];
        break;
      case 'rotate': {
        const a = rad(v[0] ?? 0);
        const cos = Math.cos(a);
        const sin = Math.sin(a);
        const [cx = 0, cy = 0] = v.slice(1);
        n = multiply(multiply([1, 0, 0, 1, cx, cy], [cos, sin, -sin, cos, 0, 0]), [1, 0, 0, 1, -cx, -cy]);
        break;
      }
      case 'skewX':
        n = [1, 0, Math.tan(rad(v[0] ?? 0)), 1, 0, 0];
        break;
      default:
        n = [1, Math.tan(rad(v[0] ?? 0)), 0, 1, 0, 0];
    }
    m = multiply(m, n);
  }
  if (s.slice(at).trim()) throw new Error(`transform "${s}" is not a transform list`);
  return m;
}
