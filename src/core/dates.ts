/**
 * Calendar dates without time zones. A date is an ISO 8601 calendar date string (`2026-03-27`);
 * arithmetic runs on whole days counted in UTC, so the result is the same in every time zone and
 * across daylight-saving changes. Nothing here reads the local clock except `todayIsoDate`.
 */

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** The earliest year the core accepts in a date. */
export const MIN_YEAR = 1900;
/** The latest year the core accepts in a date. */
export const MAX_YEAR = 2999;

/** A date the core could not use: not a real `YYYY-MM-DD` calendar date in the supported years. */
export interface InvalidDate {
  readonly ok: false;
  readonly error: 'invalid-date';
  readonly input: unknown;
}

/** The `InvalidDate` result for an input. */
export const invalidDate = (input: unknown): InvalidDate => Object.freeze({ ok: false, error: 'invalid-date', input });

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date within MIN_YEAR..MAX_YEAR, otherwise `undefined`. */
export function dayNumber(date: unknown): number | undefined {
  if (typeof date !== 'string') return undefined;
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return utc / MS_PER_DAY;
}

/** The ISO date of a day number (days since 1970-01-01). */
export function isoDateOf(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether `date` is a real calendar date in the form `YYYY-MM-DD` within MIN_YEAR..MAX_YEAR. */
export function isIsoDate(date: unknown): date is IsoDate {
  return dayNumber(date) !== undefined;
}

/** `date` plus `days` (negative to go back), for a valid date; `undefined` otherwise. */
export function addDays(date: IsoDate, days: number): IsoDate | undefined {
  const start = dayNumber(date);
  return start === undefined ? undefined : isoDateOf(start + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); `undefined` if either is invalid. */
export function daysBetween(from: IsoDate, to: IsoDate): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** Today's calendar date where the code runs (the local clock and time zone). */
export function todayIsoDate(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
