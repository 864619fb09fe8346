import type { IsoDate } from '../core/rules.js';
import { currentLocale } from './localization.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A date formatter for the active locale (or `locale`), made once per locale and options: making an
 * `Intl` formatter costs far more than using one, and a timeline formats dozens of dates.
 */
export function dateFormat(options: Intl.DateTimeFormatOptions, locale = currentLocale()): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A number formatter for the active locale (or `locale`), made once per locale and options. */
export function numberFormat(options: Intl.NumberFormatOptions = {}, locale = currentLocale()): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * A calendar date in words in the active locale (for example "Friday 27 March 2026"). The date is
 * formatted in UTC, which it is stored in, so the day never shifts with the reader's time zone.
 */
export function formatDate(date: IsoDate, options: Intl.DateTimeFormatOptions = { dateStyle: 'full' }): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dateFormat({ ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/**
 * An example of a date as a date field takes it: today's date in the browser's own format for date
 * fields (its language's numeric day, month and year, such as 14/03/2026 or 03/14/2026), which is not
 * always the language of the page. One example for every date field, so that the hint fits the field.
 */
export function dateFieldExample(today: IsoDate): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const options = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } as const;
  return dateFormat(options, browserLanguage() ?? currentLocale()).format(Date.UTC(year, month - 1, day));
}

/** The browser's language as a valid tag, or `undefined` (WebKit on a POSIX system reports "C"). */
function browserLanguage(): string | undefined {
  try {
    return Intl.getCanonicalLocales(navigator.language)[0];
  } catch {
    return undefined;
  }
}

/** A number in the active locale. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(options).format(value);
}

/** The `Intl` unit of each unit the core counts in. */
const intlUnit = { days: 'day', weeks: 'week', months: 'month', years: 'year', hours: 'hour', minutes: 'minute' } as const;

/** A unit the core counts in. */
export type CountUnit = keyof typeof intlUnit;

/** An amount of a unit in words in the active locale ("2 weeks", "1 year"), with `Intl`'s plural forms. */
export function formatAmount(amount: number, unit: CountUnit): string {
  return formatNumber(amount, { style: 'unit', unit: intlUnit[unit], unitDisplay: 'long' });
}

/** A period of the core (`{ amount, unit }`) in words in the active locale. */
export function formatDuration(duration: { readonly amount: number; readonly unit: CountUnit }): string {
  return formatAmount(duration.amount, duration.unit);
}

/** A range of a unit in words in the active locale ("4–6 weeks"). */
export function formatAmountRange(from: number, to: number, unit: CountUnit): string {
  return numberFormat({ style: 'unit', unit: intlUnit[unit], unitDisplay: 'long' }).formatRange(from, to);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** A number of days from today in words in the active locale ("tomorrow", "in 3 days"). */
export function formatDaysFromToday(days: number, locale = currentLocale()): string {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format.format(days, 'day');
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The plural category (`one`, `few`, `other`…) the active locale gives a count, for words Intl has no
 * unit for ("2 hands", "3 times a day"): the caller has one message per category, which translators
 * fill in for every category their language uses.
 */
export function pluralCategory(count: number, locale = currentLocale()): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}
