import type { ProductionYear } from './types';
import { year2024 } from './years/2024';
import { year2025 } from './years/2025';
import { year2026 } from './years/2026';
import { year2027 } from './years/2027';

// To add a year: copy a file in years/, enter the new decree's days, list it here, and add
// the year's published count of working days to data.test.ts.
const years: readonly ProductionYear[] = [year2024, year2025, year2026, year2027];

export const productionYears: ReadonlyMap<number, ProductionYear> = new Map(
  years.map((entry) => [entry.year, entry]),
);

/**
 * Years with a government decree entered. Outside them the calendar falls back to the
 * Labour Code alone (see labourCode.ts), which misses that year's transfers, so callers
 * should warn when a deadline or countdown reaches past these years.
 */
export const coveredYears: readonly number[] = years.map((entry) => entry.year).sort((a, b) => a - b);

export function isCoveredYear(year: number): boolean {
  return productionYears.has(year);
}
