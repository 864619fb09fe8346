/**
 * The aftercare schedule as an RFC 5545 iCalendar file: one all-day event for each dated entry,
 * CRLF line endings, lines folded at 75 octets, UIDs stable for the same treatment date.
 */
import { addDays, type IsoDate } from './dates.js';
import type { AftercareEntry, AftercareSchedule } from './aftercare.js';
import { contentInfo } from './content-info.js';

/** The words of one event; the element supplies them, localized. */
export interface CalendarText {
  readonly summary: string;
  readonly description?: string;
}

/** Options for `aftercareICalendar`. */
export interface ICalendarOptions {
  /** The words for each entry; defaults to the entry's id (elements pass localized text). */
  readonly text?: (entry: AftercareEntry) => CalendarText;
  /** Added to every event's description, so the warning signs travel with each reminder. */
  readonly warning?: string;
  /** The calendar's name (for example the clinic's). */
  readonly name?: string;
  /** The moment the file is made (DTSTAMP); defaults to now. */
  readonly now?: Date;
}

/** Escapes a TEXT value (RFC 5545 3.3.11). */
const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets, never splitting a character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines begin with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: IsoDate) => date.replace(/-/g, '');
const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * An iCalendar file for a dated schedule: one all-day event per entry with an end date (its
 * DTEND is the day after the entry's last day, as RFC 5545 requires). Entries without an end (the
 * warning signs, healing) are not events; pass their words as `warning` to put them in every event.
 * Returns an empty calendar for a schedule without a treatment date.
 */
export function aftercareICalendar(schedule: AftercareSchedule, options: ICalendarOptions = {}): string {
  const text = options.text ?? ((entry: AftercareEntry): CalendarText => ({ summary: entry.id }));
  const dtstamp = stamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//microsclerotherapy-widgets//aftercare content ${contentInfo.version}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
  ];
  for (const entry of schedule.entries) {
    if (entry.start === null || entry.end === null) continue;
    const words = text(entry);
    const description = [words.description, options.warning].filter(Boolean).join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${basicDate(schedule.treatmentDate ?? entry.start)}-${entry.id}@microsclerotherapy-widgets`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(entry.start)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(entry.end, 1) ?? entry.end)}`,
      `SUMMARY:${escapeText(words.summary)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
