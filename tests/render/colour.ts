/**
 * Colour science for the palette tests: WCAG contrast, CIELAB (D65) and colour-vision deficiency
 * simulated with the matrices of Machado, Oliveira & Fernandes (2009), severity 1.0, which act on
 * linear RGB.
 */
type Rgb = [number, number, number];

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export function linearRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;
}

export function luminance(rgb: Rgb): number {
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/** WCAG contrast of a #RRGGBB colour against white. */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(linearRgb(hex)) + 0.05);
}

/** CIELAB of a linear-RGB colour (sRGB primaries, D65 white). */
export function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export const lightness = (hex: string) => lab(linearRgb(hex))[0];

const MACHADO: Record<'deuteranopia' | 'protanopia', Rgb[]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

export type Vision = 'normal' | keyof typeof MACHADO;

export function seen(hex: string, vision: Vision): Rgb {
  const c = linearRgb(hex);
  if (vision === 'normal') return c;
  return MACHADO[vision].map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))) as Rgb;
}

/** CIE76 colour difference ΔE*ab between two colours as a reader with `vision` sees them. */
export function distance(a: string, b: string, vision: Vision = 'normal'): number {
  const [p, q] = [lab(seen(a, vision)), lab(seen(b, vision))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
