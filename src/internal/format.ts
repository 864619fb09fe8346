import type { IsoDate } from '../core/rules.js';
import { currentLocale } from './localization.js';

/**
 * A calendar date in words in the active locale (for example "Friday 27 March 2026"). The date is
 * formatted in UTC, which it is stored in, so the day never shifts with the reader's time zone.
 */
export function formatDate(date: IsoDate, options: Intl.DateTimeFormatOptions = { dateStyle: 'full' }): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** A number in the active locale. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLocale(), options).format(value);
}
