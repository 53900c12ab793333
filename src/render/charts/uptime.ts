import type { UptimeChart } from '../../validate/schema.js';
import type { ChartSpec } from './types.js';
export function uptimeSpec(_chart: UptimeChart, _box: { width: number; height: number }): ChartSpec {
  throw new Error('todo');
}
