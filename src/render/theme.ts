/** Digdir's colours (shared/design.md) and the deck's one type scale, in pt on a 960 × 540 page. */
export const COLORS = {
  text: '#1F2C3D',
  subtle: '#545E6B',
  heading: '#002C54',
  accent: '#0062BA',
  link: '#0062BA',
  dark: '#1E2B3C',
  tintBg: '#EEF4FA',
  tintSurface: '#DDEAF6',
  neutralBg: '#F3F4F4',
  rule: '#D5DBE2',
  white: '#FFFFFF',
} as const;

export const PAGE = { width: 960, height: 540, margin: 48 } as const;

export const TYPE = {
  display: 40,
  title: 26,
  subtitle: 15,
  body: 14,
  small: 11,
  table: 8.5,
  footer: 8.5,
} as const;
