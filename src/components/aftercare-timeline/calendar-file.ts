/**
 * The aftercare calendar file (.ics) of `<aftercare-timeline>`: the core's iCalendar with the
 * element's words, its file name, and its download. Loaded when the patient first asks for it, so a
 * page that only shows the timeline never carries it.
 */
import { aftercareICalendar, type CalendarText } from '../../core/icalendar.js';
import type { AftercareEntry, AftercareSchedule } from '../../core/aftercare.js';
import type { IsoDate } from '../../core/dates.js';

/** A file name from the clinic's name (letters and digits only), or from the treatment date. */
const fileNameFor = (clinic: string | undefined, date: IsoDate | null): string => {
  const slug = (clinic ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug ? `${slug}-aftercare.ics` : date ? `aftercare-${date}.ics` : 'aftercare.ics';
};

/** The file of a schedule (the element asks only for dated ones): its name, its content and how many events it holds. */
export function calendarFile(
  schedule: AftercareSchedule,
  text: (entry: AftercareEntry) => CalendarText,
  warning: string,
  clinic: string | undefined,
): { fileName: string; content: string; events: number } {
  const content = aftercareICalendar(schedule, { text, warning, ...(clinic ? { name: clinic } : {}) });
  return {
    fileName: fileNameFor(clinic, schedule.treatmentDate),
    content,
    events: content.split('\r\nBEGIN:VEVENT\r\n').length - 1,
  };
}

/** Downloads the file: a hidden link to it in `root` (the element's shadow root), clicked once. */
export function saveFile(root: ParentNode, file: { readonly fileName: string; readonly content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
