/** Stands in for vega-canvas in the bundled CLI: charts are rendered to SVG, never to a canvas. */
export function canvas(): null {
  return null;
}
export function image(): null {
  return null;
}
