import type { CategoriesChart } from '../../validate/schema.js';
import type { ChartSpec } from './types.js';
export function categoriesSpec(_chart: CategoriesChart, _box: { width: number; height: number }): ChartSpec {
  throw new Error('todo');
}
