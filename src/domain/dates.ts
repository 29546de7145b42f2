/**
 * Calendar arithmetic on YYYY-MM-DD dates, and the one rule for when an agreement expires.
 * Every place that needs an expiry (seeding, admin commands, imports, answers) calls agreementExpiry.
 */

/**
 * The same day `years` later; 29 February becomes 28 February in a common year (the end of the
 * month is kept, as date libraries and contract practice do, instead of overflowing into March).
 */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** When an agreement signed on `signedOn` for `durationYears` runs out (null: no term stated). */
export function agreementExpiry(signedOn: string, durationYears: number | null | undefined): string | null {
  return durationYears ? addYears(signedOn, durationYears) : null;
}

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
