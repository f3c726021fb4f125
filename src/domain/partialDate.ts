/**
 * Partial dates: "2025", "2025-02" or "2025-02-12", and, when an article has no
 * publication date to take the year from, the year-less "--02" and "--02-12"
 * (ISO 8601's reduced forms) so that a year is never guessed silently.
 */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';
export type PartialDate = string;

const PARTIAL_DATE = /^(?:\d{4}|-)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value) && value !== '-';
}

export function precisionOf(date: PartialDate): DatePrecision {
  const parts = date.replace(/^--/, 'x-').split('-').length;
  return parts === 1 ? 'YEAR' : parts === 2 ? 'MONTH' : 'DAY';
}

export function formatPartialDate(year: number | null, month?: number, day?: number): PartialDate {
  const y = year === null ? '-' : String(year).padStart(4, '0');
  if (month === undefined) {
    if (year === null) throw new Error(`formatPartialDate: a date needs a year or a month, got neither`);
    return y;
  }
  const m = `${y}-${String(month).padStart(2, '0')}`;
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}

/** Two dates are compatible when one refines the other ("2025-02" and "2025-02-12"). */
export function compatible(a: PartialDate, b: PartialDate): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Of two compatible dates, the more precise one. */
export function morePrecise(a: PartialDate, b: PartialDate): PartialDate {
  return a.length >= b.length ? a : b;
}
