/**
 * Time-zone arithmetic for subscriptions, pure: a subscriber's local hour and weekday, the last
 * moment their daily or weekly digest was due, and quiet hours. Uses Intl only (no Date parsing of
 * local strings), with one cached formatter per time zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

/**
 * Recent answers of localTime: a digest run asks the same few (zone, instant) pairs for every
 * subscriber (their due moments and quiet hours), and Intl's formatToParts is slow. Bounded: it
 * is cleared when full.
 */
const localTimes = new Map<string, Readonly<LocalTime>>();
const LOCAL_TIMES_MAX = 10_000;

/** The wall-clock time of an instant in a zone. */
export function localTime(at: Date, tz: string): Readonly<LocalTime> {
  const key = `${tz} ${at.getTime()}`;
  let l = localTimes.get(key);
  if (!l) {
    if (localTimes.size >= LOCAL_TIMES_MAX) localTimes.clear();
    localTimes.set(key, (l = Object.freeze(computeLocalTime(at, tz))));
  }
  return l;
}

function computeLocalTime(at: Date, tz: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
  };
}

/** The UTC instant of a wall-clock time in a zone (the earlier one if the clock repeats). */
export function zonedInstant(tz: string, year: number, month: number, day: number, hour: number): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  let t = guess;
  for (let i = 0; i < 3; i++) {
    const l = localTime(new Date(t), tz);
    const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
    const offset = asUtc - t;
    const next = guess - offset;
    if (next === t) break;
    t = next;
  }
  return new Date(t);
}

export interface DigestSchedule {
  frequency: 'daily' | 'weekly';
  /** 0–23, in the subscriber's zone */
  hour: number;
  /** 1 = Monday … 7 = Sunday (weekly only) */
  weekday: number;
  timezone: string;
}

/** The most recent moment (≤ at) when this daily or weekly digest was due. */
export function lastDueMoment(at: Date, s: DigestSchedule): Date {
  const l = localTime(at, s.timezone);
  // Walk back day by day from today (local) until the day and hour fit; at most 8 steps.
  const base = Date.UTC(l.year, l.month - 1, l.day);
  for (let back = 0; back <= 8; back++) {
    const d = new Date(base - back * 86_400_000);
    const weekday = ((d.getUTCDay() + 6) % 7) + 1;
    if (s.frequency === 'weekly' && weekday !== s.weekday) continue;
    const due = zonedInstant(s.timezone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), s.hour);
    if (due.getTime() <= at.getTime()) return due;
  }
  return new Date(base - 8 * 86_400_000);
}

/** Quiet hours [from, to) in local hours, wrapping midnight when from > to; equal or null means none. */
export function inQuietHours(at: Date, tz: string, quietFrom: number | null, quietTo: number | null): boolean {
  if (quietFrom === null || quietTo === null || quietFrom === quietTo) return false;
  const h = localTime(at, tz).hour;
  return quietFrom < quietTo ? h >= quietFrom && h < quietTo : h >= quietFrom || h < quietTo;
}
