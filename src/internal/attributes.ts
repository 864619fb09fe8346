/**
 * Checks for the values a CMS editor types into attributes. Each returns the value to use, or
 * `undefined` when the value must be refused (the element then warns once and falls back).
 */

import { isIsoDate, type IsoDate } from '../core/dates.js';

/** Unicode bidirectional controls, which can disguise text; removed from everything the editor types. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * Text to show as text (it is always rendered as text, never as HTML): trimmed, without bidi controls.
 * A property set from script to another type (a number from a framework) is read as its string.
 */
export function plainText(value: string | null | undefined): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- a framework may set a number
  const text = value === null || value === undefined ? undefined : String(value).replace(BIDI_CONTROLS, '').trim();
  return text === '' ? undefined : text;
}

/** A link the element may offer: `https:`, `http:` or a relative URL; never `javascript:`, `data:` and the like. */
export function safeUrl(value: string | null | undefined): string | undefined {
  const text = plainText(value);
  // Backslashes count as slashes in http(s) URLs (`\\evil.example` is another site); control characters are never needed.
  if (!text || /[\s<>"\\\p{Cc}]/u.test(text)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') return undefined;
  if (text.startsWith('//')) return undefined; // protocol-relative: another site under the page's scheme
  return text;
}

/** A telephone number: digits with spaces, dashes, dots, brackets and a leading +, 3 to 20 digits. */
export function phoneNumber(value: string | null | undefined): { display: string; href: string } | undefined {
  const text = plainText(value);
  if (!text || !/^\+?[\d\s().-]+$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 20) return undefined;
  return { display: text, href: `tel:${text.startsWith('+') ? '+' : ''}${digits}` };
}

/** A heading level from 1 to 6, or `undefined`. */
export function headingLevel(value: string | null | undefined): number | undefined {
  const text = plainText(value);
  if (!text || !/^[1-6]$/.test(text)) return undefined;
  return Number(text);
}

/** One of a fixed set of keywords (matched without regard to case or surrounding space). */
export function keyword<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | undefined {
  const text = plainText(value)?.toLowerCase();
  return allowed.find((option) => option === text);
}

/** What `isoDate` expects, as a console warning names it. */
export const ISO_DATE_FORM = 'a date in the form YYYY-MM-DD';

/** A calendar date in the form YYYY-MM-DD that exists (not 2026-02-30), or `undefined`. */
export function isoDate(value: string | null | undefined): IsoDate | undefined {
  const text = plainText(value);
  return isIsoDate(text) ? text : undefined;
}

/** A time of day: hours (0 to 23) and minutes. */
export interface ClockTime {
  readonly hours: number;
  readonly minutes: number;
}

/** A time in the form HH:MM on a 24-hour clock (`09:30`), or `undefined`. */
export function clockTime(value: string | null | undefined): ClockTime | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(plainText(value) ?? '');
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : undefined;
}
