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

/**
 * Nothing is set below `minimum`: a 960 × 540 slide printed on A4 is scaled to about 0.87, and 9 pt
 * becomes about 8 pt on paper, the smallest a reader can be asked to read (design.md). Data tables
 * start at `table` and may shrink to `minimum`; what does not fit then is given room by the layout
 * or is a content error, never smaller.
 */
export const TYPE = {
  display: 40,
  title: 26,
  subtitle: 15,
  body: 14,
  small: 11,
  table: 10,
  footer: 10,
  minimum: 9,
} as const;
