import type { PartialDate } from '../domain/partialDate';

/**
 * The days a partial date covers, as Gephi's timeline wants them: "2025" is
 * 2025-01-01 to 2025-12-31, "2025-02" is 2025-02-01 to 2025-02-28, a day is itself.
 * A date without its year ("--02-12") covers no known days: null.
 */
export function dateSpan(date: PartialDate | null): { start: string; end: string } | null {
  if (date === null || date.startsWith('-')) return null;
  const [year, month, day] = date.split('-').map(Number);
  if (day !== undefined) return { start: date, end: date };
  const pad = (n: number) => String(n).padStart(2, '0');
  // split always gives a year: testing it tells the compiler so.
  if (year !== undefined && month !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: `${date}-01`, end: `${date}-${pad(last)}` };
  }
  return { start: `${date}-01-01`, end: `${date}-12-31` };
}
