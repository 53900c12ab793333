import type { ChartKind } from './template.js';

export interface PaletteEntry {
  label: string;
  color: string;
}

/** What a chart kind's module decides: the template's values, and what the caller is told. */
export interface ChartSpec {
  kind: ChartKind;
  vars: Record<string, unknown>;
  noData: boolean;
  palette: PaletteEntry[];
}
